import type { Page } from "playwright";
import { beforeAll, describe, expect, it } from "vitest";
import type { DemoApp } from "./demo-app";
import { clickWhenHydrated, demoInBrowser, signIn } from "./demo-browser";

// An admin acting as another user in the built demo: real better-auth admin plugin, PostgreSQL, Chromium.
describe("impersonation in the demo app", () => {
  const demo = demoInBrowser();
  let app: DemoApp;
  let page: Page;

  beforeAll(async () => {
    app = demo.app;
    page = await demo.newPage();
  });

  const path = () => new URL(page.url()).pathname;
  const banner = () => page.locator('[data-slot="impersonation-banner"]');

  it("lets Grace act as Ada on every page, then stop and be herself on /admin", async () => {
    await signIn(page, "grace@example.com");

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
