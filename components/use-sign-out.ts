"use client";

import { DEFAULT_PATHS } from "../lib/paths";
import { useCallback } from "react";
import { useKitAuthClient } from "./auth-client-context";
import { useAuthStep } from "./use-auth-step";
import { useRetryAfter } from "./use-retry-after";

export interface SignOutOptions {
  /** Where to go once signed out (same-origin paths only). Default DEFAULT_PATHS.site ("/"). */
  redirectTo?: string;
  /** Called instead of navigating, once the session has ended. */
  onSignedOut?: () => void;
}

/**
 * Ends the session (better-auth deletes its row and clears the cookie), then loads `redirectTo` as a
 * full page so nothing rendered for the signed-in user survives in the router's cache. On failure the
 * user stays signed in and `status` is "failed".
 */
export function useSignOut({ redirectTo = DEFAULT_PATHS.site, onSignedOut }: SignOutOptions = {}) {
  const client = useKitAuthClient();
  const limit = useRetryAfter();
  const signOutCall = useCallback(() => client.signOut({ fetchOptions: limit.fetchOptions }), [client, limit.fetchOptions]);
  const { run, status } = useAuthStep(signOutCall, { redirectTo, onDone: onSignedOut });
  /** Seconds until the rate limit lets another try through; null when not limited. */
  const retryIn = limit.limited ? limit.secondsLeft : null;
  return { signOut: run, status, retryIn };
}
