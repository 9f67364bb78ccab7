import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seed } from "../demo/scripts/seed";
import { childEnvironment } from "./child-environment";
import { createDatabase } from "../server/db/database";
import { migrateDatabase } from "../server/db/migrations";
import { postgresBackend, testBackends, type TestDatabase } from "../test-utils/databases";
import { type PgWireProxy, startPgWireProxy } from "./pg-wire-proxy";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The demo app's folder (`npm run demo:build` writes its build to demo/.next). */
export const DEMO_DIR = path.join(ROOT, "demo");
export const DEMO_PASSWORD = "password1234";
/** Which build the tests start: the Cache Components one when DEMO_CACHE_COMPONENTS=1 (its own folder), else the dynamic one. */
export const DEMO_BUILD_DIR = path.join(DEMO_DIR, process.env.DEMO_CACHE_COMPONENTS === "1" ? ".next-cache-components" : ".next");

export interface DemoApp {
  url: string;
  /** The demo's database, reachable from the test process (on PGlite: served by the demo itself). */
  database: TestDatabase;
  /** Which database the demo serves from: PostgreSQL with DATABASE_URL, else embedded PGlite. */
  databaseKind: "postgres" | "pglite";
  /**
   * Between the app and PostgreSQL: counts statements, can cut the database off. PostgreSQL only: the
   * embedded database lives inside the demo's process, with no connection to count or cut.
   */
  wire: PgWireProxy | undefined;
  /** The `next start` process (for its memory). */
  pid: number;
  /** The database and secret the process was started with, for another instance `alongside` it. */
  shared: { DATABASE_URL?: string; BETTER_AUTH_SECRET: string };
  output(): string;
  stop(): Promise<void>;
}


/**
 * The database the demo runs against when DATABASE_URL is unset: PGlite, like `npm run dev`. The demo
 * serves it on a port the system picks (EMBEDDED_DATABASE_PORT=0) and names it in its log; `connect`
 * then reaches it from the test process.
 */
async function embeddedDemoDatabase() {
  const directory = await mkdtemp(path.join(os.tmpdir(), "session-kit-demo-"));
  const dataDir = path.join(directory, "pglite");
  const setUp = createDatabase({ kind: "pglite", dataDir });
  await migrateDatabase(setUp);
  await seed(setUp);
  await setUp.close(); // the demo opens it next; PGlite serves one process
  return {
    env: { PGLITE_DATA_DIR: dataDir, EMBEDDED_DATABASE_PORT: "0" },
    connect(url: string): TestDatabase {
      const served = createDatabase({ kind: "postgres", url });
      return {
        ...served,
        async dispose() {
          await served.close();
          await rm(directory, { recursive: true, force: true });
        },
      };
    },
    discard: () => rm(directory, { recursive: true, force: true }),
  };
}

/**
 * Starts the production build of the demo (`npm run build` first) on a free port. With DATABASE_URL:
 * against a fresh, migrated and seeded PostgreSQL database reached through a statement-counting wire
 * proxy. Without: on a fresh embedded PGlite database, which the demo also serves on a loopback port
 * so the tests can read and change it.
 */
export async function startDemoApp(
  env: Record<string, string> = {},
  {
    countStatements = true,
    through,
    alongside,
    server,
  }: {
    countStatements?: boolean;
    through?: (databaseUrl: string) => string;
    /** Another instance of the demo on the same database with the same secret (PostgreSQL only). */
    alongside?: DemoApp;
    /** The PostgreSQL server to make the demo's database on, instead of DATABASE_URL's (a suite's own server). */
    server?: string;
  } = {},
): Promise<DemoApp> {
  const postgres = server ? postgresBackend(server) : testBackends().find((backend) => backend.name === "postgres");
  let database: TestDatabase | undefined;
  let embedded: Awaited<ReturnType<typeof embeddedDemoDatabase>> | undefined;
  let wire: PgWireProxy | undefined;
  let databaseEnv: Record<string, string>;
  if (alongside) {
    if (!postgres || !alongside.shared.DATABASE_URL) throw new Error("startDemoApp({ alongside }) needs PostgreSQL (DATABASE_URL): the embedded database lives in one demo's process.");
    database = alongside.database;
    // through: this instance reaches the same database another way (straight, or through a pooler).
    databaseEnv = { DATABASE_URL: through ? through((database.target as { url: string }).url) : alongside.shared.DATABASE_URL };
  } else if (postgres) {
    database = await postgres.create();
    await seed(database);
    // countStatements false (load tests): straight to the database, no counting proxy in between.
    wire = countStatements ? await startPgWireProxy((database.target as { url: string }).url) : undefined;
    // through: the app reaches the database by another way (a pooler in front of it).
    const url = wire?.url ?? (database.target as { url: string }).url;
    databaseEnv = { DATABASE_URL: through ? through(url) : url };
  } else {
    embedded = await embeddedDemoDatabase();
    databaseEnv = embedded.env;
  }
  let log = "";
  const secret = alongside?.shared.BETTER_AUTH_SECRET ?? randomBytes(32).toString("base64");
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "demo", "-p", "0", "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: childEnvironment(
      {
        NODE_ENV: "production",
        BETTER_AUTH_SECRET: secret,
        DEMO_RATE_LIMIT: "off",
        ...databaseEnv,
        ...env,
      },
      postgres ? [] : ["DATABASE_URL"],
    ),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  // Port 0 for the app (and for the embedded database): the system picks free ones and the demo names
  // them in its log, so no other suite's process can take a port between a probe and the listen.
  const failed = async (reason: string) => {
    // The process ends first, then what it used (its database, data directory) goes.
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await wire?.close();
    if (database && !alongside) await database.dispose();
    await embedded?.discard();
    return new Error(`${reason}:\n${log}`);
  };
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  let servedDatabase: string | undefined;
  for (;;) {
    if (child.exitCode !== null) throw await failed("next start exited early");
    url ??= /- Local:\s+(http:\/\/127\.0\.0\.1:\d+)/u.exec(log)?.[1];
    servedDatabase ??= /embedded database served at (postgresql:\/\/\S+)/u.exec(log)?.[1];
    try {
      if (url && (!embedded || servedDatabase) && (await fetch(`${url}/`, { redirect: "manual" })).status < 500) break;
    } catch {
      // not answering yet
    }
    if (Date.now() > deadline) {
      throw await failed(url && embedded && !servedDatabase ? "The demo did not log the URL of its embedded database within 60 s" : "next start did not answer within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const appDatabase = embedded ? embedded.connect(servedDatabase!) : database!;
  return {
    url,
    database: appDatabase,
    databaseKind: postgres ? "postgres" : "pglite",
    wire,
    pid: child.pid!,
    shared: { DATABASE_URL: databaseEnv.DATABASE_URL, BETTER_AUTH_SECRET: secret },
    output: () => log,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      if (alongside) return; // the first instance owns the database
      await wire?.close();
      await appDatabase.dispose();
    },
  };
}
