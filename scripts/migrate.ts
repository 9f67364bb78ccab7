// npm run db:migrate: applies the kit's pending migrations to the database the environment names
// (DATABASE_URL, or the embedded PGlite database), each in its own transaction. Safe to run again.
import { migrateDatabase } from "../server/db/migrations";
import { createDatabase, type Database } from "../server/db/database";

let database: Database | undefined;
try {
  database = createDatabase();
  const { applied, alreadyApplied } = await migrateDatabase(database);
  const names = applied.length ? ` (${applied.join(", ")})` : "";
  console.log(`${database.description}: applied ${applied.length} migration(s)${names}, ${alreadyApplied.length} already applied.`);
} catch (error) {
  console.error(`db:migrate failed. ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database?.close().catch(() => {});
}
