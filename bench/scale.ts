// A million sessions (issue 21): the lookup against the floor on a table the size a real app's grows
// to, the plan PostgreSQL picks for the kit's statement, and what sweeping the expired rows costs.
import pg from "pg";
import { createExpiredSessionSweep } from "../server/session-sweep";
import { createSessionLookup } from "../server/session-lookup";
import { lookupSchemaFor, lookupStatement } from "../server/session-schema";
import { testBackends } from "../test-utils/databases";
import { FLOOR_SQL, ratio, signInAda, timeSideBySide } from "./measure";


export async function measureScale({ users, sessions, calls }: { users: number; sessions: number; calls: number }) {
  const url = process.env.DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
  const database = await testBackends({ DATABASE_URL: url }).find((backend) => backend.name === "postgres")!.create();
  const target = (database.target as { url: string }).url;
  const sql = new pg.Client({ connectionString: target });
  await sql.connect();
  try {
    // In bulk, as real tables grow: most sessions long expired, a tenth still live, spread over the users.
    const seedStart = performance.now();
    await sql.query(
      `INSERT INTO "user" ("id", "name", "email", "emailVerified", "createdAt", "updatedAt")
       SELECT 'u' || g, 'User ' || g, 'user' || g || '@example.com', false, now() - (g % 700) * interval '1 day', now()
       FROM generate_series(1, $1::int) g`,
      [users],
    );
    await sql.query(
      `INSERT INTO "session" ("id", "token", "userId", "expiresAt", "createdAt", "updatedAt", "ipAddress", "userAgent")
       SELECT 's' || g, md5('token' || g) || md5('salt' || g), 'u' || (1 + g % $2::int),
              CASE WHEN g % 10 = 0 THEN now() + interval '7 days' ELSE now() - (1 + g % 365) * interval '1 day' END,
              now() - (g % 400) * interval '1 day', now(), '203.0.113.' || (g % 250), 'Mozilla/5.0'
       FROM generate_series(1, $1::int) g`,
      [sessions, users],
    );
    await sql.query("ANALYZE");
    const seedMs = Math.round(performance.now() - seedStart);

    const { auth, tokenCookie, token } = await signInAda(database);
    const headers = new Headers({ cookie: tokenCookie });

    const lookup = createSessionLookup(auth, database);
    if (!(await lookup(headers))) throw new Error("the seeded table lost Ada's session");
    const { kit, floor } = await timeSideBySide(calls, { kit: () => lookup(headers), floor: () => sql.query({ name: "floor", text: FLOOR_SQL, values: [token] }) });

    const statement = lookupStatement(lookupSchemaFor(auth.options));
    const plan = (await sql.query<{ "QUERY PLAN": string }>(`EXPLAIN ${statement}`, [token])).rows.map((row) => row["QUERY PLAN"]).join("\n");

    const [{ expired }] = (await sql.query<{ expired: number }>(`SELECT count(*)::int AS expired FROM "session" WHERE "expiresAt" <= now()`)).rows as [{ expired: number }];
    // The sweep, with a lookup running beside it all along: how slow does the lookup get meanwhile?
    const deleteExpiredSessions = createExpiredSessionSweep(auth, database); // what kit.deleteExpiredSessions runs
    let sweeping = true;
    const during: number[] = [];
    const beside = (async () => {
      while (sweeping) {
        const start = performance.now();
        await lookup(headers);
        during.push(performance.now() - start);
      }
    })();
    const sweepStart = performance.now();
    const sweep = await deleteExpiredSessions({ batchSize: 5000 });
    const sweepMs = Math.round(performance.now() - sweepStart);
    sweeping = false;
    await beside;
    during.sort((a, b) => a - b);
    const [{ left }] = (await sql.query<{ left: number }>(`SELECT count(*)::int AS left FROM "session"`)).rows as [{ left: number }];

    return {
      users,
      sessions,
      seed_ms: seedMs,
      kit,
      floor,
      kitToFloor: ratio(kit.median_ms, floor.median_ms),
      plan,
      indexScanOnToken: /Index Scan using session_token_key/u.test(plan),
      sweep: {
        expired,
        deleted: sweep.deleted,
        batches: sweep.batches,
        total_ms: sweepMs,
        rowsPerSecond: Math.round(sweep.deleted / (sweepMs / 1000)),
        longestBatch_ms: sweep.longestBatchMs,
        left,
        lookupDuringSweep: { count: during.length, median_ms: Math.round(during[Math.floor(during.length / 2)]! * 1000) / 1000, max_ms: Math.round(during.at(-1)! * 1000) / 1000 },
      },
    };
  } finally {
    await sql.end();
    await database.dispose();
  }
}
