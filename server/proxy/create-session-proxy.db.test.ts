import { DEFAULT_PATHS } from "../../lib/paths";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testBackends, type TestDatabase } from "../../test-utils/databases";
import { createTestAuth, TEST_ORIGIN as ORIGIN, TEST_SECRET as SECRET } from "../../test-utils/auth";
import { NextRequest } from "next/server";
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

  /** The bounce marker proxy() sets when it sends this cookie's holder from /auth/sign-in home. */
  async function bounceMarker(cookie: string): Promise<string> {
    const response = await proxy(new NextRequest(`${ORIGIN}/auth/sign-in`, { headers: { cookie } }));
    expect(response.status).toBe(307);
    const marker = response.headers.getSetCookie().find((header) => header.startsWith("session-kit.auth-bounce="));
    expect(marker).toMatch(/HttpOnly/iu);
    return marker!.split(";")[0]!;
  }

  it("breaks the /home ⇄ /auth/sign-in loop when a page finds the cached session dead", async () => {
    // First visit: redirected home, with the bounce marker set by proxy().
    expect(await decide("/auth/sign-in", cookies.member)).toMatchObject({ action: "redirect", reason: "signed-in" });
    const marker = await bounceMarker(cookies.member);
    // Back at /auth/* with the marker: the page rejected the session, so let it through and drop the cache.
    expect(await decide("/auth/sign-in", `${cookies.member}; ${marker}`)).toEqual({ action: "next", clearSessionCache: true });
  });

  it("refuses a forged, altered, expired or another session's bounce marker", async () => {
    const marker = await bounceMarker(cookies.member);
    const value = marker.slice(marker.indexOf("=") + 1);
    const [expiresAt, signature] = [value.slice(0, value.indexOf(".")), value.slice(value.indexOf(".") + 1)];
    const signedIn = { action: "redirect", to: "/home", reason: "signed-in" };
    for (const forged of ["1", "", "%%%", `${expiresAt}.${signature.replace(/^./u, (c) => (c === "A" ? "B" : "A"))}`, `${Number(expiresAt) + 60_000}.${signature}`, `${Date.now() - 1000}.${signature}`]) {
      expect(await decide("/auth/sign-in", `${cookies.member}; session-kit.auth-bounce=${forged}`)).toEqual(signedIn);
    }
    // A marker signed for the admin's session does not let the member through.
    expect(await decide("/auth/sign-in", `${cookies.member}; ${await bounceMarker(cookies.admin)}`)).toEqual(signedIn);
  });

  it("lets a signed-in user reach sign-in to add another account (DEFAULT_PATHS.addAccount), and only then", async () => {
    expect(await decide(DEFAULT_PATHS.addAccount, cookies.member)).toEqual({ action: "next" });
    expect(await decide("/auth/sign-in?add-account=1&callbackURL=%2Fhome", cookies.member)).toEqual({ action: "next" });
    expect(await decide("/auth/sign-in?account=add", cookies.member)).toEqual({ action: "redirect", to: "/home", reason: "signed-in" });
  });

  it("judges a GET carrying Next-Action like any GET; only a POST passes as a server action", async () => {
    expect(await decide("/admin", "", { "next-action": "abc" })).toMatchObject({ action: "redirect", reason: "signed-out" });
    expect(await decide("/admin", cookies.member, { "next-action": "abc" })).toEqual({ action: "redirect", to: "/home", reason: "not-admin" });
    for (const method of ["HEAD", "PUT", "DELETE", "OPTIONS"]) {
      expect(await proxy.decide(new Request(`${ORIGIN}/home`, { method, headers: { "next-action": "abc" } }))).toMatchObject({ action: "redirect", reason: "signed-out" });
    }
    expect(await proxy.decide(new Request(`${ORIGIN}/home`, { method: "POST", headers: { "next-action": "abc" } }))).toEqual({ action: "next" });
  });

  it("reads duplicate, quoted and split cookies as better-auth's /get-session does", async () => {
    const { auth } = createTestAuth(db);
    const whoAtBetterAuth = async (cookie: string) => {
      const response = await auth.handler(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie } }));
      return ((await response.json()) as { user: { role: string } } | null)?.user.role ?? null;
    };
    // Whom the proxy's cache vouches for (it sends them away from sign-in), and as what; null: nobody.
    const whoAtProxy = async (cookie: string) => {
      if ((await decide("/auth/sign-in", cookie)).action === "next") return null;
      return (await decide("/admin", cookie)).action === "next" ? "admin" : "user";
    };
    const [adminToken, adminData] = cookies.admin.split("; ") as [string, string];
    const [memberToken, memberData] = cookies.member.split("; ") as [string, string];
    const name = "better-auth.session_token";
    const cases = [
      `${adminToken}; ${adminData}; ${memberToken}; ${memberData}`,
      `${memberToken}; ${memberData}; ${adminToken}; ${adminData}`,
      `${name}=garbage; ${adminToken}; ${adminData}`,
      `${adminToken}; ${name}=garbage; ${adminData}`,
      `${name}="${adminToken.slice(name.length + 1)}"; ${adminData}`,
    ];
    for (const cookie of cases) expect(await whoAtProxy(cookie), cookie.slice(0, 60)).toBe(await whoAtBetterAuth(cookie));
    // The first cache cookie is another session's: the proxy vouches for nobody, the page decides.
    for (const cookie of [`${memberToken}; ${adminData}; ${memberData}`, `${adminToken}; ${memberData}; ${adminData}`]) {
      expect(await whoAtProxy(cookie)).toBeNull();
      expect(await whoAtBetterAuth(cookie)).not.toBeNull();
    }
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
    // Another secret verifies neither the token nor the cache: no session, as for better-auth.
    const other = createSessionProxy({ secret: "another-secret-that-is-also-32-chars-long!" });
    expect(await other.decide(new Request(`${ORIGIN}/admin`, { headers: { cookie: cookies.admin } }))).toMatchObject({ action: "redirect", reason: "signed-out" });
    expect(await other.decide(new Request(`${ORIGIN}/auth/sign-in`, { headers: { cookie: cookies.admin } }))).toEqual({ action: "next" });
    // An admin's genuine cache beside a member's token vouches for nobody: the page decides.
    expect(await decide("/admin", `${cookies.member.split("; ")[0]}; ${cookies.admin.split("; ")[1]}`)).toEqual({ action: "next" });
  });

  // The proxy remembers what a Cookie header it verified says (issue 21): only for those exact bytes,
  // and only until the cache it read expires.
  it("remembers a verified header only until its cache expires, then reads it afresh", async () => {
    const fresh = createSessionProxy({ secret: SECRET });
    const decideFresh = (cookie: string) => fresh.decide(new Request(`${ORIGIN}/admin`, { headers: { cookie } }));
    expect(await decideFresh(cookies.member)).toEqual({ action: "redirect", to: "/home", reason: "not-admin" });
    expect(await decideFresh(cookies.member)).toEqual({ action: "redirect", to: "/home", reason: "not-admin" }); // remembered
    const data = cookies.member.split("; ").find((part) => part.startsWith("better-auth.session_data="))!.split("=")[1]!;
    const { expiresAt } = JSON.parse(Buffer.from(decodeURIComponent(data), "base64url").toString("utf8")) as { expiresAt: number };
    vi.useFakeTimers({ toFake: ["Date"], now: expiresAt + 1 });
    try {
      // The cache has expired: no user from it, so the page decides (as for a header never seen).
      expect(await decideFresh(cookies.member)).toEqual({ action: "next" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not let a remembered header vouch for an altered one", async () => {
    const fresh = createSessionProxy({ secret: SECRET });
    const decideFresh = (cookie: string) => fresh.decide(new Request(`${ORIGIN}/admin`, { headers: { cookie } }));
    expect(await decideFresh(cookies.admin)).toEqual({ action: "next" });
    expect(await decideFresh(cookies.member)).toEqual({ action: "redirect", to: "/home", reason: "not-admin" });
    const [adminToken, adminCache] = cookies.admin.split("; ") as [string, string];
    const [memberToken, memberCache] = cookies.member.split("; ") as [string, string];
    // One character of the token's signature changed, beside the remembered cache: no session. The first
    // character of the signature: all six of its bits are signature (the last one's low bits are base64
    // padding, so changing it may decode to the same bytes).
    const at = adminToken.indexOf(".", adminToken.indexOf("=")) + 1;
    const altered = adminToken.slice(0, at) + (adminToken[at] === "A" ? "B" : "A") + adminToken.slice(at + 1);
    expect(await decideFresh(`${altered}; ${adminCache}`)).toMatchObject({ action: "redirect", reason: "signed-out" });
    // Remembered token and cache, crossed: each cache belongs to another token, so neither vouches.
    expect(await decideFresh(`${memberToken}; ${adminCache}`)).toEqual({ action: "next" });
    expect(await decideFresh(`${adminToken}; ${memberCache}`)).toEqual({ action: "next" });
    expect(await decideFresh(cookies.admin)).toEqual({ action: "next" });
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
