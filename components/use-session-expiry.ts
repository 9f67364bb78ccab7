"use client";

import { useCallback, useContext, useEffect, useReducer, useRef, useState } from "react";
import { expiryStanding } from "../lib/session-expiry";
import { type KitAuthClient, useKitAuthClient } from "./auth-client-context";
import { isServerClockMeasured, onServerClockChange, recordServerDate, serverNow } from "./server-clock";
import { ProvidedSessionContext } from "./session-context";
import { announceSessionChange } from "./session-sync";
import { useSessionState } from "./use-session-state";

/** The path of the kit plugin's "Stay signed in" endpoint, under the client's auth base path. */
export const EXTEND_SESSION_ENDPOINT = "/session-kit/extend-session";

export type SessionExpiryStatus =
  /** No session to count down (signed out, loading, or no expiry known). */
  | "none"
  /** Signed in, the end further off than the warning. */
  | "active"
  /** Inside the warning window: `secondsLeft` counts down. */
  | "warning"
  | "extending"
  | "extend-failed"
  /** The session ran out (the server confirmed it), as opposed to a sign-out. */
  | "expired";

export interface SessionExpiryOptions {
  /** Seconds before the end to warn. Default 120. */
  warnBefore?: number;
}

export interface SessionExpiry {
  status: SessionExpiryStatus;
  /** Whole seconds left, by the server's clock; null without a session. */
  secondsLeft: number | null;
  /** Extends the session (the kit plugin's endpoint); every tab follows. */
  extend: () => Promise<void>;
}

/** One GET of better-auth's `/ok`, for its Date header, when no answer has told the server's time yet. */
async function measureServerClock(client: KitAuthClient): Promise<void> {
  try {
    await client.$fetch("/ok", { method: "GET", onResponse: ({ response }) => void recordServerDate(response) });
  } catch {
    // Unmeasured, the client's clock stands in; the session read at the end corrects it.
  }
}

/**
 * Where the session stands against its end, by the server's clock (corrected from its answers' Date
 * header, so a client clock hours off changes nothing). Warns `warnBefore` seconds ahead; at the end it
 * reads the session again and reports "expired" only when the server no longer has it (a session
 * extended in another tab just carries on). `extend()` slides the session through the kit plugin's
 * endpoint; the other tabs read it again at once.
 */
export function useSessionExpiry({ warnBefore = 120 }: SessionExpiryOptions = {}): SessionExpiry {
  const client = useKitAuthClient();
  const state = useSessionState();
  const provided = useContext(ProvidedSessionContext);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const [extendStatus, setExtendStatus] = useState<"idle" | "extending" | "failed">("idle");
  // Without a SessionProvider session the hook notes the expiry itself (the provider does otherwise).
  const [expiredHere, setExpiredHere] = useState(false);
  const checking = useRef(false);
  const expiresAtSeen = useRef<Date | string | undefined>(undefined);

  const signedIn = state.status === "signed-in";
  const expiresAt = signedIn ? state.session.expiresAt : undefined;
  // Nothing is told before the server's clock is known (or could not be): a client clock hours ahead
  // would otherwise show the end as past for a moment.
  const [clockAsked, setClockAsked] = useState(false);
  const clockKnown = clockAsked || isServerClockMeasured();
  const standing = expiresAt === undefined || !clockKnown ? null : expiryStanding(expiresAt, serverNow(), warnBefore);
  if (expiresAt !== undefined) expiresAtSeen.current = expiresAt;

  useEffect(() => onServerClockChange(rerender), []);
  useEffect(() => {
    if (!signedIn || isServerClockMeasured()) return;
    let cancelled = false;
    void measureServerClock(client).finally(() => {
      if (!cancelled) setClockAsked(true);
    });
    return () => {
      cancelled = true;
    };
  }, [signedIn, client]);
  useEffect(() => {
    if (signedIn) setExpiredHere(false);
  }, [signedIn]);

  // One timer, to the next change: the warning's start, each second inside it.
  const nextChangeIn = standing?.nextChangeIn ?? null;
  useEffect(() => {
    if (nextChangeIn === null) return;
    const timer = setTimeout(rerender, Math.max(nextChangeIn, 16));
    return () => clearTimeout(timer);
  });

  // At the end: ask the server. Gone: expired. Still there (extended elsewhere, or this clock off): go on,
  // asking again shortly while the server's own clock catches up.
  const refetch = state.refetch;
  const due = standing?.phase === "due";
  useEffect(() => {
    if (!due || checking.current) return;
    checking.current = true;
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    void (async () => {
      await Promise.all([refetch(), provided ? undefined : measureServerClock(client)]);
      checking.current = false;
      if (cancelled) return;
      retry = setTimeout(rerender, 1500);
    })();
    return () => {
      cancelled = true;
      checking.current = false;
      if (retry) clearTimeout(retry);
    };
  }, [due, refetch, client, provided]);
  useEffect(() => {
    // Store mode: the end was due and the read found no session.
    if (!provided && state.status === "signed-out" && expiresAtSeen.current !== undefined && expiryStanding(expiresAtSeen.current, serverNow(), 0).phase === "due") {
      setExpiredHere(true);
    }
  });
  const phase = standing?.phase;
  useEffect(() => {
    if (phase === "active") setExtendStatus("idle");
  }, [phase]);

  const extend = useCallback(async () => {
    setExtendStatus("extending");
    try {
      const { error } = await client.$fetch(EXTEND_SESSION_ENDPOINT, { method: "POST", body: {}, onResponse: ({ response }) => void recordServerDate(response) });
      if (error) {
        setExtendStatus("failed");
        // Gone on the server (revoked, banned, expired): the read says so and the notice follows.
        if (error.status === 401) await refetch();
        return;
      }
      announceSessionChange();
      await refetch();
      setExtendStatus("idle");
    } catch {
      setExtendStatus("failed");
    }
  }, [client, refetch]);

  const ended = provided ? provided.ended === "expired" : expiredHere;
  if (ended && !signedIn) return { status: "expired", secondsLeft: 0, extend };
  if (!standing) return { status: "none", secondsLeft: null, extend };
  const secondsLeft = standing.secondsLeft;
  if (standing.phase === "active") return { status: "active", secondsLeft, extend };
  if (extendStatus === "extending") return { status: "extending", secondsLeft, extend };
  if (extendStatus === "failed") return { status: "extend-failed", secondsLeft, extend };
  return { status: "warning", secondsLeft, extend };
}
