import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAuth, TEST_ORIGIN } from "../test-utils/auth";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { createTestUser, deleteTestUser, signIn } from "./e2e";

/**
 * A stand-in for Playwright's request context: it sends to the auth instance's handler and keeps the
 * cookies it is given, as a browser context does (the real one is used by the e2e suites).
 */
function requestContext(auth: ReturnType<typeof createTestAuth>["auth"]) {
  const cookies: string[] = [];
  return {
    cookies,
    request: {
      get: async (url: string) => ({ url: () => new URL(url, TEST_ORIGIN).href }),
      post: async (url: string, { data, headers }: { data: unknown; headers: Record<string, string> }) => {
        const response = await auth.handler(new Request(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(data) }));
        cookies.push(...response.headers.getSetCookie());
        return { status: () => response.status, text: () => response.text() };
      },
    },
  };
}

describe.each(testBackends())("session-kit/testing/e2e on $name", (backend) => {
  let db: TestDatabase;
  let testAuth: ReturnType<typeof createTestAuth>;

  beforeAll(async () => {
    db = await backend.create();
    testAuth = createTestAuth(db);
  });
  afterAll(() => db?.dispose());

  it("creates a user through the app's sign-up, with its fields and no session, that signIn then signs in", async () => {
    const user = await createTestUser(testAuth.auth, { name: "Test Admin", fields: { role: "admin" } });
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ email: user.email, name: "Test Admin", role: "admin" });
    // The password is hashed by better-auth, and sign-up's own session is gone.
    expect((await db.prisma.account.findFirstOrThrow({ where: { userId: user.id } })).password).not.toContain(user.password);
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);

    const browser = requestContext(testAuth.auth);
    await signIn(browser, { email: user.email, password: user.password, baseURL: TEST_ORIGIN });
    expect(browser.cookies.some((cookie) => cookie.startsWith("better-auth.session_token="))).toBe(true);
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("says which sign-in failed and why, for a wrong password", async () => {
    const user = await createTestUser(testAuth.auth);
    await expect(signIn(requestContext(testAuth.auth), { email: user.email, password: "not-the-password", baseURL: TEST_ORIGIN })).rejects.toThrow(
      new RegExp(`signIn\\(${user.email}\\): .*/api/auth/sign-in/email answered 401`, "u"),
    );
  });

  it("deletes a user with its sessions and accounts, by the user, its id or its email, and ignores one that is gone", async () => {
    for (const by of ["user", "id", "email"] as const) {
      const user = await createTestUser(testAuth.auth);
      await signIn(requestContext(testAuth.auth), { email: user.email, password: user.password, baseURL: TEST_ORIGIN });
      await deleteTestUser(testAuth.auth, by === "user" ? user : by === "id" ? user.id : user.email);
      expect(await db.prisma.user.count({ where: { id: user.id } }), by).toBe(0);
      expect(await db.prisma.session.count({ where: { userId: user.id } }), by).toBe(0);
      expect(await db.prisma.account.count({ where: { userId: user.id } }), by).toBe(0);
      await deleteTestUser(testAuth.auth, user.email); // gone already: nothing to do, no error
    }
  });
});
