import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { createSessionKit } from "./session-kit";
import { ForbiddenError, UnauthorizedError } from "./errors";
import { createServerSignOut } from "./sign-out";
import { createTestAuth, TEST_ORIGIN } from "../test-utils/auth";

describe.each(testBackends())("server-side sign-out on $name", (backend) => {
  let db: TestDatabase;
  let testAuth: ReturnType<typeof createTestAuth>;
  let kit: ReturnType<typeof createSessionKit>;
  let signOut: ReturnType<typeof createServerSignOut>;

  beforeAll(async () => {
    db = await backend.create();
    testAuth = createTestAuth(db);
    const info = vi.spyOn(console, "info").mockImplementation(() => {}); // the fallback's one log line
    kit = createSessionKit({ auth: testAuth.auth });
    info.mockRestore();
    signOut = createServerSignOut(kit);
  });
  afterAll(() => db?.dispose());

  const headersOf = (cookie: string) => new Headers({ cookie, origin: TEST_ORIGIN });
  /** What a page would see for this device: the database's answer, not the cookie cache. */
  const sessionOf = (cookie: string) => kit.getRequestSession(new Request(TEST_ORIGIN, { headers: { cookie: testAuth.tokenOnly(cookie) } }));
  const rowsOf = async (email: string) =>
    db.prisma.session.count({ where: { user: { email } } });

  it("ends the current session only, deleting its row", async () => {
    const laptop = await testAuth.signIn("ada@example.com");
    const phone = await testAuth.signIn("ada@example.com");
    const before = await rowsOf("ada@example.com");
    await signOut.signOutFor(headersOf(laptop));
    expect(await rowsOf("ada@example.com")).toBe(before - 1);
    expect(await sessionOf(laptop)).toBeNull();
    expect(await sessionOf(phone)).not.toBeNull();
  });

  it("signs the user out everywhere: every row deleted, every device signed out", async () => {
    const devices = [await testAuth.signIn("alan@example.com"), await testAuth.signIn("alan@example.com"), await testAuth.signIn("alan@example.com")];
    expect(await rowsOf("alan@example.com")).toBeGreaterThanOrEqual(3);
    await signOut.signOutEverywhereFor(headersOf(devices[0]!));
    expect(await rowsOf("alan@example.com")).toBe(0);
    for (const device of devices) expect(await sessionOf(device)).toBeNull();
  });

  it("refuses to sign out everywhere without a session", async () => {
    await expect(signOut.signOutEverywhereFor(headersOf(""))).rejects.toThrow(UnauthorizedError);
  });

  it("lets an admin end every session of another user", async () => {
    const admin = await testAuth.signIn("grace@example.com", { role: "admin" });
    const victim = [await testAuth.signIn("mallory@example.com"), await testAuth.signIn("mallory@example.com")];
    const mallory = await db.prisma.user.findUniqueOrThrow({ where: { email: "mallory@example.com" } });
    const live = await rowsOf("mallory@example.com");
    expect(live).toBeGreaterThanOrEqual(2);
    expect(await signOut.endSessionsOfUserFor(headersOf(admin), mallory.id)).toBe(live);
    expect(await rowsOf("mallory@example.com")).toBe(0);
    for (const device of victim) expect(await sessionOf(device)).toBeNull();
    expect(await sessionOf(admin)).not.toBeNull();
  });

  it("refuses that to a non-admin and to a visitor, deleting nothing", async () => {
    const member = await testAuth.signIn("ada@example.com");
    const grace = await db.prisma.user.findUniqueOrThrow({ where: { email: "grace@example.com" } });
    const before = await rowsOf("grace@example.com");
    await expect(signOut.endSessionsOfUserFor(headersOf(member), grace.id)).rejects.toThrow(ForbiddenError);
    await expect(signOut.endSessionsOfUserFor(headersOf(""), grace.id)).rejects.toThrow(UnauthorizedError);
    expect(await rowsOf("grace@example.com")).toBe(before);
  });
});
