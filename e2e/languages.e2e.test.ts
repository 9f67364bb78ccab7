import type { Page } from "playwright";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { arabicMessages, englishMessages, formatMessage } from "../components/messages";
import { DEMO_PASSWORD, type DemoApp } from "./demo-app";
import { clickWhenHydrated, demoInBrowser } from "./demo-browser";

// The demo in Arabic: the `lang` cookie set through GET /lang, the root layout giving the kit Arabic
// strings and `dir="rtl"`, Chromium laying it out mirrored.
describe("the demo app's languages", () => {
  const demo = demoInBrowser();
  let app: DemoApp;
  let page: Page;

  beforeAll(() => {
    app = demo.app;
  });
  beforeEach(async () => {
    page = await demo.newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });

  const chooseLanguage = (lang: "en" | "ar", back = "/") => page.goto(`/lang?set=${lang}&back=${encodeURIComponent(back)}`);
  const htmlAttributes = () =>
    page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, direction: getComputedStyle(document.body).direction }));

  it("GET /lang remembers the language for a year and returns to a same-site path only", async () => {
    const get = (query: string) => fetch(`${app.url}/lang?${query}`, { redirect: "manual" });

    const arabic = await get("set=ar&back=%2Fhome%2Fsettings%3Ftab%3Ddevices");
    expect(arabic.status).toBe(303);
    expect(arabic.headers.get("location")).toBe("/home/settings?tab=devices");
    const cookie = arabic.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^lang=ar;/u);
    expect(cookie).toMatch(/Max-Age=31536000/u);
    expect(cookie).toMatch(/Path=\//u);
    expect(cookie).toMatch(/SameSite=lax/iu);

    for (const back of ["%2F%2Fevil.example", "https%3A%2F%2Fevil.example%2F", "%2F%5Cevil.example"]) {
      expect((await get(`set=ar&back=${back}`)).headers.get("location"), back).toBe("/");
    }
    expect((await get("set=fr&back=%2F")).headers.get("set-cookie")).toMatch(/^lang=en;/u);
  });

  it("shows a signed-out visitor who chose Arabic the Arabic sign-in link on a right-to-left page", async () => {
    await chooseLanguage("ar");
    expect(new URL(page.url()).pathname).toBe("/");
    const signIn = page.locator('a[data-slot="sign-in-button"]');
    await signIn.waitFor();
    expect(await signIn.textContent()).toBe(arabicMessages.signIn);
    expect(await htmlAttributes()).toEqual({ lang: "ar", dir: "rtl", direction: "rtl" });

    await chooseLanguage("en");
    await page.getByRole("link", { name: englishMessages.signIn }).first().waitFor();
    expect(await htmlAttributes()).toEqual({ lang: "en", dir: "ltr", direction: "ltr" });
  });

  it("names Ada's account menu in Arabic and opens it mirrored", async () => {
    await chooseLanguage("ar", "/auth/sign-in");
    await page.getByLabel("Email").fill("ada@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await clickWhenHydrated(page.getByRole("button", { name: "Sign in", exact: true }));
    await page.waitForURL((url) => !url.pathname.startsWith("/auth/"));

    const trigger = page.getByRole("button", { name: formatMessage(arabicMessages.accountMenuFor, { name: "Ada Lovelace" }), exact: true });
    await clickWhenHydrated(trigger);
    const menu = page.getByRole("menu");
    await menu.getByRole("menuitem", { name: arabicMessages.dashboard }).waitFor();
    await menu.getByRole("menuitem", { name: arabicMessages.signOut }).waitFor();

    // Right to left the header's account control is on the left, and the menu (align="end") opens
    // rightwards from it: left edges aligned, instead of right edges as in English.
    const viewport = page.viewportSize()!;
    const triggerBox = (await trigger.boundingBox())!;
    expect(triggerBox.x + triggerBox.width).toBeLessThan(viewport.width / 2);
    // Radix measures, then places the menu on a later frame. The popup, not the list inside it.
    const popup = page.locator('[data-slot="user-menu-content"]');
    await expect.poll(async () => Math.abs((await popup.boundingBox())!.x - triggerBox.x)).toBeLessThan(1);
    const menuBox = (await popup.boundingBox())!;
    expect(menuBox.x + menuBox.width).toBeGreaterThan(triggerBox.x + triggerBox.width);
  });
});
