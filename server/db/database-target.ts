import path from "node:path";
import { DatabaseConfigError } from "../errors";

/** Where the kit's tables live: real PostgreSQL, or PGlite (PostgreSQL in WASM) on disk or in memory. */
export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

export const IN_MEMORY = "memory://";
export const DEFAULT_PGLITE_DIR = ".data/pglite";


/**
 * `DATABASE_URL` set: PostgreSQL at that URL. Unset: the embedded PGlite database in
 * `PGLITE_DATA_DIR` (default `.data/pglite`; `memory://` keeps it in memory).
 */
export function resolveDatabaseTarget(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (!url) {
    const dataDir = env.PGLITE_DATA_DIR?.trim() || DEFAULT_PGLITE_DIR;
    return { kind: "pglite", dataDir: dataDir === IN_MEMORY ? IN_MEMORY : path.resolve(/*turbopackIgnore: true*/ dataDir) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseConfigError(
      `DATABASE_URL is not a valid URL. Expected postgresql://user@host:5432/database, or unset DATABASE_URL to use the embedded PGlite database.`,
    );
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new DatabaseConfigError(
      `DATABASE_URL must be a PostgreSQL URL (postgresql://…), not "${parsed.protocol}//…". Fix it, or unset DATABASE_URL to use the embedded PGlite database.`,
    );
  }
  if (!parsed.hostname && !parsed.searchParams.get("host")) {
    throw new DatabaseConfigError(`DATABASE_URL has no host. Expected postgresql://user@host:5432/database.`);
  }
  return { kind: "postgres", url };
}

/** The URL with any password replaced, safe for error messages and logs. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") {
    return target.dataDir === IN_MEMORY ? "embedded PGlite (in memory)" : `embedded PGlite at ${target.dataDir}`;
  }
  const url = new URL(target.url);
  if (url.password) url.password = "***";
  return `PostgreSQL at ${url.host}${url.pathname}`;
}
