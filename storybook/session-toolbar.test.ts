import { describe, expect, it } from "vitest";
import { languageFor, localeToolbar, sessionStateFor, sessionToolbar } from "./session-toolbar";
import { arabicMessages, englishMessages } from "../components/messages";
import { sessionHandlers, sessionHandlersFor } from "../mocks";

describe("the Session toolbar", () => {
  it("leaves each story its own state by default", () => {
    expect(sessionStateFor("story", "admin")).toBe("admin");
    expect(sessionStateFor(undefined, "member")).toBe("member");
    expect(sessionStateFor("story", undefined)).toBe("signedOut");
  });
  it("switches every story to the chosen state", () => {
    expect(sessionStateFor("error", "admin")).toBe("error");
    expect(sessionStateFor("pending", "member")).toBe("pending");
  });
  it("takes the app's own user from a story, with none of the member fixture's identity", async () => {
    const choice = sessionStateFor("story", { user: { name: "Katherine Johnson", plan: "team" } });
    const [getSession] = sessionHandlersFor(choice);
    const answer = await getSession.run({ request: new Request("http://localhost:6006/api/auth/get-session"), requestId: "toolbar-test" });
    expect(await answer?.response?.json()).toMatchObject({ user: { id: "user-app", name: "Katherine Johnson", plan: "team", email: "user@example.com", image: null }, session: { userId: "user-app" } });
  });
  it("names the states there are when a story asks for one that is not", () => {
    expect(() => sessionHandlersFor(sessionStateFor("story", "superuser"))).toThrow(/Unknown session state "superuser": use one of member, admin/u);
  });
  it("offers only states that have handlers", () => {
    for (const { value } of sessionToolbar.session.toolbar.items) {
      if (value !== "story") expect(sessionHandlers[value]).toBeDefined();
    }
  });
});

describe("the Language toolbar", () => {
  it("lays Arabic out right to left with the Arabic strings", () => {
    expect(languageFor("ar")).toEqual({ lang: "ar", dir: "rtl", messages: arabicMessages });
  });
  it("falls back to English, left to right, for anything else", () => {
    for (const value of ["en", undefined, "fr"]) expect(languageFor(value)).toEqual({ lang: "en", dir: "ltr", messages: englishMessages });
  });
  it("offers exactly the languages it can lay out", () => {
    for (const { value } of localeToolbar.locale.toolbar.items) expect(languageFor(value).lang).toBe(value);
  });
});
