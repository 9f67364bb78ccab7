import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { itOnPostgres } from "../../test-utils/postgres-only";
import { testBackends, type TestDatabase } from "../../test-utils/databases";

const postgres = testBackends().find((backend) => backend.name === "postgres");

// node-postgres emits an idle connection's failure on its pool; with no listener that is an uncaught
// exception, which would take the app down when PostgreSQL restarts or ends a connection.
describe("the query pool when PostgreSQL ends an idle connection", () => {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await postgres?.create();
  });
  afterAll(() => db?.dispose());
  const dbOrThrow = () => {
    if (!db) throw new Error("no PostgreSQL test database");
    return db;
  };

  itOnPostgres("keeps the process up and answers the next query on a new connection", "the embedded database has no connection for a server to end", async () => {
    const db = dbOrThrow();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const [before] = await db.query<{ pid: number }>("backend_pid", "SELECT pg_backend_pid() AS pid", []);
    const admin = new pg.Client({ connectionString: (db.target as { url: string }).url });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend($1)", [before!.pid]);
    await admin.end();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining("an idle connection ended")));
    const [after] = await db.query<{ pid: number }>("backend_pid", "SELECT pg_backend_pid() AS pid", []);
    expect(after!.pid).not.toBe(before!.pid);
    warn.mockRestore();
  });
});
