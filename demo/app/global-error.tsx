"use client";

import "@fontsource-variable/inter";
import "./globals.css";

// The site layout reads the session for its header, so a session store that does not answer (a database
// outage) lands here: a clear page that shows nothing protected and no signed-in view.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main className="mx-auto grid max-w-3xl gap-3 p-6">
          <section role="alert" data-slot="session-unavailable" className="grid gap-2">
            <h1 className="text-xl font-semibold">This page could not load</h1>
            <p className="text-muted-foreground">
              Your session could not be checked right now, so nothing is shown until it can. Try again in a moment.
            </p>
            <button type="button" className="justify-self-start underline" onClick={reset}>
              Try again
            </button>
          </section>
        </main>
      </body>
    </html>
  );
}
