import { arabicMessages, englishMessages, type KitMessages } from "../components/messages";
import type { SessionChoice } from "../mocks/custom-session";
import type { MockSessionState } from "../mocks/session-handlers";

/** "story" lets each story keep its own state; any other value switches every story at once. */
export const sessionToolbar = {
  session: {
    description: "Session state for every story",
    toolbar: {
      title: "Session",
      icon: "user" as const,
      dynamicTitle: true,
      items: [
        { value: "story", title: "As the story says" },
        { value: "signedOut", title: "Signed out" },
        { value: "pending", title: "Loading" },
        { value: "member", title: "Member" },
        { value: "admin", title: "Admin" },
        { value: "organizationMember", title: "Organization member" },
        { value: "impersonating", title: "Impersonating" },
        { value: "noImage", title: "No picture" },
        { value: "longName", title: "Long name" },
        { value: "error", title: "Error" },
        { value: "networkError", title: "Network error" },
      ] satisfies { value: MockSessionState | "story"; title: string }[],
    },
  },
};

/** The toolbar's state, unless it leaves each story its own (`parameters.session`: a state or the app's own user). */
export function sessionStateFor(globalValue: unknown, storyValue: unknown): SessionChoice {
  if (typeof globalValue === "string" && globalValue !== "story") return globalValue as MockSessionState;
  return (storyValue as SessionChoice | undefined) ?? "signedOut";
}

export interface StoryLanguage {
  lang: "en" | "ar";
  dir: "ltr" | "rtl";
  messages: KitMessages;
}

const storyLanguages: Record<StoryLanguage["lang"], StoryLanguage> = {
  en: { lang: "en", dir: "ltr", messages: englishMessages },
  ar: { lang: "ar", dir: "rtl", messages: arabicMessages },
};

/** English, or Arabic laid out right to left; a story can pin one with `globals: { locale: "ar" }`. */
export const localeToolbar = {
  locale: {
    description: "Language and direction of every story",
    toolbar: {
      title: "Language",
      icon: "globe" as const,
      dynamicTitle: true,
      items: [
        { value: "en", title: "English" },
        { value: "ar", title: "Arabic (right to left)" },
      ] satisfies { value: StoryLanguage["lang"]; title: string }[],
    },
  },
};

export function languageFor(globalValue: unknown): StoryLanguage {
  return globalValue === "ar" ? storyLanguages.ar : storyLanguages.en;
}
