import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DatabaseConnectionError } from "../errors";


function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is one process's database: two processes opening the same data directory corrupt it. Claims
 * the directory for this process, or explains who holds it. Returns the release function.
 */
export function claimPgliteDirectory(dataDir: string): () => void {
  // Beside the directory, not in it: PGlite wants its data directory to itself.
  const lockPath = `${path.resolve(dataDir)}.lock`;
  let holder: number | null = null;
  try {
    holder = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
  } catch {
    // no lock yet
  }
  if (holder && holder !== process.pid && isRunning(holder)) {
    throw new DatabaseConnectionError(
      `The embedded database at ${dataDir} is already open in process ${holder}; PGlite serves one process at a time. Stop that process (the dev server, a seed) and try again, or set DATABASE_URL to use PostgreSQL.`,
    );
  }
  writeFileSync(lockPath, String(process.pid));
  const release = () => {
    try {
      if (Number.parseInt(readFileSync(lockPath, "utf8"), 10) === process.pid) rmSync(lockPath, { force: true });
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}
