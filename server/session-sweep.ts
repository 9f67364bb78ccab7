import type { AppAuth } from "./app-auth";
import { type LookupDatabase, statementRunnerFor } from "./session-lookup";
import { lookupSchemaFor, quote, type SchemaOverrides } from "./session-schema";

export interface SweepOptions {
  /** Rows deleted per statement. Default 5000: each batch holds its row locks for a few milliseconds. */
  batchSize?: number;
  /** Pause between batches, to leave the database to the app under load. Default 0. */
  pauseMs?: number;
  /** Stop after this many batches (a cron's time budget). Default: until none are left. */
  maxBatches?: number;
}

export interface SweepResult {
  deleted: number;
  batches: number;
  /** The slowest single batch: how long its rows stayed locked. */
  longestBatchMs: number;
}

/**
 * Deletes expired sessions in batches, on the app's own session table (read from its better-auth
 * options, like the lookup). better-auth deletes an expired session only when its cookie comes back, so
 * a busy app's table grows with sessions nobody will use again. Each batch is one short statement that
 * locks only the rows it deletes and skips rows another transaction holds: sign-ins, lookups and
 * sign-outs carry on meanwhile (no table lock). Run it from a cron or a scheduled job.
 */
export function createExpiredSessionSweep(auth: AppAuth, database: LookupDatabase, overrides?: SchemaOverrides) {
  const schema = lookupSchemaFor(auth.options, overrides);
  const table = quote(schema.sessionTable);
  const id = quote(schema.session.id!);
  const expiresAt = quote(schema.session.expiresAt!);
  const statement = `WITH doomed AS (SELECT ${id} FROM ${table} WHERE ${expiresAt} <= now() LIMIT $1 FOR UPDATE SKIP LOCKED)
DELETE FROM ${table} WHERE ${id} IN (SELECT ${id} FROM doomed) RETURNING 1 AS gone`;
  const run = statementRunnerFor(database);

  return async function deleteExpiredSessions({ batchSize = 5000, pauseMs = 0, maxBatches = Number.POSITIVE_INFINITY }: SweepOptions = {}): Promise<SweepResult> {
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError(`deleteExpiredSessions: batchSize must be a positive whole number, got ${batchSize}`);
    const result: SweepResult = { deleted: 0, batches: 0, longestBatchMs: 0 };
    while (result.batches < maxBatches) {
      const start = performance.now();
      const gone = (await run<{ gone: number }>("session_kit_sweep", statement, [batchSize])).length;
      result.longestBatchMs = Math.max(result.longestBatchMs, Math.round((performance.now() - start) * 100) / 100);
      result.batches += 1;
      result.deleted += gone;
      if (gone < batchSize) break;
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
    return result;
  };
}
