"use client";

import { DirectionProvider } from "@radix-ui/react-direction";
import type * as React from "react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AuthClientProvider, type KitAuthClient, useKitAuthClient } from "./auth-client-context";
import { englishMessages, type KitMessages } from "./messages";
import { recordServerDate, serverNow } from "./server-clock";
import { KitUiContext, type PendingSession, type ProvidedSession, ProvidedSessionContext, type SessionEndReason } from "./session-context";
import { onSessionChangeInOtherTab, sessionSignal } from "./session-sync";
import type { SessionLike } from "../lib/session";

export interface SessionProviderProps {
  /**
   * The session the server already read (`await getSession()` in the root layout); `null` when signed
   * out. Given, every session-aware component renders its final state in the server HTML and nothing is
   * fetched while hydrating. Left out, components fetch `/api/auth/get-session` themselves. Given as a
   * promise (`session={getSession()}`, not awaited: a layout that stays static under Cache Components),
   * each component shows its skeleton behind its own Suspense boundary until the session streams in,
   * in the same response; hydrating fetches nothing either.
   */
  session?: SessionLike | null | Promise<SessionLike | null>;
  /**
   * The app's own better-auth client (`createAuthClient()` with its plugins, baseURL and basePath), for
   * every component below. Default: the one from an AuthClientProvider above, else the kit's.
   */
  authClient?: KitAuthClient;
  /** Read the session again when the window regains focus. Default true. */
  refetchOnWindowFocus?: boolean;
  /** Read the session again every this many seconds while the page is visible. Default 0 (never). */
  refetchInterval?: number;
  /** The strings the components render (English by default); a partial set overrides English. */
  messages?: Partial<KitMessages>;
  /** Text direction; "rtl" mirrors every component. Default "ltr". */
  dir?: "ltr" | "rtl";
  /** The locale for dates and relative times. Default "en". */
  locale?: string;
  /**
   * The app's better-auth has the multiSession plugin (and its client `multiSessionClient()`): UserMenu
   * lists the other accounts signed in on the device. The server SessionProvider sets it from the auth's
   * plugins. Default false.
   */
  multiSession?: boolean;
  children: React.ReactNode;
}

interface SessionSnapshot {
  data: SessionLike | null;
  error: unknown;
  ended: SessionEndReason | null;
  pending: PendingSession | null;
  arrived: boolean;
}

const isPromise = (value: unknown): value is Promise<SessionLike | null> => typeof (value as Promise<unknown> | null)?.then === "function";

/** Who made the change a read follows: this tab (its own sign-out, extend, re-authentication) or anything else. */
type ReadCause = "this-tab" | "elsewhere";

/** Why the session `previous` showed is gone in `next`, if it is and this tab did not end it. */
function endOf(previous: SessionSnapshot, next: Pick<SessionSnapshot, "data" | "error">, cause: ReadCause): SessionEndReason | null {
  if (next.data) return null;
  if (next.error || !previous.data) return previous.ended;
  if (cause === "this-tab") return null;
  const expiresAt = previous.data.session.expiresAt ? new Date(previous.data.session.expiresAt).getTime() : Number.NaN;
  // A second's grace: the server's clock is known to about a second.
  return expiresAt <= serverNow() + 1000 ? "expired" : "signed-out";
}

/**
 * Fetches `/api/auth/get-session` (its Date header sets the server clock): 401 is "signed out"; other
 * failures keep a known session and report.
 */
async function readSession(client: KitAuthClient, previous: SessionSnapshot, cause: ReadCause): Promise<SessionSnapshot> {
  let next: Pick<SessionSnapshot, "data" | "error">;
  try {
    const { data, error } = await client.getSession({ fetchOptions: { onResponse: ({ response }) => void recordServerDate(response) } });
    if (!error) next = { data: (data as SessionLike | null) ?? null, error: null };
    else next = error.status === 401 ? { data: null, error: null } : { data: previous.data, error };
  } catch (error) {
    next = { data: previous.data, error };
  }
  return { ...next, ended: endOf(previous, next, cause), pending: null, arrived: true };
}

function ProvidedSessionState({ initial, refetchOnWindowFocus, refetchInterval, children }: {
  initial: SessionLike | null | Promise<SessionLike | null>;
  refetchOnWindowFocus: boolean;
  refetchInterval: number;
  children: React.ReactNode;
}) {
  const client = useKitAuthClient();
  const [snapshot, setSnapshot] = useState<SessionSnapshot>(() =>
    isPromise(initial)
      ? {
          data: null,
          error: null,
          ended: null,
          // Settled, never rejected: a failed read is the components' error state, not an error boundary.
          // Promise.resolve first: a promise that came through React Server Components is a bare thenable
          // whose then() returns nothing.
          pending: Promise.resolve(initial).then(
            (data) => ({ data: data ?? null }),
            (error: unknown) => ({ error }),
          ),
          arrived: false,
        }
      : { data: initial, error: null, ended: null, pending: null, arrived: true },
  );
  const latest = useRef(snapshot);
  latest.current = snapshot;
  // A streamed session, once here, is also the known one (what the next read compares with). Kept
  // out of React state: the session often settles while boundaries the server is still streaming are
  // not hydrated yet, and any update above them (even a transition) makes React client-render them and
  // leaves the server's copy, streamed a moment later, hidden in the document beside it. Components
  // read the settled answer from `pending` itself (use(), or useSettledSession without suspending).
  const pending = snapshot.pending;
  useEffect(() => {
    if (!pending) return;
    let current = true;
    void pending.then((settled) => {
      if (current && latest.current.pending === pending) latest.current = { ...latest.current, ...settled, arrived: true };
    });
    return () => {
      current = false;
    };
  }, [pending]);
  const read = useCallback(
    async (cause: ReadCause) => {
      const next = await readSession(client, latest.current, cause);
      latest.current = next;
      setSnapshot(next);
    },
    [client],
  );
  const revalidate = useCallback(() => read("elsewhere"), [read]);

  useEffect(() => {
    // Another tab signed in or out, or this tab did through authClient: read again, no focus needed.
    const stopOtherTabs = onSessionChangeInOtherTab(client, () => void read("elsewhere"));
    const stopThisTab = sessionSignal(client).listen(() => void read("this-tab"));
    return () => {
      stopOtherTabs();
      stopThisTab();
    };
  }, [client, read]);

  useEffect(() => {
    if (!refetchOnWindowFocus) return;
    const onVisible = () => {
      if (document.visibilityState === "visible") void revalidate();
    };
    window.addEventListener("focus", onVisible);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("focus", onVisible);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refetchOnWindowFocus, revalidate]);

  useEffect(() => {
    if (!refetchInterval) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void revalidate();
    }, refetchInterval * 1000);
    return () => clearInterval(timer);
  }, [refetchInterval, revalidate]);

  const value = useMemo<ProvidedSession>(() => ({ ...snapshot, revalidate }), [snapshot, revalidate]);
  return <ProvidedSessionContext.Provider value={value}>{children}</ProvidedSessionContext.Provider>;
}

/**
 * Put it in the root layout with the session the server read, the messages and the direction:
 * `<SessionProvider session={await getSession()}>`. Session-aware components under it are right on
 * first paint, revalidate on focus (and on an interval if set), and follow sign-ins and sign-outs made in
 * other tabs within a moment.
 */
export function SessionProvider({ session, authClient, refetchOnWindowFocus = true, refetchInterval = 0, messages, dir = "ltr", locale = "en", multiSession = false, children }: SessionProviderProps) {
  const ui = useMemo(() => ({ messages: { ...englishMessages, ...messages }, dir, locale, multiSession }), [messages, dir, locale, multiSession]);
  const content =
    session === undefined ? (
      children
    ) : (
      <ProvidedSessionState initial={session} refetchOnWindowFocus={refetchOnWindowFocus} refetchInterval={refetchInterval}>
        {children}
      </ProvidedSessionState>
    );
  const tree = (
    <KitUiContext.Provider value={ui}>
      <DirectionProvider dir={dir}>{content}</DirectionProvider>
    </KitUiContext.Provider>
  );
  return authClient ? <AuthClientProvider client={authClient}>{tree}</AuthClientProvider> : tree;
}
