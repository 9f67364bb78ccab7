"use client";

import { useCallback, useState } from "react";
import { safeCallbackPath } from "../lib/callback-url";
import { authClient } from "./auth-client";

export interface SignOutOptions {
  /** Where to go once signed out (same-origin paths only). Default "/". */
  redirectTo?: string;
  /** Called instead of navigating, once the session has ended. */
  onSignedOut?: () => void;
}

export type SignOutStatus = "idle" | "signing-out" | "failed";

/**
 * Ends the session (better-auth deletes its row and clears the cookie), then loads `redirectTo` as a
 * full page so nothing rendered for the signed-in user survives in the router's cache. On failure the
 * user stays signed in and `status` is "failed".
 */
export function useSignOut({ redirectTo = "/", onSignedOut }: SignOutOptions = {}) {
  const [status, setStatus] = useState<SignOutStatus>("idle");
  const signOut = useCallback(async () => {
    setStatus("signing-out");
    let failed = false;
    try {
      const { error } = await authClient.signOut();
      failed = Boolean(error);
    } catch {
      failed = true;
    }
    if (failed) {
      setStatus("failed");
      return;
    }
    if (onSignedOut) {
      setStatus("idle");
      onSignedOut();
    } else {
      window.location.assign(safeCallbackPath(redirectTo));
    }
  }, [redirectTo, onSignedOut]);
  return { signOut, status, isSigningOut: status === "signing-out", failed: status === "failed" };
}
