import { it } from "vitest";

/** Whether this run has a PostgreSQL server (DATABASE_URL); without one the suites run on PGlite. */
export const onPostgres = Boolean(process.env.DATABASE_URL?.trim());

/**
 * `it`, for a test that only PostgreSQL can answer. Without DATABASE_URL it is skipped under a name
 * that says why, and the run's summary prints that name on its own SKIPPED line: never a silent skip.
 */
export function itOnPostgres(name: string, why: string, test: () => Promise<void>, timeout?: number) {
  if (onPostgres) return it(name, test, timeout);
  return it.skip(`${name} [needs PostgreSQL (DATABASE_URL): ${why}]`, test, timeout);
}
