import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "./database";
import type { SqlConnection } from "./sql-connection";
import { MigrationError } from "../errors";

/** The kit's own migrations, in Prisma's folder format (one folder per migration, migration.sql inside). */
export const KIT_MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "prisma", "migrations");

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of migration.sql, as Prisma records it. */
  checksum: string;
}


export async function readMigrations(dir = KIT_MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error) => {
    throw new MigrationError(`Cannot read the migrations folder ${dir}: ${(error as Error).message}`, { cause: error });
  });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    folders.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

// The same bookkeeping table Prisma Migrate keeps, so `prisma migrate deploy` sees these as applied.
const BOOKKEEPING_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;
// Serialises concurrent migrators (two app instances starting at once) on one database.
const MIGRATION_LOCK_KEY = 7_274_113_901;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

/**
 * Applies pending migrations in name order, each in its own transaction with its bookkeeping row,
 * so a failure leaves neither half a migration nor a record of it. Safe to run again: applied ones are skipped.
 */
export async function applyMigrations(sql: SqlConnection, migrations?: Migration[]): Promise<MigrationResult> {
  const pending = migrations ?? (await readMigrations());
  await sql.exec(BOOKKEEPING_TABLE);
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const migration of pending) {
    await sql.exec("BEGIN");
    try {
      await sql.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      const [recorded] = await sql.query<{ checksum: string }>(
        `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [migration.name],
      );
      if (recorded) {
        if (recorded.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied to ${sql.description}. Restore its migration.sql and add a new migration instead.`,
          );
        }
        await sql.exec("COMMIT");
        result.alreadyApplied.push(migration.name);
        continue;
      }
      await sql.exec(migration.sql).catch((error: Error) => {
        throw new MigrationError(
          `Migration ${migration.name} failed on ${sql.description}: ${error.message}. Nothing of it was applied.`,
          { cause: error },
        );
      });
      await sql.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      await sql.exec("COMMIT");
      result.applied.push(migration.name);
    } catch (error) {
      await sql.exec("ROLLBACK").catch(() => {});
      throw error;
    }
  }
  return result;
}

/** Applies the kit's pending migrations to a database; idempotent. */
export async function migrateDatabase(database: Database): Promise<MigrationResult> {
  const sql = await database.connectSql();
  try {
    return await applyMigrations(sql);
  } finally {
    await sql.close();
  }
}
