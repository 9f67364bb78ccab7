import { betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { appAuthOptions } from "../e2e/consumer-own-auth/lib/auth-options.mjs";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { serveEmbeddedDatabase, type EmbeddedDatabaseServer } from "./db/embedded-server";
import { SessionKitConfigError } from "./errors";
import { toKitSession } from "./kit-session";
import { createSessionKit } from "./session-kit";
import { createSessionLookup } from "./session-lookup";
import { createSessionProxy } from "./proxy/create-session-proxy";

const ORIGIN = "http://localhost:3000";
/**
 * An app that already has better-auth, its own way: the matrix app's own options (the built-in adapter
 * over its own `pg` Pool, plural snake_case tables and columns, an extra user field, its own base path
 * and cookie prefix, no admin or organization plugin, only the kit's plugin added), with a fixed secret
 * and base URL for calls through its handler.
 */
function appOptions(pool: pg.Pool) {
  return { ...appAuthOptions(pool), secret: "an-app-secret-that-is-at-least-32-characters", baseURL: ORIGIN };
}

describe.each(testBackends())("an app's own better-auth on $name", (backend) => {
  let db: TestDatabase;
  let embedded: EmbeddedDatabaseServer | undefined;
  let pool: pg.Pool;
  let auth: ReturnType<typeof betterAuth<ReturnType<typeof appOptions>>>;
  let cookie: string;
  const statements: string[] = [];

  beforeAll(async () => {
    db = await backend.create();
    // The app's own pg Pool: on PGlite through the embedded database's PostgreSQL protocol.
    embedded = backend.name === "pglite" ? await serveEmbeddedDatabase(db) : undefined;
    pool = new pg.Pool({ connectionString: embedded?.url ?? (db.target as { url: string }).url, max: 1 });
    const query = pool.query.bind(pool) as (config: unknown, values?: unknown) => Promise<pg.QueryResult>;
    pool.query = ((config: unknown, values?: unknown) => {
      statements.push(typeof config === "string" ? config : (config as { text: string }).text);
      return query(config, values);
    }) as typeof pool.query;
    // The app's tables as better-auth's own migration makes them, from the same options.
    await (await getMigrations(appOptions(pool))).runMigrations();
    auth = betterAuth(appOptions(pool));
    const post = (path: string, body: unknown, origin = ORIGIN) =>
      auth.handler(new Request(`${ORIGIN}/api/v1/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin }, body: JSON.stringify(body) }));
    await post("/sign-up/email", { email: "ada@example.com", password: "password1234", name: "Ada Lovelace" });
    const signIn = await post("/sign-in/email", { email: "ada@example.com", password: "password1234" });
    cookie = signIn.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    expect(cookie).toMatch(/^myapp\.session_token=.+; myapp\.session_data=/u);
  });
  afterAll(async () => {
    await pool?.end();
    await embedded?.close();
    await db?.dispose();
  });

  it("reads the session in one statement on the app's own tables, with its extra field, as better-auth does", async () => {
    const lookup = createSessionLookup(auth, pool);
    const headers = new Headers({ cookie });
    await lookup(headers); // the schema check runs once, on the first lookup
    statements.length = 0;
    const found = await lookup(headers);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/FROM "sessions" s JOIN "users" u ON u\."id" = s\."user_id"/u);
    const theirs = toKitSession(await auth.api.getSession({ headers, query: { disableCookieCache: true } }));
    expect(found).toEqual(theirs);
    expect(found?.user).toMatchObject({ name: "Ada Lovelace", email: "ada@example.com", plan: "free", role: null });
    expect(found?.session.activeOrganizationId).toBeNull(); // no organization plugin: no column read
    expect(await lookup(new Headers({ cookie: "better-auth.session_token=forged.signature" }))).toBeNull();
  });

  it("types getSession with the app's extra user fields", () => {
    const kit = createSessionKit({ auth, database: pool });
    type Session = NonNullable<Awaited<ReturnType<typeof kit.getRequestSession>>>;
    expectTypeOf<Session["user"]>().toHaveProperty("plan");
    expectTypeOf<Session["user"]["email"]>().toEqualTypeOf<string>();
  });

  it.each([
    ["the pg Pool better-auth was given, found without being told", () => createSessionKit({ auth })],
    ["the app's Drizzle db (node-postgres), on its Pool", () => createSessionKit({ auth, database: drizzle({ client: pool }) })],
  ])("runs the one statement through %s", async (_through, createKit) => {
    const kit = createKit();
    const request = () => new Request(`${ORIGIN}/`, { headers: { cookie } });
    await kit.getRequestSession(request()); // the schema check, once
    statements.length = 0;
    expect((await kit.getRequestSession(request()))?.user).toMatchObject({ email: "ada@example.com", plan: "free" });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/FROM "sessions" s JOIN "users" u/u);
  });

  it("stops with an error naming the table and column when the app's columns are not where it is told", async () => {
    const lookup = createSessionLookup(auth, pool, { columns: { session: { expiresAt: "expires" } }, tables: { user: "people" } });
    const failure = lookup(new Headers({ cookie }));
    await expect(failure).rejects.toBeInstanceOf(SessionKitConfigError);
    await expect(lookup(new Headers({ cookie }))).rejects.toThrow(/column "sessions"\."expires" \(field expiresAt\), table "people".*createSessionKit\(\{ schema/u);
  });

  it("checks the schema at start-up when asked (verifySchema), before any request", async () => {
    await expect(createSessionKit({ auth }).verifySchema()).resolves.toBeUndefined();
    const misnamed = createSessionKit({ auth, schema: { columns: { user: { emailVerified: "email_verified_at" } } } });
    await expect(misnamed.verifySchema()).rejects.toThrow(/column "users"\."email_verified_at" \(field emailVerified\)/u);
  });

  it("needs no admin or organization plugin: admins from adminUserIds, and a clear error for organization-only functions", async () => {
    const kit = createSessionKit({ auth, database: pool, adminUserIds: ["someone-else"] });
    const session = await kit.getRequestSession(new Request(`${ORIGIN}/`, { headers: { cookie } }));
    expect(session?.user.role).toBeNull();
    await expect(kit.requireActiveOrganizationId()).rejects.toThrow(/needs better-auth's organization plugin: add organization\(\)/u);
  });

  it("is read by the proxy under the app's cookie prefix", async () => {
    const proxy = createSessionProxy({ secret: appOptions(pool).secret, cookiePrefix: "myapp", adminUserIds: ["nobody"] });
    const decide = (path: string, withCookie = cookie) => proxy.decide(new Request(`${ORIGIN}${path}`, { headers: { cookie: withCookie } }));
    expect(await decide("/home")).toEqual({ action: "next" });
    expect(await decide("/admin")).toMatchObject({ action: "redirect", reason: "not-admin" });
    expect(await decide("/home", "")).toMatchObject({ action: "redirect", reason: "signed-out" });
    // Under better-auth's default names the same cookies are nobody's.
    expect(await createSessionProxy({ secret: appOptions(pool).secret }).decide(new Request(`${ORIGIN}/home`, { headers: { cookie } }))).toMatchObject({ reason: "signed-out" });
  });

  it("keeps better-auth's origin check on under TEST=true through the kit's plugin", async () => {
    expect(process.env.TEST).toBe("true");
    const crossOrigin = await auth.handler(
      new Request(`${ORIGIN}/api/v1/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://evil.example", cookie },
        body: JSON.stringify({ email: "ada@example.com", password: "password1234" }),
      }),
    );
    expect(crossOrigin.status).toBe(403);
  });
});
