"use client";

import { useCallback, useState } from "react";
import type { ActionStatus } from "../lib/action-status";
import { safeCallbackPath } from "../lib/callback-url";

export interface AuthStepOptions {
  /** Where to go once it worked (same-origin paths only). */
  redirectTo: string;
  /** Called instead of navigating, once it worked. */
  onDone?: () => void;
}

/**
 * One call to better-auth that changes whose session this is (sign out, stop impersonating): busy while
 * it runs ("pending"), "failed" if it answers an error or throws (the session is unchanged then), and on success a
 * full page load of `redirectTo`, so nothing rendered for the previous session survives in the
 * router's cache (or `onDone` instead).
 */
export function useAuthStep(call: () => Promise<{ error: unknown }>, { redirectTo, onDone }: AuthStepOptions) {
  const [status, setStatus] = useState<ActionStatus>("idle");
  const run = useCallback(async () => {
    setStatus("pending");
    let failed = false;
    try {
      failed = Boolean((await call()).error);
    } catch {
      failed = true;
    }
    if (failed) {
      setStatus("failed");
      return;
    }
    if (onDone) {
      setStatus("idle");
      onDone();
    } else {
      window.location.assign(safeCallbackPath(redirectTo));
    }
  }, [call, redirectTo, onDone]);
  return { run, status };
}
