// The reference for `npm run bench`'s first-load JS: a page of the demo with nothing of the kit (the root
// layout is the document only), so what / downloads beyond it is the kit's and the site's own.
export default function EmptyPage() {
  return (
    <main className="mx-auto grid max-w-3xl gap-6 p-6">
      <h1 className="text-2xl font-semibold">A page with no session</h1>
    </main>
  );
}
