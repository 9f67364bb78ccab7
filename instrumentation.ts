// Runs once when the Next.js server starts (instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { releaseAbortReasonStacks } = await import("./app/_lib/release-abort-reason-stacks");
    releaseAbortReasonStacks();
  }
}
