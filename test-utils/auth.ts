import { type CreateAuthOptions, createAuth, type KitAuth } from "../server/auth";
import type { TestDatabase } from "./databases";

export const TEST_ORIGIN = "http://localhost:3000";
export const TEST_SECRET = "test-secret-that-is-at-least-32-characters-long";
export const TEST_PASSWORD = "password1234";

/** A real better-auth instance on a test database, with helpers that go through its HTTP handler. */
export function createTestAuth(db: TestDatabase, options: Partial<CreateAuthOptions> = {}) {
  const auth: KitAuth = createAuth({ prisma: db.prisma, secret: TEST_SECRET, baseURL: TEST_ORIGIN, ...options });

  const post = (path: string, body: unknown, cookie = "") =>
    auth.handler(
      new Request(`${TEST_ORIGIN}/api/auth${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      }),
    );

  /** Signs up (once) and signs in; returns the Cookie header a browser would send next. */
  async function signIn(email: string, fields: { role?: string; name?: string } = {}): Promise<string> {
    if (!(await db.prisma.user.findUnique({ where: { email } }))) {
      await post("/sign-up/email", { email, password: TEST_PASSWORD, name: fields.name ?? email });
    }
    if (fields.role) await db.prisma.user.update({ where: { email }, data: { role: fields.role } });
    const response = await post("/sign-in/email", { email, password: TEST_PASSWORD });
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    return response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
  }

  /** Only the session token cookie: the database decides, no cookie cache involved. */
  const tokenOnly = (cookie: string) => cookie.split("; ").filter((c) => c.startsWith("better-auth.session_token=")).join("; ");

  return { auth, post, signIn, tokenOnly };
}

/** The Cookie header a browser sends after receiving these Set-Cookie headers (an empty or Max-Age=0 value deletes). */
export function cookieHeaderAfter(cookie: string, setCookies: string[]): string {
  const cookies = new Map(cookie.split("; ").filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const));
  for (const header of setCookies) {
    const [pair = ""] = header.split(";");
    const [name, value] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
    if (!value || /max-age=0/iu.test(header)) cookies.delete(name);
    else cookies.set(name, value);
  }
  return [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
}
