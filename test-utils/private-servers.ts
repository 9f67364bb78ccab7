// Servers a suite starts for itself, on their own data directory and loopback port, so it can stop and
// restart them without touching the machine's shared PostgreSQL and Redis: Debian's PostgreSQL binaries
// (initdb and pg_ctl, run as the `postgres` user when the suite runs as root) and redis-server.
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onFreePort } from "./free-port";

/** The newest PostgreSQL server installed by Debian's packages (/usr/lib/postgresql/<version>/bin). */
function postgresBinaries(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(path.join(root, name, "bin", "pg_ctl"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`No PostgreSQL server binaries under ${root}: apt-get install postgresql (Debian's package).`);
  return path.join(root, newest, "bin");
}

export interface PrivatePostgres {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /**
   * Stops the server cleanly (fast mode: open connections are ended), keeps it down `downForMs`, and
   * starts it again; resolves when it accepts connections, with when it had stopped (pg_ctl stop
   * returned) and when its start began: between the two, nothing can reach it.
   */
  restart(downForMs?: number): Promise<{ stoppedAt: number; startingAt: number }>;
  stop(): Promise<void>;
}

/** A PostgreSQL server of the suite's own: a fresh cluster in a temporary directory, trust auth, one loopback port. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinaries();
  const directory = mkdtempSync(path.join(os.tmpdir(), "session-kit-postgres-"));
  const dataDir = path.join(directory, "data");
  // PostgreSQL refuses to run as root: as root, the cluster belongs to `postgres` and its tools run as it.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }));
    chownSync(directory, id("-u"), id("-g"));
  }
  // Asynchronous: the suite's load keeps running while the server stops and starts.
  const run = (tool: string, args: string[]) =>
    promisify(execFile)(asRoot ? "runuser" : path.join(bin, tool), asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args, { encoding: "utf8" });
  await run("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "--no-instructions"]);
  const startOn = (port: number) => {
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${directory} -c max_connections=200`;
    return run("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(directory, "log"), "-w", "-t", "60", "start"]);
  };
  const port = await onFreePort(async (port) => (await startOn(port), port));
  const start = () => startOn(port);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async restart(downForMs = 0) {
      await run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]);
      const stoppedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, downForMs));
      const startingAt = Date.now();
      await start();
      return { stoppedAt, startingAt };
    },
    async stop() {
      try {
        await run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  };
}

export interface PrivateRedis {
  /** redis://127.0.0.1:<port> */
  url: string;
  /** Stops the server (SIGTERM: it writes its append-only file first, as a clean shutdown does). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data; resolves when it answers PING. */
  start(): Promise<void>;
  /** Runs one redis-cli command against it (e.g. CLIENT KILL TYPE normal). */
  command(...args: string[]): string;
  /** Stops it for good and removes its data. */
  dispose(): Promise<void>;
}

/** A redis-server of the suite's own, with an append-only file so what it holds survives a restart. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  for (const binary of ["redis-server", "redis-cli"]) {
    try {
      execFileSync("sh", ["-c", `command -v ${binary}`], { stdio: "ignore" });
    } catch {
      throw new Error(`${binary} is not installed: apt-get install redis-server (Debian's package; .ci/run does it).`);
    }
  }
  const directory = mkdtempSync(path.join(os.tmpdir(), "session-kit-redis-"));
  try {
    return await onFreePort(async (port) => {
      const redis = privateRedisOn(port, directory);
      try {
        await redis.start();
      } catch (error) {
        await redis.stop(); // one that started but never answered
        throw error;
      }
      return redis;
    });
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}

/** The server behind startPrivateRedis, on a chosen port and data directory (not started yet). */
function privateRedisOn(port: number, directory: string): PrivateRedis {
  let child: ChildProcess | undefined;
  const command = (...args: string[]) => execFileSync("redis-cli", ["-h", "127.0.0.1", "-p", String(port), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  const redis: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    command,
    async start() {
      const started = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", directory, "--save", "", "--appendonly", "yes", "--appendfsync", "always"], { stdio: "ignore" });
      child = started;
      const deadline = Date.now() + 10_000;
      for (;;) {
        if (started.exitCode !== null) throw new Error(`redis-server exited early (code ${started.exitCode}) on port ${port}`);
        try {
          if (command("ping") === "PONG") return;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} within 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null) return;
      running.kill("SIGTERM");
      await new Promise((resolve) => (running.exitCode !== null ? resolve(null) : running.once("exit", resolve)));
    },
    async dispose() {
      await redis.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
  return redis;
}
