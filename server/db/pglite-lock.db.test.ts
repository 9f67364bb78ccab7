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
    expect(applied).toContain("20261128000000_init");
    expect(existsSync(`${dir}.lock`)).toBe(true);
    await database.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  // A Next.js server holds one copy of the app's lib/kit.ts per route (a page, the auth route handler),
  // so createDatabase() runs more than once in one process on one directory.
  it("shares one PGlite between the databases one process opens on a directory: each sees the other's writes, the last close closes", async () => {
    const dir = freshDir();
    const routeHandler = createDatabase({ kind: "pglite", dataDir: dir });
    const page = createDatabase({ kind: "pglite", dataDir: `${dir}/../pglite` }); // the same directory, spelled otherwise
    await migrateDatabase(routeHandler);
    expect(await page.query("count", 'SELECT count(*)::int AS n FROM "user"', [])).toEqual([{ n: 0 }]);
    await routeHandler.prisma.user.create({ data: { id: "u1", name: "Ada", email: "ada@example.com", emailVerified: false, createdAt: new Date(), updatedAt: new Date() } });
    expect(await page.query("count", 'SELECT count(*)::int AS n FROM "user"', [])).toEqual([{ n: 1 }]);

    await routeHandler.close();
    expect(existsSync(`${dir}.lock`)).toBe(true); // still open for the page
    expect(await page.query("count", 'SELECT count(*)::int AS n FROM "user"', [])).toEqual([{ n: 1 }]);
    await page.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);

    // Opened again afterwards, from the files: the row was written to disk.
    const again = createDatabase({ kind: "pglite", dataDir: dir });
    expect(await again.query("count", 'SELECT count(*)::int AS n FROM "user"', [])).toEqual([{ n: 1 }]);
    await again.close();
  });
});
