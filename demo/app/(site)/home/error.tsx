"use client";

export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section role="alert" className="grid gap-2">
      <h1 className="text-xl font-semibold">This page could not load</h1>
      <p className="text-muted-foreground">Your session could not be checked. Nothing is shown until it can.</p>
      <button type="button" className="justify-self-start underline" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
