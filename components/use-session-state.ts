"use client";

import { authClient, type SessionData } from "./auth-client";

/** What a session-aware component can be showing. "error" is never confused with "signed-out". */
export type SessionState =
  | { status: "pending"; refetch: () => Promise<void> }
  | { status: "signed-out"; refetch: () => Promise<void> }
  | { status: "signed-in"; user: SessionData["user"]; session: SessionData["session"]; refetch: () => Promise<void> }
  | { status: "error"; error: unknown; refetch: () => Promise<void> };

/**
 * authClient.useSession(), read as one of four states. A 401 means "no session" (signed out); any other
 * failure (HTTP 500, network down) is an error, unless a session is already known, which stays shown.
 */
export function useSessionState(): SessionState {
  const { data, error, isPending, refetch } = authClient.useSession();
  const retry = async () => {
    await refetch();
  };
  if (data) return { status: "signed-in", user: data.user, session: data.session, refetch: retry };
  if (error && (error as { status?: number }).status !== 401) return { status: "error", error, refetch: retry };
  if (isPending) return { status: "pending", refetch: retry };
  return { status: "signed-out", refetch: retry };
}
