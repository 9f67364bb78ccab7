"use client";

import { createContext, useContext } from "react";
import type { SessionLike } from "../lib/session";
import { englishMessages, type KitMessages } from "./messages";

/** What a SessionProvider with a `session` holds: the known session (null: signed out) or an error. */
export interface ProvidedSession {
  data: SessionLike | null;
  error: unknown;
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
