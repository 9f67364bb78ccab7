import { type Browser, chromium, type Locator, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../vitest.config";
import { DEMO_PASSWORD, type DemoApp, startDemoApp } from "./demo-app";

// An admin acting as another user in the built demo: real better-auth admin plugin, PostgreSQL, Chromium.
// Needs PostgreSQL (DATABASE_URL); .ci/run provides it.
describe.skipIf(!process.env.DATABASE_URL)("impersonation in the demo app", () => {
  let app: DemoApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startDemoApp();
    browser = await chromium.launch(chromiumLaunchOptions);
    page = await (await browser.newContext({ baseURL: app.url })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const path = () => new URL(page.url()).pathname;
  const banner = () => page.locator('[data-slot="impersonation-banner"]');

  /** The server HTML already shows the session; a click only works once React has attached its handlers. */
  async function clickWhenHydrated(target: Locator) {
    await target.waitFor();
    await target.evaluate(
      (element) =>
        new Promise<void>((resolve) => {
          const check = () => (Object.keys(element).some((key) => key.startsWith("__reactProps$")) ? resolve() : requestAnimationFrame(check));
          check();
        }),
    );
    await target.click();
  }

  it("lets Grace act as Ada on every page, then stop and be herself on /admin", async () => {
    await page.goto("/auth/sign-in");
    await page.getByLabel("Email").fill("grace@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await clickWhenHydrated(page.getByRole("button", { name: "Sign in" }));
    await page.waitForURL((url) => !url.pathname.startsWith("/auth/"));

    await page.goto("/admin");
    expect(await banner().count()).toBe(0);
    expect(await page.getByRole("button", { name: "Impersonate Grace Hopper" }).count()).toBe(0);
    await clickWhenHydrated(page.getByRole("button", { name: "Impersonate Ada Lovelace" }));
    await page.waitForURL((url) => url.pathname === "/home");

    for (const target of ["/home", "/home/settings", "/"]) {
      await page.goto(target);
      expect(path(), target).toBe(target);
      await page.getByRole("region", { name: "You are acting as Ada Lovelace." }).waitFor();
      await page.getByRole("button", { name: "Account menu for Ada Lovelace" }).waitFor();
      expect(await page.getByRole("button", { name: "Account menu for Grace Hopper" }).count(), target).toBe(0);
    }
    // Acting as a member, the admin area is closed.
    await page.goto("/admin");
    expect(path()).toBe("/home");
    const ada = await app.database.prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(await app.database.prisma.session.count({ where: { userId: ada.id, impersonatedBy: { not: null } } })).toBe(1);

    await clickWhenHydrated(banner().getByRole("button", { name: "Stop impersonating" }));
    await page.waitForURL((url) => url.pathname === "/admin");
    await page.getByRole("button", { name: "Account menu for Grace Hopper" }).waitFor();
    expect(await banner().count()).toBe(0);
    expect(await page.getByRole("button", { name: "Account menu for Ada Lovelace" }).count()).toBe(0);
    // better-auth deleted the impersonation session and restored Grace's own.
    expect(await app.database.prisma.session.count({ where: { userId: ada.id } })).toBe(0);
  });
});
