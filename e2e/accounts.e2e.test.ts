import type { Page } from "playwright";
import { describe, expect, it } from "vitest";
import { clickWhenHydrated, demoInBrowser, signIn, whenHydrated } from "./demo-browser";

// Accounts in the demo, against `next build` + `next start` and Chromium: Ada switches between her
// organizations and her personal account (the server HTML, /home/members and a second tab follow), is
// removed from one on another device, tries a forged switch; then several accounts on one device.
describe("accounts in the demo", () => {
  const demo = demoInBrowser();
  const switcher = (page: Page) => page.locator('[data-slot="account-switcher-trigger"]');
  const heading = (page: Page) => page.getByRole("heading", { level: 1 });
  /** The /home HTML as the server renders it now for the page's cookies (without React's text separators). */
  const serverHome = async (page: Page) => (await (await page.request.get("/home")).text()).replaceAll("<!-- -->", "");
  async function switchTo(page: Page, account: RegExp) {
    await clickWhenHydrated(switcher(page));
    await page.getByRole("menuitemradio", { name: account }).click();
  }
  const adaId = async () => (await demo.app.database.prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } })).id;

  it("switches Ada between Acme, Globex and her personal account without a reload; the server and a second tab follow", async () => {
    const page = await demo.newPage();
    await signIn(page, "ada@example.com");
    await expect.poll(() => heading(page).textContent()).toBe("Acme Inc dashboard");
    expect(await switcher(page).getAttribute("aria-label")).toBe("Switch account, current: Acme Inc");
    const otherTab = await page.context().newPage();
    await otherTab.goto("/home");
    await whenHydrated(switcher(otherTab));

    // A marker on window survives a router refresh, not a page load.
    await page.evaluate(() => Object.assign(window, { __noReload: true }));
    await switchTo(page, /Globex Corporation/u);
    await expect.poll(() => heading(page).textContent()).toBe("Globex Corporation dashboard");
    expect(await page.evaluate(() => (window as { __noReload?: boolean }).__noReload)).toBe(true);
    expect(await page.locator('[data-slot="organization-role"]').textContent()).toBe("member");
    expect(await switcher(page).getAttribute("aria-label")).toBe("Switch account, current: Globex Corporation");
    expect(await serverHome(page)).toContain("Globex Corporation dashboard");
    await expect.poll(() => heading(otherTab).textContent(), { timeout: 10_000 }).toBe("Globex Corporation dashboard");

    await page.goto("/home/members");
    expect(await page.getByRole("list", { name: "Members" }).textContent()).toContain("Ada Lovelace");

    await page.goto("/home");
    await switchTo(page, /Ada Lovelace/u); // the personal account
    await expect.poll(() => heading(page).textContent()).toBe("Personal dashboard");
    await expect.poll(() => heading(otherTab).textContent(), { timeout: 10_000 }).toBe("Personal dashboard");
    await page.goto("/home/members");
    expect(new URL(page.url()).pathname).toBe("/home"); // an organization-only page
    await page.context().close();
  });

  it("puts Ada in her personal account on the next request once she is removed from the active organization elsewhere", async () => {
    const page = await demo.newPage();
    await signIn(page, "ada@example.com");
    await page.goto("/home");
    await switchTo(page, /Globex Corporation/u);
    await expect.poll(() => heading(page).textContent()).toBe("Globex Corporation dashboard");

    // Globex's admin removes Ada on another device: her membership row is gone.
    const { prisma } = demo.app.database;
    const membership = await prisma.member.findFirstOrThrow({ where: { userId: await adaId(), organizationId: "org-globex" } });
    await prisma.member.delete({ where: { id: membership.id } });
    try {
      await page.goto("/home");
      expect(await heading(page).textContent()).toBe("Personal dashboard");
      await clickWhenHydrated(switcher(page));
      const items = page.getByRole("menuitemradio");
      expect(await items.allTextContents()).toEqual([expect.stringContaining("Ada Lovelace"), expect.stringContaining("Acme Inc")]);
      expect(await page.getByRole("menuitemradio", { name: "Ada Lovelace" }).getAttribute("aria-checked")).toBe("true");
    } finally {
      await prisma.member.create({ data: membership });
    }
    await page.context().close();
  });

  it("refuses a forged switch to an organization Ada is not in, an unknown id or a malformed body, and changes nothing", async () => {
    const { prisma } = demo.app.database;
    await prisma.organization.upsert({ where: { slug: "initech" }, create: { id: "org-initech", name: "Initech", slug: "initech", createdAt: new Date() }, update: {} });
    const page = await demo.newPage();
    await signIn(page, "ada@example.com");
    await expect.poll(() => heading(page).textContent()).toBe("Acme Inc dashboard");
    for (const data of [{ organizationId: "org-initech" }, { organizationId: "org-that-does-not-exist" }, { organizationId: 42 }]) {
      const response = await page.request.post("/api/auth/organization/set-active", { data, headers: { origin: demo.app.url } });
      expect(response.status(), JSON.stringify(data)).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
    }
    expect(await serverHome(page)).toContain("Acme Inc dashboard");
    await page.context().close();
  });

  it("adds a second account on one device, switches between them, and signs out of one, then all", async () => {
    const page = await demo.newPage();
    await signIn(page, "ada@example.com");
    const menu = page.locator('[data-slot="user-menu-trigger"]');
    await clickWhenHydrated(menu);
    // The only account on the device: one plain Sign out.
    expect(await page.getByRole("menuitem", { name: "Sign out", exact: true }).count()).toBe(1);
    expect(await page.getByRole("menuitem", { name: "Sign out of this account" }).count()).toBe(0);
    await page.getByRole("menuitem", { name: "Add account" }).click();
    await page.waitForURL((url) => url.pathname === "/auth/sign-in");
    await signIn(page, "alan@example.com", page.url());
    await expect.poll(() => heading(page).textContent()).toBe("Personal dashboard");
    expect(await serverHome(page)).toContain("Welcome, Alan Turing");

    await clickWhenHydrated(menu);
    const ada = page.getByRole("menuitem", { name: "Switch to Ada Lovelace" });
    await ada.waitFor();
    await ada.click();
    await expect.poll(() => heading(page).textContent()).toBe("Acme Inc dashboard");
    expect(await serverHome(page)).toContain("Welcome, Ada Lovelace");
    // The menu reads the device's accounts once, after the page hydrates. Let that read finish before
    // Alan's cookie is altered below: a read in that window lists no one else, and the menu keeps it.
    await clickWhenHydrated(menu);
    await page.getByRole("menuitem", { name: "Switch to Alan Turing" }).waitFor();
    await page.keyboard.press("Escape");

    // A switch to a session token this device never signed in with: refused, nothing changes.
    const forged = await page.request.post("/api/auth/multi-session/set-active", { data: { sessionToken: "not-a-session-of-this-device" }, headers: { origin: demo.app.url } });
    expect(forged.status()).toBe(401);
    // Alan's multi-session cookie with its signature altered: no longer good for a switch to Alan.
    const cookies = await page.context().cookies();
    const alanToken = (await demo.app.database.prisma.session.findFirstOrThrow({ where: { user: { email: "alan@example.com" } } })).token;
    const alanCookie = cookies.find((cookie) => cookie.name.endsWith(`_multi-${alanToken.toLowerCase()}`));
    expect(alanCookie, cookies.map((cookie) => cookie.name).join(", ")).toBeDefined();
    await page.context().addCookies([{ ...alanCookie!, value: alanCookie!.value.replace(/.(?=[^.]*$)/u, (c) => (c === "A" ? "B" : "A")) }]);
    const tampered = await page.request.post("/api/auth/multi-session/set-active", { data: { sessionToken: alanToken }, headers: { origin: demo.app.url } });
    expect(tampered.status()).toBe(401);
    expect(await serverHome(page)).toContain("Welcome, Ada Lovelace");
    await page.context().addCookies([alanCookie!]);

    await clickWhenHydrated(menu);
    await page.getByRole("menuitem", { name: "Sign out of all accounts" }).waitFor();
    // Ada's session ends; better-auth makes Alan's active and the page loads again for him.
    const adaSessions = () => demo.app.database.prisma.session.count({ where: { user: { email: "ada@example.com" } } });
    const adaSessionsBefore = await adaSessions();
    await Promise.all([page.waitForEvent("load"), page.getByRole("menuitem", { name: "Sign out of this account" }).click()]);
    expect(await serverHome(page)).toContain("Welcome, Alan Turing");
    expect(await adaSessions()).toBe(adaSessionsBefore - 1);
    await page.goto("/home");
    await clickWhenHydrated(menu);
    expect(await page.getByRole("menuitem", { name: /Switch to/u }).count()).toBe(0);
    // Ada again, then out of both at once.
    await page.getByRole("menuitem", { name: "Add account" }).click();
    await page.waitForURL((url) => url.pathname === "/auth/sign-in");
    await signIn(page, "ada@example.com", page.url());
    // This device's sessions: the ones its multi-session cookies name (`…_multi-<lowercased token>`).
    const deviceCookieNames = (await page.context().cookies()).map((cookie) => cookie.name).filter((name) => name.includes("_multi-"));
    const sessions = () => demo.app.database.prisma.session.findMany({ select: { token: true, user: { select: { email: true } } } });
    const onDevice = (all: Awaited<ReturnType<typeof sessions>>) => all.filter((session) => deviceCookieNames.some((name) => name.endsWith(`_multi-${session.token.toLowerCase()}`)));
    const before = await sessions();
    expect(onDevice(before).map((session) => session.user.email).sort(), deviceCookieNames.join(", ")).toEqual(["ada@example.com", "alan@example.com"]);
    await clickWhenHydrated(menu);
    await page.getByRole("menuitem", { name: "Switch to Alan Turing" }).waitFor();
    await page.getByRole("menuitem", { name: "Sign out of all accounts" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    const after = await sessions();
    // Both of this device's sessions end; every other device's stays.
    expect(onDevice(after)).toEqual([]);
    expect(after.map((session) => session.token).sort(), JSON.stringify({ before, after })).toEqual(before.filter((session) => !onDevice(before).includes(session)).map((session) => session.token).sort());
    await page.goto("/home");
    expect(new URL(page.url()).pathname).toBe("/auth/sign-in");
    await page.context().close();
  });
});
