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

/** The visitor's language, its direction and the kit's strings for it, from the `lang` cookie. */
export async function getLocale(): Promise<{ lang: Language; dir: "ltr" | "rtl"; messages: KitMessages }> {
  const lang = languageFrom((await cookies()).get(LANGUAGE_COOKIE)?.value);
  return lang === "ar" ? { lang, dir: "rtl", messages: arabicMessages } : { lang, dir: "ltr", messages: englishMessages };
}
