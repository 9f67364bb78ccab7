import type { Page } from "playwright";
import { describe, expect, it } from "vitest";
import { demoInBrowser, signIn as signInThroughForm, whenHydrated } from "./demo-browser";

// "Devices" in the demo's settings: Alan on several browsers (each its own context: its own cookies,
// so its own session), against `next build` + `next start`, real PostgreSQL and Chromium.
describe("devices in the demo's settings", () => {
  const demo = demoInBrowser();
  const signIn = (page: Page) => signInThroughForm(page, "alan@example.com");
  /** Another browser with Alan signed in: another device. */
  async function newDevice(): Promise<Page> {
    const page = await demo.newPage();
    await signIn(page);
    return page;
  }
  /** Opens the settings page and waits until React owns the device list, so clicks reach its handlers. */
  async function openDevices(page: Page) {
    await page.goto("/home/settings");
    await whenHydrated(page.locator('[data-slot="device-list"]'));
    return page.getByRole("list", { name: "Devices" }).getByRole("listitem");
  }
  const isSignedOut = async (page: Page) => {
    await page.goto("/home");
    return new URL(page.url()).pathname === "/auth/sign-in";
  };
  const alanSessions = async () => {
    const alan = await demo.app.database.prisma.user.findUniqueOrThrow({ where: { email: "alan@example.com" } });
    return demo.app.database.prisma.session.count({ where: { userId: alan.id } });
  };

  it("lists Alan's devices, signs one out, then signs out everywhere else", async () => {
    const a = await newDevice();
    const b = await newDevice();

    const rows = await openDevices(a);
    await expect.poll(() => rows.count()).toBe(2);
    const thisDeviceBadge = a.getByText("This device", { exact: true });
    const current = rows.filter({ has: thisDeviceBadge });
    expect(await current.count()).toBe(1);
    expect(await current.textContent()).toContain("Chrome on Linux");
    const other = rows.filter({ hasNot: thisDeviceBadge });
    expect(await other.getByRole("button", { name: "Sign out of this device" }).count()).toBe(1);
    expect(await current.getByRole("button").count()).toBe(0);

    await other.getByRole("button", { name: "Sign out of this device" }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await alanSessions()).toBe(1);
    expect(await a.getByRole("button", { name: "Sign out everywhere else" }).count()).toBe(0);
    expect(await isSignedOut(b)).toBe(true);

    await signIn(b);
    const c = await newDevice();
    await openDevices(a);
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.filter({ has: thisDeviceBadge }).count()).toBe(1);

    await a.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.filter({ has: thisDeviceBadge }).count()).toBe(1);
    expect(await alanSessions()).toBe(1);
    expect(await isSignedOut(b)).toBe(true);
    expect(await isSignedOut(c)).toBe(true);
    expect(await isSignedOut(a)).toBe(false);

    for (const page of [a, b, c]) await page.context().close();
  });
});
