import "server-only";
import { cookies } from "next/headers";
import { arabicMessages, englishMessages, type KitMessages } from "session-kit";

/** The cookie holding the visitor's language, set by GET /lang. */
export const LANGUAGE_COOKIE = "lang";

export type Language = "en" | "ar";

/** Arabic only when asked for by name; anything else is English. */
export function languageFrom(value: string | null | undefined): Language {
  return value === "ar" ? "ar" : "en";
}

/**
 * Under Cache Components the root layout is the static shell, the same for every visitor, so it cannot
 * read a cookie: that build is English only (a per-visitor language there belongs in the path, a [lang]
 * segment, as the Next.js i18n guide does it).
 */
export const languageFromCookie = process.env.DEMO_CACHE_COMPONENTS !== "1";

/** The visitor's language, its direction and the kit's strings for it, from the `lang` cookie. */
export async function getLocale(): Promise<{ lang: Language; dir: "ltr" | "rtl"; messages: KitMessages }> {
  const lang = languageFromCookie ? languageFrom((await cookies()).get(LANGUAGE_COOKIE)?.value) : "en";
  return lang === "ar" ? { lang, dir: "rtl", messages: arabicMessages } : { lang, dir: "ltr", messages: englishMessages };
}
