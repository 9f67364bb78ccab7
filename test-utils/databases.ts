import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDatabase } from "../server/db/migrations";
import { createDatabase, type Database } from "../server/db/database";
import { IN_MEMORY } from "../server/db/database-target";

/** A backend the database tests run against: PGlite always, PostgreSQL too when DATABASE_URL is set. */
export interface TestBackend {
  name: "pglite" | "postgres";
  /** A fresh, migrated, empty database that no other test run can see; dispose() drops it. */
  create(): Promise<TestDatabase>;
}

export interface TestDatabase extends Database {
  dispose(): Promise<void>;
}

async function freshPglite(): Promise<TestDatabase> {
  const database = createDatabase({ kind: "pglite", dataDir: IN_MEMORY });
  await migrateDatabase(database);
  return { ...database, dispose: () => database.close() };
}

/** Creates a uniquely named database next to the one DATABASE_URL names, so parallel runs never meet. */
async function freshPostgres(serverUrl: string): Promise<TestDatabase> {
  const name = `kit_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = createDatabase({ kind: "postgres", url: url.toString() });
  await migrateDatabase(database);
  return {
    ...database,
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** Fresh databases on the PostgreSQL server `serverUrl` names (any database on it; each is created beside it). */
export function postgresBackend(serverUrl: string): TestBackend {
  return { name: "postgres", create: () => freshPostgres(serverUrl) };
}

export function testBackends(env: Record<string, string | undefined> = process.env): TestBackend[] {
  const backends: TestBackend[] = [{ name: "pglite", create: freshPglite }];
  const url = env.DATABASE_URL?.trim();
  if (url) backends.push(postgresBackend(url));
  return backends;
}
