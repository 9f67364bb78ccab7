import pg from "pg";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { createTestAuth } from "../test-utils/auth";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { startPgBouncer, type PgBouncer } from "../test-utils/pgbouncer";
import { itOnPostgres, onPostgres } from "../test-utils/postgres-only";
import { createOrganizationReader } from "./organizations";
import { createSessionLookup, useUnnamedStatements } from "./session-lookup";
import { createExpiredSessionSweep } from "./session-sweep";

// Issue 22: the kit's statements through PgBouncer in transaction mode (Debian's 1.18, which keeps no
// named prepared statement there), with few server connections shared by many clients.
const WHY = "it runs PgBouncer in front of a PostgreSQL server";
describe("the kit's statements through PgBouncer in transaction mode", () => {
  let db: TestDatabase;
  let bouncer: PgBouncer;
  let testAuth: ReturnType<typeof createTestAuth>;
  let cookie: string;
  const pools: pg.Pool[] = [];
  const poolThroughBouncer = () => {
    const pool = new pg.Pool({ connectionString: bouncer.urlFor((db.target as { url: string }).url), max: 20 });
    pools.push(pool);
    return pool;
  };

  beforeAll(async () => {
    if (!onPostgres) return;
    db = await testBackends().find((backend) => backend.name === "postgres")!.create();
    bouncer = await startPgBouncer((db.target as { url: string }).url, { poolSize: 4 });
    testAuth = createTestAuth(db);
    cookie = testAuth.tokenOnly(await testAuth.signIn("ada@example.com", { name: "Ada Lovelace" }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await bouncer?.stop();
    await db?.dispose();
  });

  itOnPostgres("reproduces the problem: named statements from 20 clients over 4 server connections fail", WHY, async () => {
    const pool = poolThroughBouncer();
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) => pool.query({ name: "probe", text: "SELECT $1::int + 0 AS n", values: [i] })),
    );
    const failures = results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason.code);
    expect(failures.length).toBeGreaterThan(0);
    for (const code of failures) expect(["26000", "42P05"]).toContain(code);
  });

  itOnPostgres("answers every lookup right by itself: the first lost statement switches to unnamed ones", WHY, async () => {
    const pool = poolThroughBouncer();
    const lookup = createSessionLookup(testAuth.auth, pool);
    const headers = new Headers({ cookie });
    const answers = await Promise.all(Array.from({ length: 60 }, () => lookup(headers)));
    expect(answers.map((answer) => answer?.user.name)).toEqual(Array.from({ length: 60 }, () => "Ada Lovelace"));
    expect(await lookup(new Headers({ cookie: `${cookie}x` }))).toBeNull(); // a forged signature still reads nothing
  });

  itOnPostgres("with preparedStatements: false sends no named statement at all, on every kit path", WHY, async () => {
    const pool = poolThroughBouncer();
    const sent: Array<{ name?: string }> = [];
    const query = pool.query.bind(pool) as (config: { name?: string; text: string; values: unknown[] }) => Promise<pg.QueryResult>;
    const recording = { query: (config: { name?: string; text: string; values: unknown[] }) => (sent.push(config), query(config)), connect: () => pool.connect() };
    useUnnamedStatements(recording);
    const lookup = createSessionLookup(testAuth.auth, recording);
    const headers = new Headers({ cookie });
    const answers = await Promise.all(Array.from({ length: 40 }, () => lookup(headers)));
    expect(answers.every((answer) => answer?.user.email === "ada@example.com")).toBe(true);
    const userId = answers[0]!.user.id;
    expect(await createOrganizationReader(testAuth.auth, recording).organizationsOf(userId)).toEqual(
      await createOrganizationReader(testAuth.auth).organizationsOf(userId),
    );
    const sweep = await createExpiredSessionSweep(testAuth.auth, recording)({ batchSize: 100 });
    expect(sweep.deleted).toBe(0); // Ada's session is live
    expect(sent.length).toBeGreaterThan(40);
    expect(sent.filter((config) => config.name)).toEqual([]);
  });
});
