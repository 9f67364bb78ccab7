"use client";

import { createContext, useContext, useEffect, useState } from "react";
import type { SessionLike } from "../lib/session";
import { englishMessages, type KitMessages } from "./messages";

/**
 * Why a session this page was showing is gone, when a read found it so without this tab ending it:
 * "expired" once its end time (by the server's clock) has passed, else "signed-out" (signed out on
 * another device or tab, revoked, or the user banned: the server answers the same for all three).
 */
export type SessionEndReason = "signed-out" | "expired";

/** A session the server is still reading (SessionProvider given a promise), settled without throwing. */
export type PendingSession = Promise<{ data: SessionLike | null } | { error: unknown }>;

/** What a SessionProvider with a `session` holds: the known session (null: signed out) or an error. */
export interface ProvidedSession {
  data: SessionLike | null;
  error: unknown;
  /**
   * A session given as a promise, until the first read after it: session-aware components read it with
   * `use()` (suspending behind their own Suspense boundary, whose fallback is their skeleton, while it is
   * unresolved). Once it settles `data`/`error` hold its answer too.
   */
  pending: PendingSession | null;
  /**
   * False while `pending` is the session given as a promise (even once it has settled: its answer is
   * read from `pending`, see useSettledSession); true from the first read after it.
   */
  arrived: boolean;
  /** Set when the session ended elsewhere or expired; null while signed in, and after a sign-out here. */
  ended: SessionEndReason | null;
  revalidate: () => Promise<void>;
}

export const ProvidedSessionContext = createContext<ProvidedSession | null>(null);

export interface KitUi {
  messages: KitMessages;
  dir: "ltr" | "rtl";
  /** A BCP 47 tag for dates and relative times ("en", "ar"). */
  locale: string;
  /** The app's better-auth has the multiSession plugin: several accounts on one device. */
  multiSession: boolean;
}

export const KitUiContext = createContext<KitUi>({ messages: englishMessages, dir: "ltr", locale: "en", multiSession: false });

/** The strings the kit renders: English unless a SessionProvider gives others. */
export function useKitMessages(): KitMessages {
  return useContext(KitUiContext).messages;
}

export function useKitDirection(): "ltr" | "rtl" {
  return useContext(KitUiContext).dir;
}

/** Whether the app's better-auth has the multiSession plugin (the SessionProvider says). */
export function useKitMultiSession(): boolean {
  return useContext(KitUiContext).multiSession;
}

export function useKitLocale(): string {
  return useContext(KitUiContext).locale;
}

/**
 * Why the session this page showed is gone ("signed-out" elsewhere, or "expired"), or null: under a
 * SessionProvider given the server's session (without one there is no earlier session to compare).
 */
export function useSessionEnd(): SessionEndReason | null {
  return useContext(ProvidedSessionContext)?.ended ?? null;
}

/**
 * The answer of a streamed session without suspending: null while it is on its way, then what it
 * settled to. Re-renders only the component that asks.
 */
export function useSettledSession(pending: PendingSession | null): Awaited<PendingSession> | null {
  const [settled, setSettled] = useState<{ from: PendingSession; value: Awaited<PendingSession> } | null>(null);
  useEffect(() => {
    if (!pending) return;
    let current = true;
    void pending.then((value) => current && setSettled({ from: pending, value }));
    return () => {
      current = false;
    };
  }, [pending]);
  return settled && settled.from === pending ? settled.value : null;
}
