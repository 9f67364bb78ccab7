import "server-only";
import { redisStorage } from "@better-auth/redis-storage";
import type { SecondaryStorage } from "better-auth";
import { Redis } from "ioredis";

/**
 * REDIS_URL (e.g. redis://127.0.0.1:6379) makes Redis better-auth's secondary storage: sessions and the
 * rate limiter's counts live there, shared by every instance. Unset, both stay in PostgreSQL.
 */
export function redisFromEnvironment(): SecondaryStorage | undefined {
  const url = process.env.REDIS_URL?.trim();
  if (!url) return undefined;
  if (!/^rediss?:\/\/[^/]/u.test(url)) throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, got ${JSON.stringify(url)}.`);
  const client = new Redis(url, {
    // While Redis is away a command fails after one reconnection attempt (the kit then answers
    // "unavailable") instead of waiting in ioredis's queue for twenty.
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
  });
  let down = false;
  client.on("error", (error: Error) => {
    if (!down) console.error(`[demo] Redis at ${new URL(url).host} does not answer: ${error.message}`);
    down = true;
  });
  client.on("ready", () => {
    if (down) console.info(`[demo] Redis at ${new URL(url).host} answers again`);
    down = false;
  });
  return redisStorage({ client });
}
