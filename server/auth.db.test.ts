import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type KitAuth } from "./auth";
import { testBackends, type TestDatabase } from "../test-utils/databases";

const ORIGIN = "http://localhost:3000";
const SECRET = "test-secret-that-is-at-least-32-characters-long";
const COOKIE = "better-auth.session_token";

function request(auth: KitAuth, path: string, init: { body?: unknown; cookie?: string; method?: string } = {}) {
  const headers = new Headers({ origin: ORIGIN });
  if (init.body !== undefined) headers.set("content-type", "application/json");
  if (init.cookie) headers.set("cookie", init.cookie);
  return auth.handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  );
}

/** The session cookie a response sets, as `name=value`, and its attributes. */
function sessionCookie(response: Response) {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
  if (!header) throw new Error(`no ${COOKIE} cookie in ${JSON.stringify(response.headers.getSetCookie())}`);
  const [pair, ...attributes] = header.split(";").map((part) => part.trim());
  return { pair: pair!, attributes: attributes.map((a) => a.toLowerCase()) };
}

async function getSession(auth: KitAuth, cookie: string) {
  const response = await request(auth, "/get-session", { cookie });
  expect(response.status).toBe(200);
  return (await response.json()) as { user: { email: string; role: string }; session: { token: string } } | null;
}

describe.each(testBackends())("better-auth sessions on $name", (backend) => {
  let db: TestDatabase;
  let auth: KitAuth;
  const ada = { name: "Ada Lovelace", email: "ada@example.com", password: "password1234" };

  beforeAll(async () => {
    db = await backend.create();
    auth = createAuth({ prisma: db.prisma, secret: SECRET, baseURL: ORIGIN });
    const signUp = await request(auth, "/sign-up/email", { body: ada });
    expect(signUp.status).toBe(200);
  });
  afterAll(() => db?.dispose());

  const signIn = async () => {
    const response = await request(auth, "/sign-in/email", { body: { email: ada.email, password: ada.password } });
    expect(response.status).toBe(200);
    return sessionCookie(response);
  };

  it("signs up a user with the admin plugin's default role and stores the session", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: ada.email }, include: { sessions: true } });
    expect(user).toMatchObject({ name: "Ada Lovelace", role: "user", banned: false });
    expect(user.sessions).toHaveLength(1);
  });

  it("sets an HttpOnly, SameSite=Lax session cookie on / that lasts 7 days", async () => {
    const { attributes } = await signIn();
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");
    expect(attributes).toContain(`max-age=${7 * 24 * 60 * 60}`);
  });

  it("stores a session that expires in 7 days", async () => {
    const { pair } = await signIn();
    const session = await getSession(auth, pair);
    const row = await db.prisma.session.findUniqueOrThrow({ where: { token: session!.session.token } });
    const days = (row.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
  });

  it("reads the signed-in user back from get-session", async () => {
    const { pair } = await signIn();
    const session = await getSession(auth, pair);
    expect(session?.user).toMatchObject({ email: ada.email, role: "user" });
  });

  it("reads as signed out without a cookie", async () => {
    expect(await getSession(auth, "")).toBeNull();
  });

  it("deletes the session row on sign-out and then reads as signed out", async () => {
    const { pair } = await signIn();
    const { session } = (await getSession(auth, pair))!;
    expect(await db.prisma.session.count({ where: { token: session.token } })).toBe(1);
    const signOut = await request(auth, "/sign-out", { body: {}, cookie: pair });
    expect(signOut.status).toBe(200);
    expect(await db.prisma.session.count({ where: { token: session.token } })).toBe(0);
    expect(await getSession(auth, pair)).toBeNull();
  });

  it("ends every device when all of a user's sessions are revoked", async () => {
    const deviceA = await signIn();
    const deviceB = await signIn();
    expect(await getSession(auth, deviceB.pair)).not.toBeNull();
    const revoke = await request(auth, "/revoke-sessions", { body: {}, cookie: deviceA.pair });
    expect(revoke.status).toBe(200);
    expect(await getSession(auth, deviceA.pair)).toBeNull();
    expect(await getSession(auth, deviceB.pair)).toBeNull();
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: ada.email }, include: { sessions: true } });
    expect(user.sessions).toEqual([]);
  });

  it("reads an expired session row as signed out", async () => {
    const { pair } = await signIn();
    const { session } = (await getSession(auth, pair))!;
    await db.prisma.session.update({ where: { token: session.token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getSession(auth, pair)).toBeNull();
  });

  it("reads tampered and unsigned cookies as signed out without throwing", async () => {
    const { pair } = await signIn();
    const value = pair.slice(COOKIE.length + 1);
    const [token, signature] = decodeURIComponent(value).split(".");
    const flip = (s: string) => (s[0] === "A" ? "B" : "A") + s.slice(1);
    const variants = [
      `${flip(token!)}.${signature}`, // tampered token, original signature
      `${token}.${flip(signature!)}`, // tampered signature
      token!, // unsigned token
      "garbage",
      "%E0%A4%A", // malformed percent-encoding
      ".",
    ];
    for (const variant of variants) {
      expect(await getSession(auth, `${COOKIE}=${variant}`)).toBeNull();
    }
    // The real cookie still works: only the tampering was rejected.
    expect(await getSession(auth, pair)).not.toBeNull();
  });

  it("reads a cookie signed with another secret as signed out", async () => {
    const otherAuth = createAuth({ prisma: db.prisma, secret: "another-secret-of-at-least-32-characters!!", baseURL: ORIGIN });
    const response = await request(otherAuth, "/sign-in/email", { body: { email: ada.email, password: ada.password } });
    const { pair } = sessionCookie(response);
    expect(await getSession(otherAuth, pair)).not.toBeNull();
    expect(await getSession(auth, pair)).toBeNull();
  });

  it("slides a session in use forward to 7 days once it is more than a day old", async () => {
    const { pair } = await signIn();
    const { session } = (await getSession(auth, pair))!;
    const twoDaysIn = new Date(Date.now() + 5 * 86_400_000); // as if signed in two days ago
    await db.prisma.session.update({ where: { token: session.token }, data: { expiresAt: twoDaysIn } });
    expect(await getSession(auth, pair)).not.toBeNull();
    const row = await db.prisma.session.findUniqueOrThrow({ where: { token: session.token } });
    expect((row.expiresAt.getTime() - Date.now()) / 86_400_000).toBeGreaterThan(6.99);
  });

  it("does not slide a session used again within a day", async () => {
    const { pair } = await signIn();
    const { session } = (await getSession(auth, pair))!;
    const halfADayIn = new Date(Date.now() + 6.5 * 86_400_000);
    await db.prisma.session.update({ where: { token: session.token }, data: { expiresAt: halfADayIn } });
    await getSession(auth, pair);
    const row = await db.prisma.session.findUniqueOrThrow({ where: { token: session.token } });
    expect(row.expiresAt.getTime()).toBe(halfADayIn.getTime());
  });

  it("honours a configured session lifetime", async () => {
    const shortAuth = createAuth({ prisma: db.prisma, secret: SECRET, baseURL: ORIGIN, sessionExpiresIn: 3600 });
    const response = await request(shortAuth, "/sign-in/email", { body: { email: ada.email, password: ada.password } });
    expect(sessionCookie(response).attributes).toContain("max-age=3600");
  });
});
