export function NotFoundMessage() {
  return (
    <section className="grid gap-2">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p>
        <a className="underline" href="/">
          Back to the start
        </a>
      </p>
    </section>
  );
}
