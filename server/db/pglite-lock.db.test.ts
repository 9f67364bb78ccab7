import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabase } from "./database";
import { migrateDatabase } from "./migrations";

describe("the embedded database's one-process lock", () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "kit-pglite-")), "pglite");
    dirs.push(path.dirname(dir));
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a data directory another live process holds, naming it and the fix", async () => {
    const dir = freshDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    writeFileSync(`${dir}.lock`, String(other.pid));
    const database = createDatabase({ kind: "pglite", dataDir: dir });
    await expect(migrateDatabase(database)).rejects.toThrow(
      `The embedded database at ${dir} is already open in process ${other.pid}; PGlite serves one process at a time.`,
    );
    other.kill();
  });

  it("takes over a lock left by a process that has exited, and releases it on close", async () => {
    const dir = freshDir();
    writeFileSync(`${dir}.lock`, "2147483646");
    const database = createDatabase({ kind: "pglite", dataDir: dir });
    const { applied } = await migrateDatabase(database);
    expect(applied).toHaveLength(1);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    await database.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
