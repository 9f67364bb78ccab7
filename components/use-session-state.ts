"use client";

import { use, useContext, useEffect, useMemo, useSyncExternalStore } from "react";
import { type KitAuthClient, useKitAuthClient } from "./auth-client-context";
import { ProvidedSessionContext, useSettledSession } from "./session-context";
import { followOtherTabsInStore } from "./session-sync";
import type { SessionLike } from "../lib/session";

/** What a session-aware component can be showing. "error" is never confused with "signed-out". */
export type SessionState =
  | { status: "pending"; refetch: () => Promise<void> }
  | { status: "signed-out"; refetch: () => Promise<void> }
  | { status: "signed-in"; user: SessionLike["user"]; session: SessionLike["session"]; refetch: () => Promise<void> }
  | { status: "error"; error: unknown; refetch: () => Promise<void> };

interface StoreValue {
  data: SessionLike | null;
  error: unknown;
  isPending: boolean;
  refetch: () => Promise<void>;
}
type SessionStore = { get(): StoreValue; listen(listener: () => void): () => void };
const noSubscription = () => () => {};
/** Subscribe and read functions for a client's session store (stable per client). */
function storeOf(client: KitAuthClient) {
  const store = client.$store.atoms.session as SessionStore;
  return { subscribe: (listener: () => void) => store.listen(listener), read: () => store.get() };
}
// Without a provided session the server cannot know it: the server HTML (and hydration) shows "pending".
const pendingOnServer: StoreValue = { data: null, error: null, isPending: true, refetch: async () => {} };
const readOnServer = () => pendingOnServer;

function toState(data: SessionLike | null, error: unknown, isPending: boolean, refetch: () => Promise<void>): SessionState {
  if (data) return { status: "signed-in", user: data.user, session: data.session, refetch };
  if (error && (error as { status?: number }).status !== 401) return { status: "error", error, refetch };
  if (isPending) return { status: "pending", refetch };
  return { status: "signed-out", refetch };
}

/**
 * The session, as one of four states. Under a SessionProvider given the server's session, that session
 * (final on the first render, nothing fetched while hydrating). Otherwise better-auth's store, which
 * fetches `/api/auth/get-session`. A 401 means signed out; any other failure (HTTP 500, network down)
 * is an error, unless a session is already known, which stays shown. Under a SessionProvider given the
 * session as a promise it suspends until the session arrives (render it inside `<Suspense>`), unless
 * `suspend: false`, which reads "pending" meanwhile.
 */
export function useSessionState({ suspend = true }: { suspend?: boolean } = {}): SessionState {
  const provided = useContext(ProvidedSessionContext);
  const client = useKitAuthClient();
  const store = useMemo(() => storeOf(client), [client]);
  // Subscribing to better-auth's store, even reading it, mounts it, which fetches: only without a
  // provided session.
  const fetched = useSyncExternalStore(provided ? noSubscription : store.subscribe, provided ? readOnServer : store.read, readOnServer);
  useEffect(() => (provided ? undefined : followOtherTabsInStore(client)), [provided, client]);
  const settledWithoutSuspending = useSettledSession(suspend ? null : (provided?.pending ?? null));
  if (provided?.pending) {
    // A session streamed in: suspend on it (the caller's Suspense boundary shows its skeleton until it
    // settles), or, for callers that must not suspend, report it as loading until then.
    if (!suspend) {
      if (!settledWithoutSuspending) return toState(null, null, true, provided.revalidate);
      return "data" in settledWithoutSuspending ? toState(settledWithoutSuspending.data, null, false, provided.revalidate) : toState(null, settledWithoutSuspending.error, false, provided.revalidate);
    }
    const settled = use(provided.pending);
    return "data" in settled ? toState(settled.data, null, false, provided.revalidate) : toState(null, settled.error, false, provided.revalidate);
  }
  if (provided) return toState(provided.data, provided.error, false, provided.revalidate);
  return toState(fetched.data, fetched.error, fetched.isPending, async () => {
    await fetched.refetch();
  });
}
