import type { Page } from "playwright";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, type DemoApp } from "./demo-app";
import { itOnPostgres } from "../test-utils/postgres-only";
import { clickWhenHydrated, demoInBrowser, signIn as signInThroughForm, whenHydrated } from "./demo-browser";

// The demo app as users meet it: `next build` output served by `next start`, real better-auth, real
// PostgreSQL, real Chromium.
describe("the demo app", () => {
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

  /** Signs `on` (default: this test's page) in through the form. */
  const signIn = (email: string, from = "/auth/sign-in", on: Page = page) => signInThroughForm(on, email, from);
  /** A second browser, signed in as `email`: another device. */
  async function otherDevice(email: string) {
    const other = await demo.newPage();
    await signIn(email, "/auth/sign-in", other);
    return other;
  }
  const path = () => new URL(page.url()).pathname;
  /** The page is interactive once React owns the UserMenu's trigger (the server HTML already has it). */
  const hydrated = () => whenHydrated(page.locator('[data-slot="user-menu-trigger"]'));

  it("signs up, shows the name in the UserMenu, signs out and deletes the session row", async () => {
    await page.goto("/auth/sign-up");
    await page.getByLabel("Name").fill("Katherine Johnson");
    await page.getByLabel("Email").fill("katherine@example.com");
    await page.getByLabel("Password").fill("orbital-mechanics-1962");
    await clickWhenHydrated(page.getByRole("button", { name: "Create account" }));
    await page.waitForURL("**/home");
    const trigger = page.getByRole("button", { name: "Account menu for Katherine Johnson" });
    await trigger.waitFor();
    const user = await app.database.prisma.user.findUniqueOrThrow({ where: { email: "katherine@example.com" } });
    expect(await app.database.prisma.session.count({ where: { userId: user.id } })).toBe(1);

    await trigger.click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("link", { name: "Sign in" }).first().waitFor();
    expect(await app.database.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("sends a member who opens /admin to /home", async () => {
    await signIn("ada@example.com");
    await page.goto("/admin");
    expect(path()).toBe("/home");
    expect(await page.content()).not.toContain("grace@example.com");
  });

  it("shows an admin the list of users on /admin", async () => {
    await signIn("grace@example.com");
    await page.goto("/admin");
    expect(path()).toBe("/admin");
    const rows = page.getByTestId("admin-user-row");
    await rows.first().waitFor();
    const text = await page.getByRole("table", { name: "Users" }).textContent();
    for (const email of ["grace@example.com", "ada@example.com", "alan@example.com"]) expect(text).toContain(email);
    // The header's Admin link is decided on the server, for admins only.
    await page.locator('[data-slot="header-admin-link"]').waitFor();
  });

  it("sends a signed-in user who opens /auth/sign-in to /home", async () => {
    await signIn("ada@example.com");
    await page.goto("/auth/sign-in");
    await page.waitForURL((url) => url.pathname === "/home");
  });

  it("sends a signed-in user home from /auth/sign-in even when the proxy's bounce marker is set", async () => {
    await signIn("ada@example.com");
    // A background request to the page (a refresh racing the sign-in's own navigation) that the proxy
    // sent home: it sets the bounce marker, which then lets the next visit to sign-in through the proxy.
    const background = await page.request.get("/auth/sign-in", { maxRedirects: 0 });
    expect(background.status()).toBe(307);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).toContain("session-kit.auth-bounce");
    // The page asks the database itself: a live session goes home, not to the form.
    await page.goto("/auth/sign-in");
    await page.waitForURL((url) => url.pathname === "/home");
    await page.goto("/auth/sign-up");
    await page.waitForURL((url) => url.pathname === "/home");
    // Adding another account still shows the form to a signed-in user.
    await page.goto("/auth/sign-in?add-account");
    await page.getByLabel("Email").waitFor();
    expect(path()).toBe("/auth/sign-in");
  });

  it("sends a signed-out visitor from /home to sign-in and back to /home after signing in", async () => {
    await page.goto("/home");
    expect(path()).toBe("/auth/sign-in");
    expect(new URL(page.url()).searchParams.get("callbackURL")).toBe("/home");
    await page.getByLabel("Email").fill("ada@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await clickWhenHydrated(page.getByRole("button", { name: "Sign in", exact: true }));
    await page.waitForURL("**/home");
    await page.getByRole("heading", { name: "Acme Inc dashboard" }).waitFor();
  });

  it("shows Alan, who has no organization, a personal dashboard and sends him from /home/members to /home", async () => {
    await signIn("alan@example.com");
    await page.goto("/home");
    await page.getByRole("heading", { name: "Personal dashboard" }).waitFor();
    await page.goto("/home/members");
    // A redirect before the first byte, or (Cache Components) streamed after the static shell.
    await page.waitForURL((url) => url.pathname === "/home");
  });

  it("lists the active organization's members for Ada", async () => {
    await signIn("ada@example.com");
    await page.goto("/home/members");
    expect(await page.getByRole("list", { name: "Members" }).textContent()).toContain("Ada Lovelace");
  });

  describe("the settings action", () => {
    const adaName = () => app.database.prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } }).then((u) => u.name);

    it("changes the name", async () => {
      await signIn("ada@example.com");
      await page.goto("/home/settings");
      await hydrated();
      await page.getByLabel("Name").fill("Augusta Ada King");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByRole("status").filter({ hasText: "Saved: Augusta Ada King" }).waitFor();
      expect(await adaName()).toBe("Augusta Ada King");
      await app.database.prisma.user.update({ where: { email: "ada@example.com" }, data: { name: "Ada Lovelace" } });
    });

    it("rejects an empty name with a validation message and writes nothing", async () => {
      await signIn("ada@example.com");
      await page.goto("/home/settings");
      await hydrated();
      await page.getByLabel("Name").fill("   ");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByRole("alert").filter({ hasText: "Name is required" }).waitFor();
      expect(await adaName()).toBe("Ada Lovelace");
    });

    it("answers Unauthorized without a session and writes nothing", async () => {
      await signIn("ada@example.com");
      await page.goto("/home/settings");
      await hydrated();
      await page.context().clearCookies();
      await page.getByLabel("Name").fill("Intruder");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByRole("alert").filter({ hasText: "Unauthorized" }).waitFor();
      expect(await adaName()).toBe("Ada Lovelace");
    });
  });

  itOnPostgres("performs one session lookup per request however many components ask for the session", "it counts statements on the wire between the demo and PostgreSQL; the embedded database runs inside the demo's process", async () => {
    const wire = app.wire!;
    await signIn("ada@example.com");
    // The signed-in page's own requests (its menu lists the device's accounts) are done before counting.
    await page.waitForLoadState("networkidle");
    const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const sessionQueries: Record<number, number> = {};
    const totals: Record<number, number> = {};
    for (const components of [1, 5, 20]) {
      wire.reset();
      const response = await fetch(`${app.url}/home/session-probe?components=${components}`, { headers: { cookie: cookies } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`Component ${components}:`);
      const statements = wire.statements();
      sessionQueries[components] = statements.filter((sql) => /FROM\s+("public"\.)?"session"/iu.test(sql)).length;
      totals[components] = statements.length;
    }
    expect(sessionQueries).toEqual({ 1: 1, 5: 1, 20: 1 });
    // The kit's lookup is one statement (the session joined to its user), once per request; Ada's
    // organizations (her account context, and the header's switcher) one more (memberships joined to
    // their organizations), also once per request.
    expect(totals).toEqual({ 1: 2, 5: 2, 20: 2 });
  });


  describe("API routes", () => {
    const cookieHeader = async () => (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const get = (target: string, cookie?: string) => fetch(`${app.url}${target}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });

    it("GET /api/me answers the caller's user, or 401 with a JSON error", async () => {
      await signIn("ada@example.com");
      const response = await get("/api/me", await cookieHeader());
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ user: { email: "ada@example.com", name: "Ada Lovelace" } });
      const anonymous = await get("/api/me");
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: "Unauthorized" });
    });

    it("GET /api/admin/users answers 200 to an admin, 403 to a member, 401 to a visitor", async () => {
      await signIn("grace@example.com");
      const admin = await get("/api/admin/users", await cookieHeader());
      expect(admin.status).toBe(200);
      expect(((await admin.json()) as { users: { email: string }[] }).users.map((u) => u.email)).toContain("alan@example.com");
      await page.context().clearCookies();
      await signIn("ada@example.com");
      const member = await get("/api/admin/users", await cookieHeader());
      expect(member.status).toBe(403);
      expect(await member.json()).toMatchObject({ error: "Forbidden" });
      expect((await get("/api/admin/users")).status).toBe(401);
    });

    it.each(["better-auth.session_token=garbage", "better-auth.session_token=%E0%A4%A", "__Secure-better-auth.session_token=a.b"])(
      "answers 401, never 500, to the malformed cookie %j",
      async (cookie) => {
        expect((await get("/api/me", cookie)).status).toBe(401);
        expect((await get("/api/admin/users", cookie)).status).toBe(401);
      },
    );
  });

  describe("server-side sign-out", () => {
    it("signs out everywhere: the other device is signed out on its next request", async () => {
      await signIn("alan@example.com");
      const other = await otherDevice("alan@example.com");

      await page.goto("/home/settings");
      await hydrated();
      await page.getByRole("button", { name: "Sign out everywhere", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/");
      const alan = await app.database.prisma.user.findUniqueOrThrow({ where: { email: "alan@example.com" } });
      expect(await app.database.prisma.session.count({ where: { userId: alan.id } })).toBe(0);
      await other.goto("/home");
      // Sent before the first byte, or (Cache Components) by the redirect streamed after the shell.
      await other.waitForURL((url) => url.pathname === "/auth/sign-in");
      await other.context().close();
    });

    it("lets an admin end another user's sessions", async () => {
      const ada = await otherDevice("ada@example.com");

      await signIn("grace@example.com");
      await page.goto("/admin");
      await hydrated();
      await page.getByRole("button", { name: "End all sessions of Ada Lovelace" }).click();
      await page.getByRole("status").filter({ hasText: /Ended [1-9]/u }).waitFor();
      await ada.goto("/home");
      await ada.waitForURL((url) => url.pathname === "/auth/sign-in");
      await ada.context().close();
    });
  });

  describe("bad input", () => {
    it.each([
      "better-auth.session_token=garbage",
      "better-auth.session_token=%E0%A4%A; better-auth.session_data=%%%",
      "__Secure-better-auth.session_token=a.b.c; better-auth.session_data=eyJub3QiOiJzaWduZWQifQ",
      "better-auth.session_token=" + "x".repeat(5000),
    ])("treats the malformed cookie %# as signed out, never a 500", async (cookie) => {
      for (const target of ["/home", "/admin", "/home/settings", "/"]) {
        const response = await fetch(`${app.url}${target}`, { headers: { cookie }, redirect: "manual" });
        expect(response.status, target).toBeLessThan(500);
        if (target !== "/") expect(response.headers.get("location") ?? "", target).toMatch(/^\/auth\/sign-in|^http:\/\/127\.0\.0\.1:\d+\/auth\/sign-in/u);
      }
    });

    it("answers unknown routes under /admin without a 500 and without admin content", async () => {
      await signIn("ada@example.com");
      for (const target of ["/admin/does-not-exist", "/admin/users/../../admin", "/ADMIN/x"]) {
        const response = await page.goto(target);
        expect(response?.status() ?? 0, target).toBeLessThan(500);
        expect(await page.content(), target).not.toContain("grace@example.com");
      }
    });

    it.each(["//evil.example", "https://evil.example", "/\\evil.example", "%2F%2Fevil.example", "javascript:alert(1)"])(
      "never redirects off-site after sign-in with callbackURL=%s",
      async (callbackURL) => {
        await signIn("ada@example.com", `/auth/sign-in?callbackURL=${encodeURIComponent(callbackURL)}`);
        expect(new URL(page.url()).origin).toBe(app.url);
      },
    );
  });
});
