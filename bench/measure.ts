// The measurements behind `npm run bench`, also run on a small count by `npm test` (bench.test.ts),
// which checks the statement counts (exact) and never a time.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createAuth } from "../server/auth";
import { createDatabase } from "../server/db/database";
import { migrateDatabase } from "../server/db/migrations";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { createSessionProxy } from "../server/proxy/create-session-proxy";
import { createSessionLookup } from "../server/session-lookup";
import { startPgWireProxy } from "../e2e/pg-wire-proxy";

export interface Timing {
  median_ms: number;
  p99_ms: number;
  statements: number;
}

const SECRET = "bench-secret-that-is-at-least-32-characters-long";
const ORIGIN = "http://localhost:3000";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Sequential calls, after a warm-up; median and p99 in milliseconds. */
export async function time(n: number, call: () => Promise<unknown>): Promise<{ median_ms: number; p99_ms: number }> {
  for (let i = 0; i < Math.min(200, n); i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { median_ms: round(percentile(samples, 50)), p99_ms: round(percentile(samples, 99)) };
}

/**
 * Several ways of doing one thing, timed side by side: `rounds` blocks of each in turn (after a warm-up
 * of each), so a slower stretch of the machine (a checkpoint, autovacuum after a bulk insert, the JIT
 * still compiling) falls on all of them alike instead of on whichever ran first.
 */
export async function timeSideBySide<Name extends string>(
  n: number,
  calls: Record<Name, () => Promise<unknown>>,
  { rounds = 5, concurrency = 1 }: { rounds?: number; concurrency?: number } = {},
): Promise<Record<Name, { median_ms: number; p99_ms: number }>> {
  const names = Object.keys(calls) as Name[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  const block = async (call: () => Promise<unknown>, count: number, into: number[]) => {
    let left = count;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (left-- > 0) {
          const start = performance.now();
          await call();
          into.push(performance.now() - start);
        }
      }),
    );
  };
  for (const name of names) await block(calls[name], Math.min(200, n), []); // warm-up: connections opened, statements prepared
  for (let round = 0; round < rounds; round++) {
    for (const name of names) await block(calls[name], Math.ceil(n / rounds), samples[name]);
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return Object.fromEntries(
    names.map((name) => {
      const sorted = samples[name].sort((a, b) => a - b);
      return [name, { median_ms: round(percentile(sorted, 50)), p99_ms: round(percentile(sorted, 99)) }];
    }),
  ) as Record<Name, { median_ms: number; p99_ms: number }>;
}

/** Ada signed up and signed in through a real better-auth on `database`: its cookies and bare token. */
export async function signInAda(database: TestDatabase) {
  const auth = createAuth({ prisma: database.prisma, secret: SECRET, baseURL: ORIGIN });
  const post = (path: string, body: unknown) =>
    auth.handler(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN }, body: JSON.stringify(body) }));
  await post("/sign-up/email", { email: "ada@example.com", password: "password1234", name: "Ada Lovelace" });
  const signIn = await post("/sign-in/email", { email: "ada@example.com", password: "password1234" });
  const cookies = signIn.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const tokenCookie = cookies.find((c) => c.startsWith("better-auth.session_token="))!;
  const token = decodeURIComponent(tokenCookie.split("=")[1]!).split(".")[0]!;
  return { auth, cookies, tokenCookie, token };
}

/** A fresh PostgreSQL database with one signed-in user; needs DATABASE_URL (or the local default). */
async function setUp() {
  const databaseUrl = process.env.DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
  const backend = testBackends({ DATABASE_URL: databaseUrl }).find((b) => b.name === "postgres")!;
  const database: TestDatabase = await backend.create();
  return { database, ...(await signInAda(database)), url: (database.target as { url: string }).url };
}

export const ratio = (value: number, base: number) => Math.round((value / base) * 100) / 100;

/** The floor: one prepared pg query joining the session to its user by token. */
export const FLOOR_SQL = `SELECT s.*, u.* FROM "session" s JOIN "user" u ON u."id" = s."userId" WHERE s."token" = $1 AND s."expiresAt" > now() LIMIT 1`;

/**
 * 1 and 3: the session lookup three ways (the kit's, better-auth's, and the floor: one raw pg query),
 * and the proxy's decision, on local PostgreSQL. Statements are counted on the wire, in a separate
 * short run through the counting proxy so the timed runs are not slowed by it.
 */
export async function measureSessionPath(n: number) {
  const { database, auth, cookies, tokenCookie, token, url } = await setUp();
  const headers = new Headers({ cookie: tokenCookie });
  const floorClient = new pg.Client({ connectionString: url });
  await floorClient.connect();

  const paths = (db: TestDatabase, client: pg.Client) => {
    const kitLookup = createSessionLookup(auth, db);
    return {
      kit: () => kitLookup(headers),
      betterAuth: () => auth.api.getSession({ headers, query: { disableCookieCache: true } }),
      floor: () => client.query({ name: "floor", text: FLOOR_SQL, values: [token] }),
    };
  };

  // Timed, direct connections.
  const direct = paths(database, floorClient);
  const timings = await timeSideBySide(n, direct);

  // Counted, through the wire proxy.
  const wire = await startPgWireProxy(url);
  const counted = createDatabase({ kind: "postgres", url: wire.url });
  const countedAuth = createAuth({ prisma: counted.prisma, secret: SECRET, baseURL: ORIGIN });
  const countedClient = new pg.Client({ connectionString: wire.url });
  await countedClient.connect();
  const countedKit = createSessionLookup(countedAuth, counted);
  const countedPaths = {
    kit: () => countedKit(headers),
    betterAuth: () => countedAuth.api.getSession({ headers, query: { disableCookieCache: true } }),
    floor: () => countedClient.query({ name: "floor", text: FLOOR_SQL, values: [token] }),
  };
  const statements: Record<string, number> = {};
  for (const [name, call] of Object.entries(countedPaths)) {
    await call(); // connect and prepare outside the count
    wire.reset();
    for (let i = 0; i < 10; i++) await call();
    statements[name] = wire.statements().length / 10;
  }

  // The proxy: its decision, in process, with the signed cookie cache; statements counted the same way.
  // A signed-in request to a protected path (/home): a Cookie header it has seen (a user's next request)
  // and one it has not (a unique extra cookie each time, so it verifies both signatures); and a path
  // that needs no session.
  const proxy = createSessionProxy({ secret: SECRET });
  const proxyRequest = (path = "/home", extra = "") => new Request(`${ORIGIN}${path}`, { headers: { cookie: cookies.join("; ") + extra } });
  wire.reset();
  const decision = await proxy.decide(proxyRequest());
  const proxyTiming = await time(n, () => proxy.decide(proxyRequest()));
  let unique = 0;
  const firstSightTiming = await time(n, () => proxy.decide(proxyRequest("/home", `; _ga=GA1.${unique++}`)));
  const publicTiming = await time(n, () => proxy.decide(proxyRequest("/pricing")));
  const proxyStatements = wire.statements().length;

  // 50 lookups at once, the kit on its own pool (10 connections) and the floor on a pg pool of the same size.
  const CONCURRENCY = 50;
  const floorPool = new pg.Pool({ connectionString: url, max: 10 });
  const concurrentKit = createSessionLookup(auth, database);
  const concurrent = {
    concurrency: CONCURRENCY,
    poolSize: 10,
    ...(await timeSideBySide(
      n,
      { kit: () => concurrentKit(headers), floor: () => floorPool.query({ name: "floor", text: FLOOR_SQL, values: [token] }) },
      { concurrency: CONCURRENCY },
    )),
  };
  await floorPool.end();

  await countedClient.end();
  await counted.close();
  await wire.close();
  await floorClient.end();
  await database.dispose();

  const session = {
    kit: { ...timings.kit, statements: statements.kit! },
    betterAuth: { ...timings.betterAuth, statements: statements.betterAuth! },
    floor: { ...timings.floor, statements: statements.floor! },
    kitToFloor: Math.round((timings.kit.median_ms / timings.floor.median_ms) * 100) / 100,
    betterAuthToFloor: Math.round((timings.betterAuth.median_ms / timings.floor.median_ms) * 100) / 100,
  };
  return {
    session,
    proxy: {
      statements: proxyStatements,
      decision: decision.action === "redirect" ? decision.reason : decision.action,
      median_ms: proxyTiming.median_ms,
      p99_ms: proxyTiming.p99_ms,
      toLookup: ratio(proxyTiming.median_ms, timings.kit.median_ms),
      firstSight: { ...firstSightTiming, toLookup: ratio(firstSightTiming.median_ms, timings.kit.median_ms) },
      publicPath: { ...publicTiming, toLookup: ratio(publicTiming.median_ms, timings.kit.median_ms) },
    },
    concurrent: { ...concurrent, p99KitToFloor: ratio(concurrent.kit.p99_ms, concurrent.floor.p99_ms), p50KitToFloor: ratio(concurrent.kit.median_ms, concurrent.floor.median_ms) },
  };
}

export { migrateDatabase };
