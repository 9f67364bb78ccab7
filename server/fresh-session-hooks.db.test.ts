import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends, type TestDatabase } from "./db/testing";
import { createTestAuth, TEST_ORIGIN } from "./test-auth";

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
