// The database entry (`session-kit/database`): no Next.js imports, so plain Node scripts (migrations,
// seeds) can use it. Names listed one by one.
export { createDatabase, type Database } from "./database";
export { type EmbeddedDatabaseServer, serveEmbeddedDatabase } from "./embedded-server";
export { type DatabaseTarget, describeTarget, resolveDatabaseTarget } from "./database-target";
export { applyMigrations, KIT_MIGRATIONS_DIR, type Migration, type MigrationResult, migrateDatabase, readMigrations } from "./migrations";
export { type SqlConnection } from "./sql-connection";
export { DatabaseConfigError, DatabaseConnectionError, MigrationError } from "../errors";
