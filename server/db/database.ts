import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { type DatabaseTarget, describeTarget, IN_MEMORY, resolveDatabaseTarget } from "./database-target";
import { applyMigrations, type MigrationResult } from "./migrations";
import { createPglitePrisma, createPostgresPrisma, type PrismaClient } from "./prisma-client";
import { connectPostgres, pgliteConnection, type SqlConnection } from "./sql-connection";

/** One database the kit talks to: a Prisma client, plus raw SQL for migrations and checks. */
export interface Database {
  readonly target: DatabaseTarget;
  readonly description: string;
  readonly prisma: PrismaClient;
  /** A raw SQL connection; close it when done (for PGlite it shares the one embedded instance). */
  connectSql(): Promise<SqlConnection>;
  /** Applies the kit's pending migrations; idempotent. */
  migrate(): Promise<MigrationResult>;
  close(): Promise<void>;
}

/** Opens the database the environment names (see resolveDatabaseTarget). Connections are lazy. */
export function createDatabase(target: DatabaseTarget = resolveDatabaseTarget()): Database {
  const description = describeTarget(target);
  let prisma: PrismaClient;
  let connectSql: () => Promise<SqlConnection>;
  let closeBackend: () => Promise<void>;

  if (target.kind === "postgres") {
    prisma = createPostgresPrisma(target.url);
    connectSql = () => connectPostgres(target.url);
    closeBackend = async () => {};
  } else {
    if (target.dataDir !== IN_MEMORY) mkdirSync(target.dataDir, { recursive: true });
    const pglite = target.dataDir === IN_MEMORY ? new PGlite() : new PGlite(target.dataDir);
    prisma = createPglitePrisma(pglite);
    connectSql = async () => pgliteConnection(pglite, description);
    closeBackend = () => pglite.close();
  }

  return {
    target,
    description,
    prisma,
    connectSql,
    async migrate() {
      const sql = await connectSql();
      try {
        return await applyMigrations(sql);
      } finally {
        await sql.close();
      }
    },
    async close() {
      await prisma.$disconnect();
      await closeBackend();
    },
  };
}
