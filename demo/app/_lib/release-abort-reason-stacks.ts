/**
 * A work-around for a memory leak in Next.js 16.4 / React's Flight server, found by the demo's load test
 * (e2e/security: RSS grew from 363 MB to 1.1 GB in 20 s, and a 160 MB heap ran out in 24 s).
 *
 * After every render, React aborts the request's cache signal with a new Error ("This render completed
 * successfully…"). V8 keeps an Error's stack as live frames until `.stack` is first read, and those frames
 * hold their receivers: the setImmediate entries of the render, which are linked to the entries of
 * other requests, whose stores hold their own aborted Errors, and so on. No request is ever freed.
 * Reading `.stack` when the signal is aborted turns the frames into a string and breaks the chain.
 * Same mechanism as vercel/next.js#97899 and #92287; remove this once Next.js ships the fix.
 */
export function releaseAbortReasonStacks(): void {
  const marker = Symbol.for("session-kit.release-abort-reason-stacks");
  const prototype = AbortController.prototype as AbortController & { [marker]?: true };
  if (prototype[marker]) return;
  const abort = prototype.abort;
  prototype.abort = function abortAndReleaseStack(this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
  prototype[marker] = true;
}
