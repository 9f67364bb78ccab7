import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { createTestAuth, TEST_ORIGIN, TEST_PASSWORD, TEST_SECRET } from "../test-utils/auth";
import { memoryStorage } from "../test-utils/memory-storage";
import { SessionUnavailableError } from "./errors";
import { createSessionKit } from "./session-kit";
import { createServerSignOut } from "./sign-out";
import { STORAGE_REVOCATION_FAILED } from "./storage-revocations";
import { SESSION_STORE_UNAVAILABLE } from "./fresh-session-hooks";
import { sessionKit } from "./session-kit-plugin";

// Sessions in better-auth's secondary storage (Redis in production; here the same contract in memory,
// with a switch to make it fail): the kit reads them there, and never reads a failing store as signed in.
describe.each(testBackends())("sessions in secondary storage, with the app's tables on $name", (backend) => {
  let db: TestDatabase;
  let store: ReturnType<typeof memoryStorage>;
  let testAuth: ReturnType<typeof createTestAuth>;
  let kit: ReturnType<typeof createSessionKit>;

  beforeAll(async () => {
    db = await backend.create();
    store = memoryStorage();
    testAuth = createTestAuth(db, { secondaryStorage: store.storage });
    kit = createSessionKit({ auth: testAuth.auth, database: db });
  });
  afterAll(() => db?.dispose());
  beforeEach(() => store.recover());

  const sessionOf = (cookie: string) => kit.getRequestSession(new Request(`${TEST_ORIGIN}/x`, { headers: { cookie: testAuth.tokenOnly(cookie) } }));
  const userId = async (email: string) => (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id;

  it("reads a session from the store, where better-auth keeps it (no session row), and ends it at sign-out", async () => {
    const cookie = await testAuth.signIn("ada@example.com");
    expect(await db.prisma.session.count()).toBe(0);
    const token = decodeURIComponent(testAuth.tokenOnly(cookie).split("=")[1]!).split(".")[0]!;
    expect(store.keys()).toContain(token);
    expect((await sessionOf(cookie))?.user.email).toBe("ada@example.com");
    expect((await testAuth.post("/sign-out", {}, cookie)).status).toBe(200);
    expect(await sessionOf(cookie)).toBeNull();
  });

  it("sees a role change and a ban made through better-auth on the next lookup", async () => {
    const admin = await testAuth.signIn("grace@example.com", { role: "admin" });
    const alan = await testAuth.signIn("alan@example.com");
    expect((await sessionOf(alan))?.user.role).toBe("user");
    expect((await testAuth.post("/admin/set-role", { userId: await userId("alan@example.com"), role: "admin" }, admin)).status).toBe(200);
    expect((await sessionOf(alan))?.user.role).toBe("admin");
    expect((await testAuth.post("/admin/ban-user", { userId: await userId("alan@example.com") }, admin)).status).toBe(200);
    expect(await sessionOf(alan)).toBeNull();
  });

  it("answers unavailable, never signed in or out, while the store does not answer; signed in again when it does", async () => {
    const cookie = await testAuth.signIn("ada@example.com");
    store.down("get");
    await expect(sessionOf(cookie)).rejects.toBeInstanceOf(SessionUnavailableError);
    store.recover();
    expect((await sessionOf(cookie))?.user.email).toBe("ada@example.com");
  });

  it("answers 503 at better-auth's own endpoints while the store does not answer, where better-auth would run them for a signed-out caller", async () => {
    const cookie = await testAuth.signIn("ada@example.com");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    store.down("get");
    const listed = await testAuth.auth.handler(new Request(`${TEST_ORIGIN}/api/auth/list-sessions`, { headers: { cookie } }));
    const revoked = await testAuth.post("/revoke-sessions", {}, cookie);
    logged.mockRestore();
    store.recover();
    for (const answer of [listed, revoked]) expect({ status: answer.status, message: ((await answer.json()) as { message?: string }).message }).toEqual({ status: 503, message: SESSION_STORE_UNAVAILABLE });
    // Nothing was ended, and a session that did end still reads as signed out (401), not as an outage.
    expect((await sessionOf(cookie))?.user.email).toBe("ada@example.com");
    expect((await testAuth.post("/sign-out", {}, cookie)).status).toBe(200);
    expect((await testAuth.post("/revoke-sessions", {}, cookie)).status).toBe(401);
  });

  it("answers 503 to sign out everywhere and an admin's revoke when the store cannot take them, and ends the sessions once it can", async () => {
    const admin = await testAuth.signIn("grace@example.com", { role: "admin" });
    const laptop = await testAuth.signIn("linus@example.com");
    const phone = await testAuth.signIn("linus@example.com");
    const linus = await userId("linus@example.com");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    store.down("set", "delete");
    for (const [path, body, cookie] of [
      ["/revoke-sessions", {}, laptop],
      ["/admin/revoke-user-sessions", { userId: linus }, admin],
    ] as const) {
      const answer = await testAuth.post(path, body, cookie);
      expect({ path, status: answer.status, message: ((await answer.json()) as { message?: string }).message }).toEqual({ path, status: 503, message: STORAGE_REVOCATION_FAILED });
    }
    logged.mockRestore();
    // Not confirmed, so not claimed: nothing was ended, and both devices are still signed in.
    store.recover();
    expect([(await sessionOf(laptop))?.user.email, (await sessionOf(phone))?.user.email]).toEqual(["linus@example.com", "linus@example.com"]);
    expect((await testAuth.post("/admin/revoke-user-sessions", { userId: linus }, admin)).status).toBe(200);
    expect([await sessionOf(laptop), await sessionOf(phone)]).toEqual([null, null]);
  });

  it("confirms a revocation whose copies cannot be deleted by the revoked-before mark, which ends them for every reader", async () => {
    const cookie = await testAuth.signIn("ken@example.com");
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    store.down("delete");
    expect((await testAuth.post("/revoke-sessions", {}, cookie)).status).toBe(200);
    warned.mockRestore();
    logged.mockRestore();
    expect(await sessionOf(cookie)).toBeNull();
    // better-auth's own getSession reads the same mark.
    store.recover();
    expect(await testAuth.auth.api.getSession({ headers: new Headers({ cookie: testAuth.tokenOnly(cookie) }) })).toBeNull();
  });

  it("ends the copies better-auth failed to delete when the store answers again before the hook runs", async () => {
    const admin = await testAuth.signIn("grace@example.com", { role: "admin" });
    const cookie = await testAuth.signIn("barbara@example.com");
    const barbara = await userId("barbara@example.com");
    // better-auth's first delete fails (it only logs that, and stops), then the store answers.
    let failures = 1;
    const realDelete = store.storage.delete;
    store.storage.delete = async (key) => {
      if (failures-- > 0) throw new Error("store down");
      return realDelete(key);
    };
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect((await testAuth.post("/admin/ban-user", { userId: barbara }, admin)).status).toBe(200);
    } finally {
      store.storage.delete = realDelete;
      warned.mockRestore();
      logged.mockRestore();
    }
    expect(await sessionOf(cookie)).toBeNull();
    const token = decodeURIComponent(testAuth.tokenOnly(cookie).split("=")[1]!).split(".")[0]!;
    expect(store.keys().filter((key) => key === token || key === `active-sessions-${barbara}`)).toEqual([]);
  });

  it("the kit's endSessionsOfUser throws when the store cannot end the sessions", async () => {
    const admin = await testAuth.signIn("grace@example.com", { role: "admin" });
    const cookie = await testAuth.signIn("edsger@example.com");
    const { endSessionsOfUserFor } = createServerSignOut(kit);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    store.down("set", "delete");
    await expect(endSessionsOfUserFor(new Headers({ cookie: admin, origin: TEST_ORIGIN }), await userId("edsger@example.com"))).rejects.toThrow(/store down/u);
    logged.mockRestore();
    store.recover();
    expect((await sessionOf(cookie))?.user.email).toBe("edsger@example.com");
  });

  it("needs no session table at all: the schema check passes and sessions are read without one", async () => {
    await db.prisma.$executeRawUnsafe(`DROP TABLE "session"`);
    await expect(kit.verifySchema()).resolves.toBeUndefined();
    const cookie = await testAuth.signIn("margaret@example.com");
    expect((await sessionOf(cookie))?.user.email).toBe("margaret@example.com");
  });
});

// With `storeSessionInDatabase` better-auth keeps each session in both, and reads the store first: the
// kit reads the database, the copy of record, so a copy the store kept after a revocation signs no one in.
describe.each(testBackends())("sessions in secondary storage and in the database on $name", (backend) => {
  let db: TestDatabase;
  const store = memoryStorage();
  let auth: ReturnType<typeof createAuthWithBoth>;
  let kit: ReturnType<typeof createSessionKit>;
  const createAuthWithBoth = (database: TestDatabase) =>
    betterAuth({
      secret: TEST_SECRET,
      baseURL: TEST_ORIGIN,
      database: prismaAdapter(database.prisma, { provider: "postgresql" }),
      secondaryStorage: store.storage,
      session: { storeSessionInDatabase: true },
      emailAndPassword: { enabled: true },
      plugins: [sessionKit()],
      telemetry: { enabled: false },
    });

  beforeAll(async () => {
    db = await backend.create();
    auth = createAuthWithBoth(db);
    kit = createSessionKit({ auth, database: db });
  });
  afterAll(() => db?.dispose());

  it("reads the database: a failing store does not stop the lookup, and a copy left in the store after the row went signs no one in", async () => {
    const post = (path: string, body: unknown) =>
      auth.handler(new Request(`${TEST_ORIGIN}/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: TEST_ORIGIN }, body: JSON.stringify(body) }));
    await post("/sign-up/email", { email: "ada@example.com", password: TEST_PASSWORD, name: "Ada" });
    const signIn = await post("/sign-in/email", { email: "ada@example.com", password: TEST_PASSWORD });
    const cookie = signIn.headers.getSetCookie().map((header) => header.split(";")[0]).filter((pair) => pair!.startsWith("better-auth.session_token=")).join("; ");
    const token = decodeURIComponent(cookie.split("=")[1]!).split(".")[0]!;
    const sessionOf = () => kit.getRequestSession(new Request(`${TEST_ORIGIN}/x`, { headers: { cookie } }));
    expect(store.keys()).toContain(token);

    store.down("get");
    expect((await sessionOf())?.user.email).toBe("ada@example.com");
    store.recover();

    // The row ends (as a revocation whose store delete failed leaves things); the store still has the copy.
    await db.prisma.session.delete({ where: { token } });
    expect(store.keys()).toContain(token);
    expect(await sessionOf()).toBeNull();
  });
});
