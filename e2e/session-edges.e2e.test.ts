import type { BrowserContext, Page } from "playwright";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "./demo-app";
import { demoInBrowser, signIn, whenHydrated } from "./demo-browser";

const HOUR = 3_600_000;
const region = (page: Page, name: string | RegExp) => page.getByRole("region", { name });
const warning = (page: Page) => region(page, /^Your session ends in \d:\d\d\.$/u);
const expired = (page: Page) => region(page, "Your session has expired.");

// The demo with three-minute sessions (DEMO_SESSION_MINUTES=3), its production build, Chromium. The
// browser's clock is Playwright's: set hours off, then moved forward, while the server keeps real time.
describe("a three-minute session in the demo", () => {
  const demo = demoInBrowser({ DEMO_SESSION_MINUTES: "3" });
  const sessionOf = async (email: string) => {
    const user = await demo.app.database.prisma.user.findUniqueOrThrow({ where: { email } });
    return demo.app.database.prisma.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
  };

  async function twoTabs(clockOffset: number): Promise<{ context: BrowserContext; first: Page; second: Page }> {
    const context = await demo.browser.newContext({ baseURL: demo.app.url });
    await context.clock.install({ time: Date.now() + clockOffset });
    const first = await context.newPage();
    await signIn(first, "grace@example.com");
    await first.goto("/home/settings");
    const second = await context.newPage();
    await second.goto("/home");
    await Promise.all([whenHydrated(first.locator('[data-slot="user-menu-trigger"]')), whenHydrated(second.locator('[data-slot="user-menu-trigger"]'))]);
    return { context, first, second };
  }

  /**
   * The session's end brought near on the server (its row's expiresAt moved, as the minutes passing
   * would), then each tab reads it again (a focus, as when the user comes back to it).
   */
  async function endsIn(seconds: number, ...tabs: Page[]) {
    const { id } = await sessionOf("grace@example.com");
    await demo.app.database.prisma.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() + seconds * 1000) } });
    for (const tab of tabs) await tab.evaluate(() => window.dispatchEvent(new Event("focus")));
  }
  const secondsShown = async (page: Page) => {
    const [, minutes, seconds] = /in (\d):(\d\d)\./u.exec((await warning(page).textContent()) ?? "")!;
    return Number(minutes) * 60 + Number(seconds);
  };

  for (const [clock, offset] of [["three hours ahead of", 3 * HOUR], ["three hours behind", -3 * HOUR]] as const) {
    it(`lasts three minutes, warns in the last two in every tab, extends from one, and expires, with a browser clock ${clock} the server's`, async () => {
      // Uncorrected, a clock three hours ahead reads the session as long over, one behind never warns.
      const { context, first, second } = await twoTabs(offset);
      const started = await sessionOf("grace@example.com");
      expect((started.expiresAt.getTime() - started.createdAt.getTime()) / 1000).toBeCloseTo(180, 0);
      await first.waitForTimeout(1000);
      expect(await warning(first).count()).toBe(0);
      expect(await expired(first).count()).toBe(0);

      // 110 seconds left: inside the two-minute warning, in both tabs, counting down.
      await endsIn(110, first, second);
      await expect.poll(() => warning(first).count()).toBe(1);
      await expect.poll(() => warning(second).count()).toBe(1);
      const shown = await secondsShown(first);
      expect(shown).toBeGreaterThan(100);
      // The server's clock is known to its Date header's whole second: a second either way.
      expect(shown).toBeLessThanOrEqual(111);
      await expect.poll(() => secondsShown(first), { timeout: 3000 }).toBeLessThan(shown);
      expect(await first.getByRole("status").filter({ hasText: "Your session ends in" }).getAttribute("aria-live")).toBe("polite");

      // "Stay signed in" in one tab: the session slides to three minutes on the server, the notice closes in both.
      const before = await sessionOf("grace@example.com");
      await first.getByRole("button", { name: "Stay signed in" }).click();
      await expect.poll(() => warning(first).count()).toBe(0);
      await expect.poll(() => warning(second).count()).toBe(0);
      const extended = await sessionOf("grace@example.com");
      expect(extended.id).toBe(before.id);
      expect(Math.abs(extended.expiresAt.getTime() - (Date.now() + 180_000))).toBeLessThan(5000);

      // Three seconds left, then none: "expired" in both tabs (not "signed out"), the header signed out.
      await endsIn(3, first, second);
      await expect.poll(() => expired(first).count(), { timeout: 10_000 }).toBe(1);
      await expect.poll(() => expired(second).count(), { timeout: 10_000 }).toBe(1);
      expect(await region(first, /You were signed out/u).count()).toBe(0);
      // The header follows once the page's Server Components have rendered again (slower on a loaded machine: CI saw it miss 1 s).
      await expect.poll(() => first.getByRole("link", { name: "Sign in", exact: true }).count(), { timeout: 10_000 }).toBe(1);

      // "Sign in again" comes back to the same page.
      await first.getByRole("link", { name: "Sign in again" }).click();
      await first.waitForURL((url) => url.pathname === "/auth/sign-in");
      expect(new URL(first.url()).searchParams.get("callbackURL")).toBe("/home/settings");
      await first.getByLabel("Email").fill("grace@example.com");
      await first.getByLabel("Password").fill(DEMO_PASSWORD);
      await first.getByRole("button", { name: "Sign in", exact: true }).click();
      await first.waitForURL((url) => url.pathname === "/home/settings");
      await context.close();
    });
  }

  it("says 'signed out', not 'expired', when another device ends the session", async () => {
    const { context, first } = await twoTabs(0);
    await demo.app.database.prisma.session.deleteMany({ where: { userId: (await sessionOf("grace@example.com")).userId } });
    await first.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect.poll(() => region(first, /You were signed out/u).count()).toBe(1);
    expect(await expired(first).count()).toBe(0);
    await context.close();
  });
});

// Re-authentication in place: the email change needs a sign-in under five minutes old (the demo's
// DEMO_FRESH_MINUTES); rate limiting on, as in production.
describe("changing the email with a stale session", () => {
  const demo = demoInBrowser({ DEMO_RATE_LIMIT: "on" });
  const alan = () => demo.app.database.prisma.user.findUniqueOrThrow({ where: { id: alanId } });
  let alanId = "";
  let alanEmail = "alan@example.com";
  const makeStale = async () => {
    await demo.app.database.prisma.session.updateMany({ where: { userId: alanId }, data: { createdAt: new Date(Date.now() - 10 * 60_000) } });
  };

  async function settings(): Promise<{ page: Page; stayed: () => Promise<boolean> }> {
    const page = await demo.newPage();
    await signIn(page, alanEmail);
    alanId = (await demo.app.database.prisma.user.findUniqueOrThrow({ where: { email: alanEmail } })).id;
    await page.goto("/home/settings");
    await whenHydrated(page.getByRole("button", { name: "Change email" }));
    // A mark on this document: gone if the page loads again.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const stayed = async () => page.url().endsWith("/home/settings") && (await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument === true));
    return { page, stayed };
  }
  const dialog = (page: Page) => page.getByRole("dialog", { name: "Confirm it's you" });

  it("asks for the password in place, then completes the change without a navigation", async () => {
    const { page, stayed } = await settings();
    await makeStale();
    const staleSession = await demo.app.database.prisma.session.findFirstOrThrow({ where: { userId: alanId } });
    await page.getByLabel("Email", { exact: true }).fill("alan.turing@example.com");
    await page.getByRole("button", { name: "Change email" }).click();
    await dialog(page).waitFor();
    expect((await alan()).email).toBe("alan@example.com");

    await dialog(page).getByLabel("Password").fill("not-his-password");
    await dialog(page).getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => dialog(page).getByRole("alert").textContent()).toBe("Wrong password. Try again.");

    await dialog(page).getByLabel("Password").fill(DEMO_PASSWORD);
    await dialog(page).getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Email changed to" }).textContent()).toBe("Email changed to alan.turing@example.com");
    expect(await dialog(page).count()).toBe(0);
    expect((await alan()).email).toBe("alan.turing@example.com");
    alanEmail = "alan.turing@example.com";
    // A new session, started now; the stale one is gone.
    expect(await demo.app.database.prisma.session.findUnique({ where: { id: staleSession.id } })).toBeNull();
    const renewed = await demo.app.database.prisma.session.findFirstOrThrow({ where: { userId: alanId } });
    expect(Date.now() - renewed.createdAt.getTime()).toBeLessThan(60_000);
    expect(await stayed()).toBe(true);
    await page.context().close();
  });

  it("leaves the form as it was on Cancel, and rate-limits wrong passwords with the header's countdown", async () => {
    const { page, stayed } = await settings();
    await makeStale();
    const field = page.getByLabel("Email", { exact: true });
    await field.fill("someone.else@example.com");
    await page.getByRole("button", { name: "Change email" }).click();
    await dialog(page).waitFor();
    await dialog(page).getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await field.inputValue()).toBe("someone.else@example.com");
    expect((await alan()).email).toBe("alan.turing@example.com");

    // Wrong passwords until better-auth's limiter answers 429 (the plugin allows five a minute).
    await page.getByRole("button", { name: "Change email" }).click();
    await dialog(page).waitFor();
    let limited: { wait: number; attempt: number } | null = null;
    for (let attempt = 1; attempt <= 7 && !limited; attempt++) {
      await dialog(page).getByLabel("Password").fill(`wrong-${attempt}`);
      const [response] = await Promise.all([
        page.waitForResponse((answer) => answer.url().endsWith("/api/auth/session-kit/reauthenticate")),
        dialog(page).getByRole("button", { name: "Confirm" }).click(),
      ]);
      if (response.status() === 429) limited = { wait: Number(response.headers()["x-retry-after"]), attempt };
      else {
        expect(response.status()).toBe(400);
        await expect.poll(() => dialog(page).getByRole("alert").textContent()).toBe("Wrong password. Try again.");
      }
    }
    expect(limited).not.toBeNull();
    expect(limited!.attempt).toBeLessThanOrEqual(6);
    expect(limited!.wait).toBeGreaterThan(0);
    const countdown = dialog(page).locator('[data-slot="retry-countdown-seconds"]');
    expect(await countdown.textContent()).toBe(`Too many attempts — try again in ${limited!.wait} s`);
    expect(await dialog(page).getByRole("button", { name: "Confirm" }).isDisabled()).toBe(true);
    await expect.poll(() => countdown.textContent(), { timeout: 3000 }).toBe(`Too many attempts — try again in ${limited!.wait - 1} s`);
    expect(await stayed()).toBe(true);
    await page.context().close();
  });
});
