// The kit's lookup with sessions in Redis (better-auth's secondary storage, @better-auth/redis-storage
// on ioredis) against its one-statement lookup in PostgreSQL, side by side, on a redis-server of the
// bench's own and a fresh database; and a bare Redis GET of the session's key as Redis's floor.
import { redisStorage } from "@better-auth/redis-storage";
import { Redis } from "ioredis";
import { createAuth } from "../server/auth";
import { createSessionLookup } from "../server/session-lookup";
import { createDatabase } from "../server/db/database";
import { startPgWireProxy } from "../e2e/pg-wire-proxy";
import { postgresBackend } from "../test-utils/databases";
import { startPrivateRedis } from "../test-utils/private-servers";
import { ratio, signInAda, timeSideBySide } from "./measure";

const ORIGIN = "http://localhost:3000";
const SECRET = "bench-secret-that-is-at-least-32-characters-long";

export async function measureRedisLookup(n: number, serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres") {
  const redis = await startPrivateRedis();
  const client = new Redis(redis.url);
  const database = await postgresBackend(serverUrl).create();
  try {
    // Two better-auths on one database: one keeps sessions in PostgreSQL, one in Redis.
    const inDatabase = await signInAda(database);
    const inRedisAuth = createAuth({ prisma: database.prisma, secret: SECRET, baseURL: ORIGIN, secondaryStorage: redisStorage({ client }) });
    const signIn = await inRedisAuth.handler(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN }, body: JSON.stringify({ email: "ada@example.com", password: "password1234" }) }),
    );
    const redisCookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.startsWith("better-auth.session_token="))!;
    const redisToken = decodeURIComponent(redisCookie.split("=")[1]!).split(".")[0]!;

    const databaseLookup = createSessionLookup(inDatabase.auth, database);
    const redisLookup = createSessionLookup(inRedisAuth, database);
    const databaseHeaders = new Headers({ cookie: inDatabase.tokenCookie });
    const redisHeaders = new Headers({ cookie: redisCookie });
    const [fromDatabase, fromRedis] = [await databaseLookup(databaseHeaders), await redisLookup(redisHeaders)];
    if (fromDatabase?.user.email !== "ada@example.com" || fromRedis?.user.email !== "ada@example.com") throw new Error("a lookup did not find Ada");

    const timings = await timeSideBySide(n, {
      kitRedis: () => redisLookup(redisHeaders),
      kitDatabase: () => databaseLookup(databaseHeaders),
      redisGet: () => client.get(`better-auth:${redisToken}`),
    });

    // Statements each lookup sends to PostgreSQL, counted on the wire (10 lookups each).
    const wire = await startPgWireProxy((database.target as { url: string }).url);
    const counted = createDatabase({ kind: "postgres", url: wire.url });
    const statements: Record<"kitRedis" | "kitDatabase", number> = { kitRedis: 0, kitDatabase: 0 };
    try {
      for (const [name, auth, headers] of [["kitRedis", inRedisAuth, redisHeaders], ["kitDatabase", inDatabase.auth, databaseHeaders]] as const) {
        const lookup = createSessionLookup(auth, counted);
        await lookup(headers);
        wire.reset();
        for (let i = 0; i < 10; i++) await lookup(headers);
        statements[name] = wire.statements().length / 10;
      }
    } finally {
      await counted.close();
      await wire.close();
    }
    return {
      ...timings,
      statements,
      redisToDatabase: ratio(timings.kitRedis.median_ms, timings.kitDatabase.median_ms),
      p99RedisToDatabase: ratio(timings.kitRedis.p99_ms, timings.kitDatabase.p99_ms),
      redisToGet: ratio(timings.kitRedis.median_ms, timings.redisGet.median_ms),
    };
  } finally {
    client.disconnect();
    await redis.dispose();
    await database.dispose();
  }
}
