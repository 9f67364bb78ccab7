import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { describeTarget } from "./database-target";
import { DatabaseConnectionError } from "../errors";

/** The few SQL operations the migrator and tests need, over either backend. */
export interface SqlConnection {
  readonly description: string;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}


const CONNECTION_HINTS: Record<string, string> = {
  ECONNREFUSED: "nothing is listening there. Start PostgreSQL, fix DATABASE_URL, or unset it to use the embedded PGlite database",
  ENOTFOUND: "the host name does not resolve. Fix the host in DATABASE_URL",
  ETIMEDOUT: "the connection timed out. Check the host and port in DATABASE_URL",
  "3D000": "the database does not exist. Create it (createdb) or fix the database name in DATABASE_URL",
  "28P01": "the password was rejected. Fix the credentials in DATABASE_URL",
  "28000": "the role is not allowed to connect. Fix the user in DATABASE_URL",
};

export function explainConnectionError(error: unknown, description: string): DatabaseConnectionError {
  const code = (error as { code?: string } | null)?.code ?? "";
  const hint = CONNECTION_HINTS[code] ?? (error instanceof Error ? error.message : String(error));
  return new DatabaseConnectionError(`Cannot connect to ${description}: ${hint}.`, { cause: error });
}

export function pgliteConnection(db: PGlite, description = "embedded PGlite"): SqlConnection {
  return {
    description,
    async query(sql, params) {
      return (await db.query(sql, params)).rows as never[];
    },
    async exec(sql) {
      await db.exec(sql);
    },
    async close() {
      // The caller owns the PGlite instance (Prisma may share it).
    },
  };
}

export async function connectPostgres(url: string): Promise<SqlConnection> {
  const description = describeTarget({ kind: "postgres", url });
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw explainConnectionError(error, description);
  }
  return {
    description,
    async query(sql, params) {
      return (await client.query(sql, params as unknown[])).rows;
    },
    async exec(sql) {
      await client.query(sql);
    },
    async close() {
      await client.end();
    },
  };
}
