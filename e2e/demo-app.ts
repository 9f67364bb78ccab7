import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { seed } from "../scripts/seed";
import { childEnvironment } from "./child-environment";
import { testBackends, type TestDatabase } from "../server/db/testing";
import { type PgWireProxy, startPgWireProxy } from "./pg-wire-proxy";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEMO_PASSWORD = "password1234";

export interface DemoApp {
  url: string;
  database: TestDatabase;
  /** Between the app and PostgreSQL: counts statements, can cut the database off. */
  wire: PgWireProxy;
  /** The `next start` process (for its memory). */
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the production build of the demo (`npm run build` first) on a free port, against a fresh,
 * migrated and seeded PostgreSQL database reached through a statement-counting wire proxy.
 */
export async function startDemoApp(env: Record<string, string> = {}): Promise<DemoApp> {
  const postgres = testBackends().find((backend) => backend.name === "postgres");
  if (!postgres) throw new Error("The demo end-to-end tests need PostgreSQL: set DATABASE_URL.");
  const database = await postgres.create();
  await seed(database);
  const databaseUrl = (database.target as { url: string }).url;
  const wire = await startPgWireProxy(databaseUrl);
  const port = await freePort();
  let log = "";
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: childEnvironment({
      NODE_ENV: "production",
      DATABASE_URL: wire.url,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64"),
      DEMO_RATE_LIMIT: "off",
      ...env,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log}`);
    try {
      const response = await fetch(`${url}/`, { redirect: "manual" });
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    database,
    wire,
    pid: child.pid!,
    output: () => log,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      await wire.close();
      await database.dispose();
    },
  };
}
