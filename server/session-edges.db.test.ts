import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { cookieHeaderAfter, createTestAuth, TEST_ORIGIN, TEST_PASSWORD, TEST_SECRET } from "../test-utils/auth";
import { createAuth } from "./auth";
import { createRouteHandlers, type RouteContext } from "./route-handlers";
import { createSessionKit } from "./session-kit";
import { SessionNotFreshError } from "./errors";

/** Not yet due to slide by itself (better-auth slides a session with under 6 of its 7 days left on any request). */
const notDue = () => new Date(Date.now() + 6.5 * 86_400_000);
/** The token in a Cookie header (the part before the signature). */
const tokenIn = (cookie: string) => decodeURIComponent(/better-auth\.session_token=([^;]+)/u.exec(cookie)![1]!).split(".")[0]!;

describe.each(testBackends())("session edges on $name", (backend) => {
  let db: TestDatabase;
  let testAuth: ReturnType<typeof createTestAuth>;
  let kit: ReturnType<typeof createSessionKit>;
  beforeAll(async () => {
    db = await backend.create();
    testAuth = createTestAuth(db);
    kit = createSessionKit({ auth: testAuth.auth, database: db });
  });
  afterAll(() => db?.dispose());

  const post = (path: string, cookie: string, body: unknown = {}, origin = TEST_ORIGIN) =>
    testAuth.auth.handler(
      new Request(`${TEST_ORIGIN}/api/auth${path}`, {
        method: "POST",
        headers: { origin, cookie, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
  const rowOf = (cookie: string) => db.prisma.session.findUnique({ where: { token: tokenIn(cookie) } });
  /** The browser's Cookie header after this answer. */
  const after = (cookie: string, response: Response) => cookieHeaderAfter(cookie, response.headers.getSetCookie());


  describe("extend-session", () => {
    it("slides the caller's session by expiresIn and sets its cookie again", async () => {
      const cookie = await testAuth.signIn("ada@example.com");
      const soon = notDue();
      await db.prisma.session.update({ where: { token: tokenIn(cookie) }, data: { expiresAt: soon } });
      const response = await post("/session-kit/extend-session", cookie);
      expect(response.status).toBe(200);
      const { expiresAt } = (await response.json()) as { expiresAt: string };
      const row = await rowOf(cookie);
      expect(row!.expiresAt.toISOString()).toBe(expiresAt);
      expect((row!.expiresAt.getTime() - Date.now()) / 86_400_000).toBeGreaterThan(6.99); // the default 7 days
      expect(response.headers.getSetCookie().some((header) => header.startsWith("better-auth.session_token=") && /Max-Age=604800/u.test(header))).toBe(true);
    });

    it("answers 401 to a revoked session and to a banned user, and extends neither", async () => {
      const revoked = await testAuth.signIn("alan@example.com");
      await db.prisma.session.update({ where: { token: tokenIn(revoked) }, data: { expiresAt: new Date(Date.now() + 60_000) } });
      const revokedRow = await rowOf(revoked);
      await db.prisma.session.delete({ where: { token: tokenIn(revoked) } });
      expect((await post("/session-kit/extend-session", revoked)).status).toBe(401);
      expect(await db.prisma.session.findUnique({ where: { id: revokedRow!.id } })).toBeNull();

      const banned = await testAuth.signIn("banned@example.com");
      const soon = notDue();
      await db.prisma.session.update({ where: { token: tokenIn(banned) }, data: { expiresAt: soon } });
      await db.prisma.user.update({ where: { email: "banned@example.com" }, data: { banned: true } });
      expect((await post("/session-kit/extend-session", banned)).status).toBe(401);
      expect((await rowOf(banned))!.expiresAt).toEqual(soon);
    });

    it("refuses a body naming another session (a forged request), changing nothing", async () => {
      const mine = await testAuth.signIn("ada@example.com");
      const theirs = await testAuth.signIn("alan@example.com");
      const soon = notDue();
      await db.prisma.session.update({ where: { token: tokenIn(theirs) }, data: { expiresAt: soon } });
      const theirRow = await rowOf(theirs);
      const response = await post("/session-kit/extend-session", mine, { sessionId: theirRow!.id, token: tokenIn(theirs) });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "UNEXPECTED_BODY" });
      expect((await rowOf(theirs))!.expiresAt).toEqual(soon);
    });

    it("refuses a request from another origin (a cross-site form posting with the user's cookie)", async () => {
      const cookie = await testAuth.signIn("ada@example.com");
      const soon = notDue();
      await db.prisma.session.update({ where: { token: tokenIn(cookie) }, data: { expiresAt: soon } });
      expect((await post("/session-kit/extend-session", cookie, {}, "https://evil.example")).status).toBe(403);
      expect((await rowOf(cookie))!.expiresAt).toEqual(soon);
    });

    it("takes two tabs extending at once: both answered, one session, slid once as far", async () => {
      const cookie = await testAuth.signIn("ada@example.com");
      await db.prisma.session.update({ where: { token: tokenIn(cookie) }, data: { expiresAt: notDue() } });
      const [first, second] = await Promise.all([post("/session-kit/extend-session", cookie), post("/session-kit/extend-session", cookie)]);
      expect([first.status, second.status]).toEqual([200, 200]);
      const [a, b] = (await Promise.all([first.json(), second.json()])) as Array<{ expiresAt: string }>;
      expect(Math.abs(Date.parse(a!.expiresAt) - Date.parse(b!.expiresAt))).toBeLessThan(5000);
      expect(await db.prisma.session.count({ where: { token: tokenIn(cookie) } })).toBe(1);
    });

    it("does not extend an impersonation session", async () => {
      const cookie = await testAuth.signIn("ada@example.com");
      const until = notDue();
      await db.prisma.session.update({ where: { token: tokenIn(cookie) }, data: { impersonatedBy: "some-admin", expiresAt: until } });
      const response = await post("/session-kit/extend-session", cookie);
      expect(response.status).toBe(403);
      expect((await rowOf(cookie))!.expiresAt).toEqual(until);
    });
  });

  describe("reauthenticate", () => {
    it("on the right password replaces the session with a fresh one in the same organization, and deletes the old", async () => {
      const cookie = await testAuth.signIn("ada@example.com");
      const old = (await rowOf(cookie))!;
      const hourAgo = new Date(Date.now() - 3_600_000);
      await db.prisma.session.update({ where: { id: old.id }, data: { createdAt: hourAgo, activeOrganizationId: null } });
      const request = new Request(`${TEST_ORIGIN}/api/x`, { headers: { cookie } });
      const stale = (await kit.getRequestSession(request))!;
      await expect(kit.requireFreshRequestSession(stale, 300)).rejects.toBeInstanceOf(SessionNotFreshError);

      const response = await post("/session-kit/reauthenticate", cookie, { password: TEST_PASSWORD });
      expect(response.status).toBe(200);
      const next = after(cookie, response);
      expect(tokenIn(next)).not.toBe(tokenIn(cookie));
      expect(await db.prisma.session.findUnique({ where: { id: old.id } })).toBeNull();
      const renewed = (await rowOf(next))!;
      expect(renewed.userId).toBe(old.userId);
      expect(renewed.activeOrganizationId).toBeNull(); // not moved to a first organization
      const fresh = (await kit.getRequestSession(new Request(`${TEST_ORIGIN}/api/x`, { headers: { cookie: next } })))!;
      await expect(kit.requireFreshRequestSession(fresh, 300)).resolves.toBeUndefined();
    });

    it("keeps an active organization across the renewal", async () => {
      const cookie = await testAuth.signIn("grace@example.com");
      const organization = await db.prisma.organization.create({ data: { id: `org-${Date.now()}`, name: "Analytical", slug: `analytical-${Date.now()}`, createdAt: new Date() } });
      await db.prisma.session.update({ where: { token: tokenIn(cookie) }, data: { activeOrganizationId: organization.id } });
      const response = await post("/session-kit/reauthenticate", cookie, { password: TEST_PASSWORD });
      expect(response.status).toBe(200);
      expect((await rowOf(after(cookie, response)))!.activeOrganizationId).toBe(organization.id);
    });

    it("refuses a wrong password, keeping the session as it was", async () => {
      const cookie = await testAuth.signIn("ada@example.com");
      const before = (await rowOf(cookie))!;
      const response = await post("/session-kit/reauthenticate", cookie, { password: "not-the-password" });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "INVALID_PASSWORD" });
      expect(await rowOf(cookie)).toEqual(before);
    });

    it("names a missing password, and answers 401 signed out", async () => {
      const cookie = await testAuth.signIn("ada@example.com");
      const missing = await post("/session-kit/reauthenticate", cookie, {});
      expect(missing.status).toBe(400);
      expect(await missing.json()).toMatchObject({ code: "PASSWORD_REQUIRED" });
      expect((await post("/session-kit/reauthenticate", "", { password: TEST_PASSWORD })).status).toBe(401);
    });
  });

  describe("requireFreshSession through the route wrappers", () => {
    const call = (handler: (r: Request, c: RouteContext) => Promise<Response>, cookie: string) =>
      handler(new Request(`${TEST_ORIGIN}/api/x`, { headers: { cookie } }), { params: Promise.resolve({}) });

    it("answers 409 SESSION_NOT_FRESH to a session older than maxAge, without running the handler", async () => {
      const handler = vi.fn(() => Response.json({ ok: true }));
      const fresh = createRouteHandlers(kit).withSession(handler, { fresh: { maxAge: 300 } });
      const cookie = await testAuth.signIn("ada@example.com");
      expect((await call(fresh, cookie)).status).toBe(200);
      await db.prisma.session.update({ where: { token: tokenIn(cookie) }, data: { createdAt: new Date(Date.now() - 301_000) } });
      const response = await call(fresh, cookie);
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ error: "SESSION_NOT_FRESH", message: expect.any(String) });
      expect(handler).toHaveBeenCalledOnce();
    });

    it("answers 403 before 409 to a stale non-admin at an admin route", async () => {
      const admin = createRouteHandlers(kit).withAdmin(() => Response.json({ ok: true }), { fresh: true });
      const cookie = await testAuth.signIn("ada@example.com");
      await db.prisma.session.update({ where: { token: tokenIn(cookie) }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } });
      expect((await call(admin, cookie)).status).toBe(403);
    });
  });
});

describe.each(testBackends())("reauthenticate's rate limit on $name", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await backend.create();
  });
  afterAll(() => db?.dispose());

  it("lets five wrong passwords through, then answers 429 with X-Retry-After", async () => {
    // better-auth's memory store is shared by every instance in the process: a client address of this
    // backend's own (a trusted proxy header), so the other backend's run leaves this count alone.
    const auth = createAuth({ prisma: db.prisma, secret: TEST_SECRET, baseURL: TEST_ORIGIN, rateLimit: { enabled: true }, trustedProxy: { ipAddressHeaders: ["x-forwarded-for"] } });
    const clientAddress = backend.name === "postgres" ? "203.0.113.10" : "203.0.113.11";
    const { signIn } = createTestAuth(db);
    const cookie = await signIn("ada@example.com");
    const attempt = () =>
      auth.handler(
        new Request(`${TEST_ORIGIN}/api/auth/session-kit/reauthenticate`, {
          method: "POST",
          headers: { origin: TEST_ORIGIN, cookie, "content-type": "application/json", "x-forwarded-for": clientAddress },
          body: JSON.stringify({ password: "wrong-password" }),
        }),
      );
    const statuses = [];
    for (let index = 0; index < 5; index++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    const wait = Number(limited.headers.get("x-retry-after"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
  });
});
