import { describe, expect, it } from "vitest";
import { OFF_SITE_CALLBACKS } from "../e2e/security/off-site-callbacks";
import { safeCallbackPath, signInPathFor } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query and hash", () => {
    expect(safeCallbackPath("/home")).toBe("/home");
    expect(safeCallbackPath("/home/members?page=2#top")).toBe("/home/members?page=2#top");
    expect(safeCallbackPath("%2Fhome")).toBe("/home");
    expect(safeCallbackPath("/home/./members/../settings")).toBe("/home/settings");
    expect(safeCallbackPath("/home/%2e%2e/admin")).toBe("/admin");
    expect(safeCallbackPath("/search?q=a%20b")).toBe("/search?q=a%20b");
  });

  it.each(OFF_SITE_CALLBACKS)("refuses the off-site callback %j", (value) => {
    expect(safeCallbackPath(value, "/fallback")).toBe("/fallback");
  });

  it("refuses values encoded more times than it decodes, rather than guessing", () => {
    let deep = "//evil.example";
    for (let i = 0; i < 6; i++) deep = encodeURIComponent(deep);
    expect(safeCallbackPath(deep)).toBe("/");
    expect(safeCallbackPath(`/${"%25".repeat(3)}2e`)).toBe("/");
  });

  it.each([
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "%2F%2Fevil.example",
    "%2F%5Cevil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "http:evil.example",
    "evil.example",
    "%E0%A4%A",
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });
});

describe("signInPathFor", () => {
  it("carries the current path as an encoded callback", () => {
    expect(signInPathFor("/auth/sign-in", "/home/settings")).toBe("/auth/sign-in?callbackURL=%2Fhome%2Fsettings");
  });
  it("drops callbacks that are off-site, the root or the sign-in page itself", () => {
    expect(signInPathFor("/auth/sign-in", "//evil.example")).toBe("/auth/sign-in");
    expect(signInPathFor("/auth/sign-in", "/")).toBe("/auth/sign-in");
    expect(signInPathFor("/auth/sign-in", "/auth/sign-in")).toBe("/auth/sign-in");
    expect(signInPathFor("/auth/sign-in", null)).toBe("/auth/sign-in");
  });
});
