import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type DatabaseTarget, describeTarget, IN_MEMORY, resolveDatabaseTarget } from "./database-target";
import { createPglitePrisma, createPostgresPrisma, type PrismaClient } from "./prisma-client";
import { claimPgliteDirectory } from "./pglite-lock";
import { connectPostgres, pgliteConnection, type SqlConnection } from "./sql-connection";

/** One database the kit talks to: a Prisma client, plus raw SQL for migrations and checks. */
export interface Database {
  readonly target: DatabaseTarget;
  readonly description: string;
  readonly prisma: PrismaClient;
  /** A raw SQL connection; close it when done (for PGlite it shares the one embedded instance). */
  connectSql(): Promise<SqlConnection>;
  /**
   * One parameterised statement on the shared pool, prepared once per connection under `name`:
   * for hot paths (the session lookup) where Prisma's per-query overhead would dominate.
   */
  query<Row>(name: string, text: string, values: unknown[]): Promise<Row[]>;
  /** The embedded PGlite instance, opened and ready (PGlite targets only; see serveEmbeddedDatabase). */
  embedded?: () => Promise<PGlite>;
  close(): Promise<void>;
}

/**
 * An object that becomes `create()` on first use. Importing the app's modules (as `next build` does in
 * several workers at once) then opens nothing: no PGlite data directory, no connection pool.
 */
function onFirstUse<T extends object>(create: () => T): { value: T; created: () => T | undefined } {
  let instance: T | undefined;
  const value = new Proxy({} as T, {
    get(_target, property) {
      instance ??= create();
      const member = Reflect.get(instance, property, instance);
      return typeof member === "function" ? member.bind(instance) : member;
    },
  });
  return { value, created: () => instance };
}

/** Opens the database the environment names (see resolveDatabaseTarget). Nothing connects until used. */
export function createDatabase(target: DatabaseTarget = resolveDatabaseTarget()): Database {
  const description = describeTarget(target);

  if (target.kind === "postgres") {
    // Prisma keeps its own pool; this small one serves the kit's prepared hot-path statements.
    const pool = onFirstUse(() => {
      const created = new pg.Pool({ connectionString: target.url, max: 10 });
      // An idle connection the server ends (a restart, a failover, pg_terminate_backend) is reported
      // here; without a listener it would crash the process. The pool opens a new one when next needed.
      created.on("error", (error) => console.warn(`[session-kit] ${description}: an idle connection ended (${error.message}); the next query opens a new one.`));
      return created;
    });
    const prisma = onFirstUse(() => createPostgresPrisma(target.url));
    return {
      target,
      description,
      prisma: prisma.value,
      connectSql: () => connectPostgres(target.url),
      query: async <Row>(name: string, text: string, values: unknown[]) =>
        (await pool.value.query({ name, text, values })).rows as Row[],
      close: async () => {
        await prisma.created()?.$disconnect();
        await pool.created()?.end();
      },
    };
  }

  let pglite: PGlite | undefined;
  let release = async () => {};
  const openPglite = () => {
    if (!pglite) {
      if (target.dataDir === IN_MEMORY) {
        const own = new PGlite();
        pglite = own;
        release = () => own.close();
      } else {
        ({ pglite, release } = shareDirectory(target.dataDir));
      }
    }
    return pglite;
  };
  // The client itself is created now (nothing opens); PGlite opens on the first query.
  const prisma = createPglitePrisma(openPglite);
  return {
    target,
    description,
    prisma,
    connectSql: async () => pgliteConnection(openPglite(), description),
    query: async <Row>(_name: string, text: string, values: unknown[]) => (await openPglite().query<Row>(text, values)).rows,
    embedded: async () => {
      const opened = openPglite();
      await opened.waitReady;
      return opened;
    },
    close: async () => {
      await prisma.$disconnect();
      await release();
      pglite = undefined;
      release = async () => {};
    },
  };
}

/** The PGlite instances this process has open, by data directory: on globalThis, so every copy of this module finds them. */
const openDirectories: Map<string, { pglite: PGlite; users: number; unlock: () => void }> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for("session-kit.pglite-directories")
] ??= new Map()) as Map<string, { pglite: PGlite; users: number; unlock: () => void }>;

/**
 * One PGlite per data directory per process. A Next.js server bundles the app's `lib/kit.ts` once per
 * route (a page and the auth route handler each get their own copy), so `createDatabase()` runs more
 * than once; two PGlite instances on one directory would each keep their own view of it (the page would
 * never see the session the route handler just wrote) and overwrite each other's files. The last
 * `close()` closes it.
 */
function shareDirectory(dataDir: string): { pglite: PGlite; release: () => Promise<void> } {
  const key = path.resolve(dataDir);
  let open = openDirectories.get(key);
  if (!open) {
    mkdirSync(key, { recursive: true });
    const unlock = claimPgliteDirectory(key);
    open = { pglite: new PGlite(key), users: 0, unlock };
    openDirectories.set(key, open);
  }
  open.users += 1;
  const shared = open;
  let released = false;
  return {
    pglite: shared.pglite,
    release: async () => {
      if (released) return;
      released = true;
      shared.users -= 1;
      if (shared.users > 0) return;
      openDirectories.delete(key);
      await shared.pglite.close();
      shared.unlock();
    },
  };
}
