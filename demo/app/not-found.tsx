import { NotFoundMessage } from "./_components/not-found-message";

// A URL no route has. Nothing of the kit here: this boundary is part of every page's tree, so what it
// imports every page loads (with the site's header here, even /bench/empty would). notFound() from a
// page of the site shows (site)/not-found.tsx, inside the header.
export default function NotFound() {
  return (
    <main className="mx-auto grid max-w-3xl gap-6 p-6">
      <NotFoundMessage />
    </main>
  );
}
