import type { Browser, BrowserContext, Page } from "playwright";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DemoApp } from "./demo-app";
import { demoInBrowser, signIn, whenHydrated } from "./demo-browser";

// The session on first paint (SessionProvider with the server's session), the Show twins, and tabs that
// agree: the demo's production build in Chromium.
describe("the session on first paint and across tabs", () => {
  const demo = demoInBrowser();
  let app: DemoApp;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(() => {
    ({ app, browser } = demo);
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: app.url });
  });
  afterEach(async () => {
    await context.close();
  });

  /** Loads `path` and returns the server HTML and the get-session requests made until the page settled. */
  async function load(page: Page, path: string) {
    const getSessionRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/api/auth/get-session") getSessionRequests.push(request.url());
    });
    const response = await page.goto(path, { waitUntil: "networkidle" });
    const html = (await response?.text()) ?? "";
    // Hydrated: the menu opens on click, which needs React.
    await whenHydrated(page.locator('[data-slot="user-menu-trigger"]'));
    await page.locator('[data-slot="user-menu-trigger"]').click();
    await page.getByRole("menu").waitFor();
    await page.keyboard.press("Escape");
    return { html, getSessionRequests };
  }

  it("has the user's menu in the initial HTML of /home and makes no get-session request while loading", async () => {
    const page = await context.newPage();
    await signIn(page, "ada@example.com");
    const { html, getSessionRequests } = await load(page, "/home");
    expect(html).toContain('aria-label="Account menu for Ada Lovelace"');
    expect(html).not.toContain('data-slot="user-menu-skeleton"');
    expect(getSessionRequests).toEqual([]);
  });

  it("decides both Show twins in the server HTML", async () => {
    const page = await context.newPage();
    await signIn(page, "grace@example.com");
    const grace = await load(page, "/home");
    expect(grace.html).toContain('data-slot="admin-tools"');
    expect(grace.html).toContain("Personal account");

    const adaContext = await browser.newContext({ baseURL: app.url });
    const adaPage = await adaContext.newPage();
    await signIn(adaPage, "ada@example.com");
    const ada = await load(adaPage, "/home");
    expect(ada.html).not.toContain('data-slot="admin-tools"');
    expect(ada.html).toContain("Organization workspace");
    await adaContext.close();
  });

  it("signs every tab out and in with the one that did it, without focus, and shows a role change on revalidation", async () => {
    const tabA = await context.newPage();
    await signIn(tabA, "ada@example.com");
    const tabB = await context.newPage();
    await load(tabB, "/home");
    await load(tabA, "/home");
    const menuB = tabB.getByRole("button", { name: "Account menu for Ada Lovelace" });
    await menuB.waitFor();

    // Sign out in A; B (in the background, never focused) follows.
    const whenAnswered = (page: Page, path: string) =>
      page.waitForResponse((response) => new URL(response.url()).pathname === path).then(() => Date.now());
    await tabA.getByRole("button", { name: "Account menu for Ada Lovelace" }).click();
    const signedOut = whenAnswered(tabA, "/api/auth/sign-out");
    await tabA.getByRole("menuitem", { name: "Sign out" }).click();
    await tabB.locator('a[data-slot="sign-in-button"]').waitFor({ timeout: 5_000 });
    const signOutFollowedMs = Date.now() - (await signedOut);

    // Sign in in A; B follows.
    await tabA.waitForURL((url) => url.pathname === "/");
    const signedIn = whenAnswered(tabA, "/api/auth/sign-in/email");
    await signIn(tabA, "ada@example.com");
    await menuB.waitFor({ timeout: 5_000 });
    const signInFollowedMs = Date.now() - (await signedIn);
    console.log(`tabs: the other tab showed the sign-out ${signOutFollowedMs} ms and the sign-in ${signInFollowedMs} ms after the auth endpoint answered`);

    // A role change reaches B at its next revalidation (focus here; the demo also revalidates every 60 s).
    expect(await menuB.getAttribute("data-role")).toBe("member");
    await app.database.prisma.user.update({ where: { email: "ada@example.com" }, data: { role: "admin" } });
    try {
      await tabB.evaluate(() => window.dispatchEvent(new Event("focus")));
      await tabB.locator('[data-slot="user-menu-trigger"][data-role="admin"]').waitFor({ timeout: 5_000 });
    } finally {
      await app.database.prisma.user.update({ where: { email: "ada@example.com" }, data: { role: "user" } });
    }
  });
});
