"use client";

import { DEFAULT_PATHS } from "../lib/paths";
import { useCallback, useState } from "react";
import type { ActionStatus } from "../lib/action-status";
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
 * user stays signed in and `status` is "failed". Turned away by better-auth's rate limiter (429 with
 * `X-Retry-After`): `retryIn` counts the seconds down while `status` is "failed", then is null again and
 * `status` back to "idle".
 */
export function useSignOut({ redirectTo = DEFAULT_PATHS.site, onSignedOut }: SignOutOptions = {}) {
  const client = useKitAuthClient();
  const limit = useRetryAfter();
  const { noteResponse } = limit;
  // Whether the last try was turned away by the rate limiter with a wait: the wait is shown, not a failure.
  const [turnedAway, setTurnedAway] = useState(false);
  const signOutCall = useCallback(async () => {
    setTurnedAway(false);
    let waited = false;
    const result = await client.signOut({ fetchOptions: { onError: ({ response }) => void (waited = noteResponse(response)) } });
    setTurnedAway(waited);
    return result;
  }, [client, noteResponse]);
  const step = useAuthStep(signOutCall, { redirectTo, onDone: onSignedOut });
  /** Seconds until the rate limit lets another try through; null when not limited. */
  const retryIn = limit.limited ? limit.secondsLeft : null;
  // The wait over, the control is as it was before the try ("idle"), not "failed".
  const status: ActionStatus = turnedAway && retryIn === null && step.status === "failed" ? "idle" : step.status;
  return { signOut: step.run, status, retryIn };
}
