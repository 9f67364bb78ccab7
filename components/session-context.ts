"use client";

import { createContext, useContext } from "react";
import { englishMessages, type KitMessages } from "./messages";

/** The session as the client components use it: what the server's getSession() returns, or the client's. */
export interface ClientSession {
  user: { id: string; name: string; email: string; image?: string | null; role?: string | null; emailVerified?: boolean };
  session: { id: string; userId: string; expiresAt: Date | string; activeOrganizationId?: string | null; impersonatedBy?: string | null };
}

/** What a SessionProvider with a `session` holds: the known session (null: signed out) or an error. */
export interface ProvidedSession {
  data: ClientSession | null;
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
