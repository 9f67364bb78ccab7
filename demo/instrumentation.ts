// Runs once when the Next.js server starts (instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { releaseAbortReasonStacks } = await import("./app/_lib/release-abort-reason-stacks");
    releaseAbortReasonStacks();
    // EMBEDDED_DATABASE_PORT: serve the embedded PGlite database on that loopback port, so psql, Prisma
    // Studio or the end-to-end tests can reach it while the demo runs (PGlite serves one process).
    const port = process.env.EMBEDDED_DATABASE_PORT;
    if (port && !process.env.DATABASE_URL) {
      const { serveDemoDatabase } = await import("./app/_lib/serve-demo-database");
      await serveDemoDatabase(Number(port));
    }
  }
}
