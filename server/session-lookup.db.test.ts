import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "./auth";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { createSessionLookup } from "./session-lookup";
import { toKitSession } from "./kit-session";
import { createTestAuth, TEST_ORIGIN } from "../test-utils/auth";

// The kit's one-statement lookup must answer exactly as better-auth's own getSession does.
describe.each(testBackends())("the one-statement session lookup on $name", (backend) => {
  let db: TestDatabase;
  let testAuth: ReturnType<typeof createTestAuth>;
  let lookup: ReturnType<typeof createSessionLookup>;

  beforeAll(async () => {
    db = await backend.create();
    testAuth = createTestAuth(db);
    lookup = createSessionLookup(testAuth.auth, db);
  });
  afterAll(() => db?.dispose());

  const headers = (cookie: string) => new Headers({ cookie: testAuth.tokenOnly(cookie) || cookie });
  const betterAuth = async (cookie: string) =>
    toKitSession(await testAuth.auth.api.getSession({ headers: headers(cookie), query: { disableCookieCache: true } }));
  async function expectSameAnswer(cookie: string) {
    const [kit, reference] = [await lookup(headers(cookie)), await betterAuth(cookie)];
    expect(kit?.user.id ?? null).toBe(reference?.user.id ?? null);
    return kit;
  }

  it("returns the same user and session for a valid cookie", async () => {
    const cookie = await testAuth.signIn("grace@example.com", { role: "admin", name: "Grace Hopper" });
    const kit = await lookup(headers(cookie));
    const reference = await betterAuth(cookie);
    expect(kit).toEqual(reference);
    expect(kit?.user).toMatchObject({ email: "grace@example.com", role: "admin", name: "Grace Hopper" });
  });

  it("answers the same through the app's Prisma client ($queryRawUnsafe) as through the kit's database", async () => {
    const cookie = await testAuth.signIn("grace@example.com", { role: "admin", name: "Grace Hopper" });
    const throughPrisma = createSessionLookup(testAuth.auth, db.prisma);
    const found = await throughPrisma(headers(cookie));
    expect(found).toEqual(await lookup(headers(cookie)));
    expect(found?.user.email).toBe("grace@example.com");
  });

  it("reads a tampered token, a tampered signature and an unsigned token as signed out", async () => {
    const cookie = testAuth.tokenOnly(await testAuth.signIn("ada@example.com"));
    const [name, value] = cookie.split("=") as [string, string];
    const [token, signature] = decodeURIComponent(value).split(".") as [string, string];
    const flip = (s: string) => (s[0] === "A" ? "B" : "A") + s.slice(1);
    for (const variant of [`${flip(token)}.${signature}`, `${token}.${flip(signature)}`, token, "garbage", "%E0%A4%A", "."]) {
      expect(await expectSameAnswer(`${name}=${encodeURIComponent(variant)}`)).toBeNull();
    }
  });

  it("reads a cookie signed with another secret as signed out", async () => {
    const other = createAuth({ prisma: db.prisma, secret: "another-secret-of-at-least-32-characters!!", baseURL: TEST_ORIGIN });
    const response = await other.handler(
      new Request(`${TEST_ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: TEST_ORIGIN },
        body: JSON.stringify({ email: "ada@example.com", password: "password1234" }),
      }),
    );
    const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    expect(await expectSameAnswer(cookie)).toBeNull();
  });

  it("reads a deleted (signed-out) and an expired session as signed out", async () => {
    const deleted = await testAuth.signIn("ada@example.com");
    const expired = await testAuth.signIn("ada@example.com");
    const tokenOf = async (cookie: string) => (await betterAuth(cookie))!.session.id;
    await db.prisma.session.delete({ where: { id: await tokenOf(deleted) } });
    await db.prisma.session.update({ where: { id: await tokenOf(expired) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await expectSameAnswer(deleted)).toBeNull();
    expect(await expectSameAnswer(expired)).toBeNull();
  });

  it("sees a role change at once", async () => {
    const cookie = await testAuth.signIn("alan@example.com");
    await db.prisma.user.update({ where: { email: "alan@example.com" }, data: { role: "admin" } });
    expect((await lookup(headers(cookie)))?.user.role).toBe("admin");
  });

  it("slides a session due for refresh forward, as better-auth does", async () => {
    const cookie = await testAuth.signIn("ada@example.com");
    const { id } = (await betterAuth(cookie))!.session;
    await db.prisma.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() + 5 * 86_400_000) } });
    expect(await lookup(headers(cookie))).not.toBeNull();
    const row = await db.prisma.session.findUniqueOrThrow({ where: { id } });
    expect((row.expiresAt.getTime() - Date.now()) / 86_400_000).toBeGreaterThan(6.99);
  });

  it("reads an impersonation session (an hour long) in its one statement, without sliding it", async () => {
    const cookie = await testAuth.signIn("ida@example.com");
    const { id } = (await betterAuth(cookie))!.session;
    const expiresAt = new Date(Date.now() + 3_600_000);
    await db.prisma.session.update({ where: { id }, data: { expiresAt, impersonatedBy: "admin-id" } });
    const slides: unknown[] = [];
    const watched = createSessionLookup(
      { ...testAuth.auth, api: { ...testAuth.auth.api, getSession: (...args: unknown[]) => (slides.push(args), testAuth.auth.api.getSession(...(args as Parameters<typeof testAuth.auth.api.getSession>))) } } as typeof testAuth.auth,
      db,
    );
    expect((await watched(headers(cookie)))?.session.impersonatedBy).toBe("admin-id");
    expect(slides).toEqual([]);
    expect((await db.prisma.session.findUniqueOrThrow({ where: { id } })).expiresAt).toEqual(expiresAt);
  });

  it("reads a banned user's live session as signed out, until the ban expires", async () => {
    const cookie = await testAuth.signIn("mallory@example.com");
    await db.prisma.user.update({ where: { email: "mallory@example.com" }, data: { banned: true } });
    expect(await lookup(headers(cookie))).toBeNull();
    await db.prisma.user.update({ where: { email: "mallory@example.com" }, data: { banExpires: new Date(Date.now() - 1000) } });
    expect(await lookup(headers(cookie))).not.toBeNull();
    await db.prisma.user.update({ where: { email: "mallory@example.com" }, data: { banned: false, banExpires: null } });
  });

  it("reads duplicate, quoted and oddly signed cookies exactly as better-auth's /get-session", async () => {
    const ada = testAuth.tokenOnly(await testAuth.signIn("ada@example.com"));
    const alan = testAuth.tokenOnly(await testAuth.signIn("alan@example.com"));
    const [name, value] = [ada.slice(0, ada.indexOf("=")), ada.slice(ada.indexOf("=") + 1)];
    const signed = decodeURIComponent(value);
    const cases: Record<string, string> = {
      "valid, then garbage": `${ada}; ${name}=garbage`,
      "garbage, then valid": `${name}=garbage; ${ada}`,
      "Ada's, then Alan's": `${ada}; ${alan}`,
      "Alan's, then Ada's": `${alan}; ${ada}`,
      "empty, then valid": `${name}=; ${ada}`,
      "quoted value": `${name}="${value}"`,
      "not percent-encoded": `${name}=${signed}`,
      "signature without padding": `${name}=${encodeURIComponent(signed.replace(/=+$/u, ""))}`,
      "signature in base64url": `${name}=${encodeURIComponent(`${signed.slice(0, signed.lastIndexOf("."))}.${signed.slice(signed.lastIndexOf(".") + 1).replace(/\+/gu, "-").replace(/\//gu, "_")}`)}`,
      "two Cookie headers joined": `${alan}, ${ada}`,
    };
    const clientSession = async (cookie: string) => {
      const response = await testAuth.auth.handler(new Request(`${TEST_ORIGIN}/api/auth/get-session`, { headers: { cookie } }));
      return ((await response.json()) as { user: { email: string } } | null)?.user.email ?? null;
    };
    const seen = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([label, cookie]) => [label, [(await lookup(new Headers({ cookie })))?.user.email ?? null, await clientSession(cookie)]] as const)));
    for (const [label, [kit, reference]] of Object.entries(seen)) expect(kit, label).toBe(reference);
    // Not all alike: the first cookie of a name is the one both read.
    expect(seen["Ada's, then Alan's"]).toEqual(["ada@example.com", "ada@example.com"]);
    expect(seen["Alan's, then Ada's"]).toEqual(["alan@example.com", "alan@example.com"]);
    expect(seen["quoted value"]).toEqual(["ada@example.com", "ada@example.com"]);
    expect(seen["signature without padding"]).toEqual([null, null]);
  });

  it("answers null without a cookie", async () => {
    expect(await lookup(new Headers())).toBeNull();
  });
});
