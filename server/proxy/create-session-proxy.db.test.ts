import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends, type TestDatabase } from "../db/testing";
import { createTestAuth, TEST_ORIGIN as ORIGIN, TEST_SECRET as SECRET } from "../test-auth";
import { createSessionProxy } from "./create-session-proxy";

// The proxy reads only cookies; these tests give it real ones, signed by a real better-auth instance.
describe.each(testBackends().filter((backend) => backend.name === "pglite"))("the session proxy", (backend) => {
  let db: TestDatabase;
  const cookies: Record<"member" | "admin", string> = { member: "", admin: "" };
  const proxy = createSessionProxy({ secret: SECRET });

  beforeAll(async () => {
    db = await backend.create();
    const { signIn } = createTestAuth(db);
    cookies.admin = await signIn("grace@example.com", { role: "admin" });
    cookies.member = await signIn("ada@example.com");
  });
  let closedByTest = false;
  afterAll(() => (closedByTest ? undefined : db?.dispose()));

  const decide = (path: string, cookie = "", headers: Record<string, string> = {}) =>
    proxy.decide(new Request(`${ORIGIN}${path}`, { headers: { cookie, ...headers } }));

  it("gets both the session token and the signed cache cookie from sign-in", () => {
    expect(cookies.member).toMatch(/better-auth\.session_token=.+; better-auth\.session_data=.+/u);
  });

  const ADMIN_SPELLINGS = [
    "/admin",
    "/admin/",
    "/ADMIN",
    "/Admin/users",
    "//admin",
    "/%61dmin",
    "/%2561dmin",
    "/home/..%2Fadmin",
    "/./admin",
    "/admin;x=1",
    "/admin?x=1",
    "/admin?_rsc=abc",
  ];

  it.each(ADMIN_SPELLINGS)("sends a member away from %s to /home", async (path) => {
    expect(await decide(path, cookies.member)).toEqual({ action: "redirect", to: "/home", reason: "not-admin" });
  });

  it.each(ADMIN_SPELLINGS)("sends a signed-out visitor from %s to sign-in", async (path) => {
    const decision = await decide(path);
    expect(decision).toMatchObject({ action: "redirect", reason: "signed-out" });
    expect((decision as { to: string }).to).toMatch(/^\/auth\/sign-in/u);
  });

  it.each(ADMIN_SPELLINGS)("lets an admin through to %s", async (path) => {
    expect(await decide(path, cookies.admin)).toEqual({ action: "next" });
  });

  it("carries a same-origin callback to sign-in", async () => {
    expect(await decide("/home/settings?tab=1")).toEqual({
      action: "redirect",
      to: "/auth/sign-in?callbackURL=%2Fhome%2Fsettings%3Ftab%3D1",
      reason: "signed-out",
    });
  });

  it("sends signed-in users away from /auth/* to /home", async () => {
    expect(await decide("/auth/sign-in", cookies.member)).toEqual({ action: "redirect", to: "/home", reason: "signed-in" });
    expect(await decide("/auth/sign-in")).toEqual({ action: "next" });
  });

  it("breaks the /home ⇄ /auth/sign-in loop when a page finds the cached session dead", async () => {
    // First visit: redirected home, with the bounce marker set by proxy().
    expect(await decide("/auth/sign-in", cookies.member)).toMatchObject({ action: "redirect", reason: "signed-in" });
    // Back at /auth/* with the marker: the page rejected the session, so let it through and drop the cache.
    expect(await decide("/auth/sign-in", `${cookies.member}; session-kit.auth-bounce=1`)).toEqual({
      action: "next",
      clearSessionCache: true,
    });
  });

  it("leaves public pages and the auth API alone", async () => {
    expect(await decide("/")).toEqual({ action: "next" });
    expect(await decide("/api/auth/get-session")).toEqual({ action: "next" });
    expect(await decide("/administrator")).toEqual({ action: "next" });
  });

  it("does not trust a forged or foreign-secret cache cookie: the page decides", async () => {
    const token = cookies.member.split("; ")[0]!;
    const forged = Buffer.from(JSON.stringify({ session: { user: { id: "x", role: "admin" } }, expiresAt: Date.now() + 1e6, signature: "AAAA" })).toString("base64url");
    // Forged cache with a real token: unknown role, so the proxy defers to the page's own check.
    expect(await decide("/admin", `${token}; better-auth.session_data=${forged}`)).toEqual({ action: "next" });
    const other = createSessionProxy({ secret: "another-secret-that-is-also-32-chars-long!" });
    expect(await other.decide(new Request(`${ORIGIN}/admin`, { headers: { cookie: cookies.admin } }))).toEqual({ action: "next" });
    expect(await other.decide(new Request(`${ORIGIN}/auth/sign-in`, { headers: { cookie: cookies.admin } }))).toEqual({ action: "next" });
  });

  it("never throws on malformed cookies", async () => {
    for (const cookie of ["better-auth.session_token=%E0%A4%A", "better-auth.session_token=a; better-auth.session_data=%%%", "=;;=;"]) {
      await expect(decide("/admin", cookie)).resolves.toMatchObject({ action: expect.any(String) });
    }
  });

  it("costs no database query", async () => {
    const sql = await db.connectSql();
    const before = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "session"`);
    await db.dispose(); // with the database gone, the proxy must still decide
    closedByTest = true;
    expect(await decide("/admin", cookies.member)).toEqual({ action: "redirect", to: "/home", reason: "not-admin" });
    expect(before[0]!.n).toBeGreaterThan(0);
  });
});
