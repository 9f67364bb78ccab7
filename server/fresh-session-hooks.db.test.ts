import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { cookieHeaderAfter, createTestAuth, TEST_ORIGIN } from "../test-utils/auth";

// authClient.useSession() reads /get-session; the cookie cache the kit keeps for the proxy must never
// make it answer a session the database no longer has.
describe.each(testBackends())("/get-session on $name", (backend) => {
  let db: TestDatabase;
  let testAuth: ReturnType<typeof createTestAuth>;
  beforeAll(async () => {
    db = await backend.create();
    testAuth = createTestAuth(db);
  });
  afterAll(() => db?.dispose());

  const getSession = async (cookie: string) => {
    const response = await testAuth.auth.handler(new Request(`${TEST_ORIGIN}/api/auth/get-session`, { headers: { cookie } }));
    expect(response.status).toBe(200);
    return (await response.json()) as { user: { email: string } } | null;
  };

  it("answers the session while it lives, with the cookie cache present", async () => {
    const cookie = await testAuth.signIn("ada@example.com");
    expect(cookie).toContain("better-auth.session_data=");
    expect((await getSession(cookie))?.user.email).toBe("ada@example.com");
  });

  it("answers null once the session row is gone, although the signed cache still vouches for it", async () => {
    const cookie = await testAuth.signIn("ada@example.com");
    await db.prisma.session.deleteMany({ where: { user: { email: "ada@example.com" } } });
    expect(await getSession(cookie)).toBeNull();
  });

  it("answers null for a banned user, as the kit's server lookup does", async () => {
    const cookie = await testAuth.signIn("alan@example.com");
    await db.prisma.user.update({ where: { email: "alan@example.com" }, data: { banned: true } });
    expect(await getSession(cookie)).toBeNull();
    await db.prisma.user.update({ where: { email: "alan@example.com" }, data: { banned: true, banExpires: new Date(Date.now() - 1000) } });
    expect((await getSession(cookie))?.user.email).toBe("alan@example.com");
  });

  const call = (method: "GET" | "POST", path: string, cookie: string, body?: unknown) =>
    testAuth.auth.handler(
      new Request(`${TEST_ORIGIN}/api/auth${path}`, {
        method,
        headers: { origin: TEST_ORIGIN, cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  const jar = cookieHeaderAfter;


  it("gives a copy of a signed-out cookie nothing from the other endpoints either, although its cache still vouches", async () => {
    const cookie = await testAuth.signIn("joan@example.com", { name: "Joan Clarke" });
    expect((await call("GET", "/list-sessions", cookie)).status).toBe(200);
    expect((await call("POST", "/sign-out", cookie, {})).status).toBe(200);
    for (const [method, path, body] of [["GET", "/list-sessions"], ["GET", "/organization/list"], ["POST", "/update-user", { name: "Replayed" }], ["POST", "/organization/create", { name: "Replayed", slug: "replayed" }]] as const) {
      const response = await call(method, path, cookie, body);
      expect(response.status, `${method} ${path}`).toBe(401);
    }
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "joan@example.com" } })).name).toBe("Joan Clarke");
    expect(await db.prisma.organization.count({ where: { slug: "replayed" } })).toBe(0);
  });

  it("refuses better-auth's admin endpoints to an admin banned after signing in", async () => {
    const cookie = await testAuth.signIn("mary@example.com", { role: "admin" });
    expect((await call("GET", "/admin/list-users", cookie)).status).toBe(200);
    await db.prisma.user.update({ where: { email: "mary@example.com" }, data: { banned: true } });
    const response = await call("GET", "/admin/list-users", cookie);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("@example.com");
    await testAuth.signIn("nell@example.com");
    const alan = await db.prisma.user.findUniqueOrThrow({ where: { email: "nell@example.com" } });
    expect((await call("POST", "/admin/set-role", cookie, { userId: alan.id, role: "admin" })).status).toBe(401);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: alan.id } })).role).not.toBe("admin");
    // Signing out still ends the banned user's session.
    const sessions = () => db.prisma.session.count({ where: { user: { email: "mary@example.com" } } });
    const before = await sessions();
    expect((await call("POST", "/sign-out", cookie, {})).status).toBe(200);
    expect(await sessions()).toBe(before - 1);
  });

  it("clears the admin's admin_session cookie when an impersonation signs out, and a copy cannot stop impersonating", async () => {
    const admin = await testAuth.signIn("hedy@example.com", { role: "admin" });
    await testAuth.signIn("rosalind@example.com");
    const target = await db.prisma.user.findUniqueOrThrow({ where: { email: "rosalind@example.com" } });
    const impersonate = await call("POST", "/admin/impersonate-user", admin, { userId: target.id });
    expect(impersonate.status).toBe(200);
    const impersonating = jar(admin, impersonate.headers.getSetCookie());
    expect(impersonating).toContain("better-auth.admin_session=");
    const signOut = await call("POST", "/sign-out", impersonating, {});
    expect(signOut.status).toBe(200);
    expect(jar(impersonating, signOut.headers.getSetCookie())).not.toContain("admin_session");
    const replay = await call("POST", "/admin/stop-impersonating", impersonating, {});
    expect(replay.status).toBe(401);
    expect(replay.headers.getSetCookie().filter((header) => header.startsWith("better-auth.session_token=") && !/max-age=0/iu.test(header))).toEqual([]);
  });

  it("keeps the origin check on under TEST=true (Vitest sets it): a cross-origin sign-out is refused", async () => {
    expect(process.env.TEST).toBe("true");
    const cookie = await testAuth.signIn("grace@example.com");
    const sessionsBefore = await db.prisma.session.count({ where: { user: { email: "grace@example.com" } } });
    const response = await testAuth.auth.handler(
      new Request(`${TEST_ORIGIN}/api/auth/sign-out`, {
        method: "POST",
        headers: { origin: "https://evil.example", cookie, "content-type": "application/json" },
        body: "{}",
      }),
    );
    expect(response.status).toBe(403);
    expect(await db.prisma.session.count({ where: { user: { email: "grace@example.com" } } })).toBe(sessionsBefore);
  });
});
