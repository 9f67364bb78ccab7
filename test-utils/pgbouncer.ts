// A PgBouncer of the suite's own, in transaction mode, on a free loopback port, in front of a PostgreSQL
// server: Debian's package (1.18, which keeps no named prepared statements in that mode), installed with
// apt-get when it is missing, as scripts/chromium.mjs does for the browser.
import { type ChildProcess, type ExecFileSyncOptions, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { onFreePort } from "./free-port";
import os from "node:os";
import path from "node:path";

const BINARY = "/usr/sbin/pgbouncer";

/** Installs Debian's pgbouncer when it is missing; throws naming what to do when it cannot. */
export function ensurePgBouncer(): string {
  if (existsSync(BINARY)) return BINARY;
  if (process.platform !== "linux" || process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    throw new Error("PgBouncer is not installed and cannot be installed here: apt-get install pgbouncer (Debian's package) as root.");
  }
  const quiet: ExecFileSyncOptions = { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
  execFileSync("apt-get", ["update", "-qq"], quiet);
  execFileSync("apt-get", ["install", "-y", "-qq", "pgbouncer"], quiet);
  if (!existsSync(BINARY)) throw new Error(`apt-get installed pgbouncer, but ${BINARY} is missing.`);
  return BINARY;
}


const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

export interface PgBouncer {
  /** `url` with its host and port replaced by the pooler's. */
  urlFor(url: string): string;
  stop(): Promise<void>;
}

/**
 * Starts PgBouncer in transaction mode before the PostgreSQL server at `server` (host:port of a URL),
 * with `poolSize` server connections per database, so clients share them statement by statement.
 */
export async function startPgBouncer(server: string, { poolSize = 4 } = {}): Promise<PgBouncer> {
  const binary = ensurePgBouncer();
  const target = new URL(server);
  return onFreePort(async (port) => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "session-kit-pgbouncer-"));
    writeFileSync(
      path.join(directory, "pgbouncer.ini"),
      `[databases]
* = host=${target.hostname} port=${target.port || 5432} user=${decodeURIComponent(target.username || "postgres")}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = any
pool_mode = transaction
default_pool_size = ${poolSize}
max_client_conn = 500
ignore_startup_parameters = extra_float_digits,options
logfile = ${directory}/pgbouncer.log
pidfile = ${directory}/pgbouncer.pid
`,
    );
    // PgBouncer will not run as root: it runs as the postgres user, which must read its folder.
    chmodSync(directory, 0o777);
    const asRoot = process.getuid?.() === 0;
    const child: ChildProcess = spawn(binary, [...(asRoot ? ["-u", "postgres"] : []), path.join(directory, "pgbouncer.ini")], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    const log = () => `${output}${existsSync(path.join(directory, "pgbouncer.log")) ? readFileSync(path.join(directory, "pgbouncer.log"), "utf8") : ""}`;
    for (let attempt = 0; !(await listening(port)); attempt++) {
      if (child.exitCode !== null || attempt > 100) {
        child.kill("SIGKILL");
        const failure = new Error(`PgBouncer did not start on port ${port}:\n${log()}`);
        rmSync(directory, { recursive: true, force: true });
        throw failure;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return {
      urlFor(url) {
        const through = new URL(url);
        through.hostname = "127.0.0.1";
        through.port = String(port);
        return through.href;
      },
      async stop() {
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGTERM");
          await exited;
        }
        rmSync(directory, { recursive: true, force: true });
      },
    };
  });
}
