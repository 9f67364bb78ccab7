import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { createDeviceSessions } from "./devices";
import { createSessionKit } from "./session-kit";
import { UnauthorizedError } from "./errors";
import { createTestAuth, TEST_ORIGIN, TEST_PASSWORD } from "../test-utils/auth";

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

describe.each(testBackends())("device sessions on $name", (backend) => {
  let db: TestDatabase;
  let testAuth: ReturnType<typeof createTestAuth>;
  let kit: ReturnType<typeof createSessionKit>;
  let devices: ReturnType<typeof createDeviceSessions>;

  beforeAll(async () => {
    db = await backend.create();
    testAuth = createTestAuth(db);
    kit = createSessionKit({ auth: testAuth.auth, database: db });
    devices = createDeviceSessions(kit);
  });
  afterAll(() => db?.dispose());

  const headersOf = (cookie: string) => new Headers({ cookie, origin: TEST_ORIGIN });
  /** What a page would see for this device: the database's answer, not the cookie cache. */
  const sessionOf = (cookie: string) => kit.lookupSession(headersOf(testAuth.tokenOnly(cookie)));
  const sessionIdOf = async (cookie: string) => (await sessionOf(cookie))!.session.id;
  const rowsOf = (email: string) => db.prisma.session.count({ where: { user: { email } } });

  /** A user with no session yet (signing up signs in too): from here, each sign-in is one device. */
  async function freshUser(email: string): Promise<void> {
    await testAuth.signIn(email);
    await db.prisma.session.deleteMany({ where: { user: { email } } });
  }

  /** Signs an existing user in from a browser that sends `userAgent`. */
  async function signInWithUserAgent(email: string, userAgent: string): Promise<string> {
    const response = await testAuth.auth.handler(
      new Request(`${TEST_ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: TEST_ORIGIN, "user-agent": userAgent },
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      }),
    );
    expect(response.status).toBe(200);
    return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  }

  it("lists the user's live sessions, the current one first and marked, without their tokens", async () => {
    await freshUser("ada@example.com");
    const laptop = await testAuth.signIn("ada@example.com");
    const phone = await signInWithUserAgent("ada@example.com", FIREFOX_ON_WINDOWS);
    await testAuth.signIn("grace@example.com");
    const expired = await testAuth.signIn("ada@example.com");
    await db.prisma.session.update({ where: { id: await sessionIdOf(expired) }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const list = await devices.listDevicesFor(headersOf(laptop));

    expect(list.map((device) => device.id).sort()).toEqual([await sessionIdOf(laptop), await sessionIdOf(phone)].sort());
    expect(list[0]).toMatchObject({ id: await sessionIdOf(laptop), isCurrent: true });
    expect(list[1]).toMatchObject({ id: await sessionIdOf(phone), isCurrent: false, userAgent: FIREFOX_ON_WINDOWS });
    expect(list[1]!.updatedAt).toBeInstanceOf(Date);
    expect(list[1]!.createdAt).toBeInstanceOf(Date);
    const tokens = (await db.prisma.session.findMany({ select: { token: true } })).map((row) => row.token);
    const listed = JSON.stringify(list);
    for (const token of tokens) expect(listed).not.toContain(token);
    expect(Object.keys(list[0]!).sort()).toEqual(["createdAt", "id", "ipAddress", "isCurrent", "updatedAt", "userAgent"]);
  });

  it("orders the other devices by when they were last seen, most recent first", async () => {
    await freshUser("ines@example.com");
    const current = await testAuth.signIn("ines@example.com");
    const older = await testAuth.signIn("ines@example.com");
    const newer = await testAuth.signIn("ines@example.com");
    await db.prisma.session.update({ where: { id: await sessionIdOf(older) }, data: { updatedAt: new Date("2026-01-01T00:00:00Z") } });
    await db.prisma.session.update({ where: { id: await sessionIdOf(newer) }, data: { updatedAt: new Date("2026-02-01T00:00:00Z") } });

    const list = await devices.listDevicesFor(headersOf(current));

    expect(list.map((device) => device.id)).toEqual([await sessionIdOf(current), await sessionIdOf(newer), await sessionIdOf(older)]);
  });

  it("ends one of the user's own devices: that device is signed out, the others stay", async () => {
    const laptop = await testAuth.signIn("alan@example.com");
    const phone = await testAuth.signIn("alan@example.com");
    const tablet = await testAuth.signIn("alan@example.com");
    const before = await rowsOf("alan@example.com");

    expect(await devices.endDeviceFor(headersOf(laptop), await sessionIdOf(phone))).toBe(true);

    expect(await rowsOf("alan@example.com")).toBe(before - 1);
    expect(await sessionOf(phone)).toBeNull();
    expect(await sessionOf(laptop)).not.toBeNull();
    expect(await sessionOf(tablet)).not.toBeNull();
  });

  it("ends the current session too when asked by its id: this device is signed out", async () => {
    const laptop = await testAuth.signIn("alan@example.com");
    expect(await devices.endDeviceFor(headersOf(laptop), await sessionIdOf(laptop))).toBe(true);
    expect(await sessionOf(laptop)).toBeNull();
  });

  it("returns false and deletes nothing for another user's session or an unknown id", async () => {
    const mallory = await testAuth.signIn("mallory@example.com");
    const victim = await testAuth.signIn("victor@example.com");
    const victimRows = await rowsOf("victor@example.com");
    const malloryRows = await rowsOf("mallory@example.com");

    expect(await devices.endDeviceFor(headersOf(mallory), await sessionIdOf(victim))).toBe(false);
    expect(await devices.endDeviceFor(headersOf(mallory), "no-such-session")).toBe(false);

    expect(await rowsOf("victor@example.com")).toBe(victimRows);
    expect(await rowsOf("mallory@example.com")).toBe(malloryRows);
    expect(await sessionOf(victim)).not.toBeNull();
  });

  it("signs out every other device, keeps this one and counts what it ended", async () => {
    await freshUser("joan@example.com");
    const laptop = await testAuth.signIn("joan@example.com");
    const others = [await testAuth.signIn("joan@example.com"), await testAuth.signIn("joan@example.com")];
    const bystander = await testAuth.signIn("ada@example.com");

    expect(await devices.signOutOtherDevicesFor(headersOf(laptop))).toBe(2);

    expect(await rowsOf("joan@example.com")).toBe(1);
    expect(await sessionOf(laptop)).not.toBeNull();
    for (const device of others) expect(await sessionOf(device)).toBeNull();
    expect(await sessionOf(bystander)).not.toBeNull();
    expect(await devices.signOutOtherDevicesFor(headersOf(laptop))).toBe(0);
    expect((await devices.listDevicesFor(headersOf(laptop))).map((device) => device.isCurrent)).toEqual([true]);
  });

  it("hides the sessions an admin opened by impersonating the user, as better-auth's list-sessions does", async () => {
    await freshUser("ida@example.com");
    const own = await testAuth.signIn("ida@example.com");
    const impersonation = await testAuth.signIn("ida@example.com");
    const impersonationId = await sessionIdOf(impersonation);
    await db.prisma.session.update({ where: { id: impersonationId }, data: { impersonatedBy: "some-admin-id", expiresAt: new Date(Date.now() + 3_600_000) } });

    expect((await devices.listDevicesFor(headersOf(own))).map((device) => device.id)).toEqual([await sessionIdOf(own)]);
    // Not hers to end, one by one or all together.
    expect(await devices.endDeviceFor(headersOf(own), impersonationId)).toBe(false);
    expect(await devices.signOutOtherDevicesFor(headersOf(own))).toBe(0);
    expect(await db.prisma.session.count({ where: { id: impersonationId } })).toBe(1);
    // The impersonating admin sees the session they are in, as the current one.
    const seenByAdmin = await devices.listDevicesFor(headersOf(impersonation));
    expect(seenByAdmin.find((device) => device.isCurrent)?.id).toBe(impersonationId);
  });

  it("refuses a visitor without a session, deleting nothing", async () => {
    const device = await testAuth.signIn("alan@example.com");
    const before = await db.prisma.session.count();
    const signedOut = headersOf("");

    await expect(devices.listDevicesFor(signedOut)).rejects.toThrow(UnauthorizedError);
    await expect(devices.endDeviceFor(signedOut, await sessionIdOf(device))).rejects.toThrow(UnauthorizedError);
    await expect(devices.signOutOtherDevicesFor(signedOut)).rejects.toThrow(UnauthorizedError);

    expect(await db.prisma.session.count()).toBe(before);
  });
});
