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
}

export const KitUiContext = createContext<KitUi>({ messages: englishMessages, dir: "ltr", locale: "en" });

/** The strings the kit renders: English unless a SessionProvider gives others. */
export function useKitMessages(): KitMessages {
  return useContext(KitUiContext).messages;
}

export function useKitDirection(): "ltr" | "rtl" {
  return useContext(KitUiContext).dir;
}

export function useKitLocale(): string {
  return useContext(KitUiContext).locale;
}
