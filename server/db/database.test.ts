import { describe, expect, it } from "vitest";
import { createDatabase } from "./database";
import { migrateDatabase } from "./migrations";
import { describeTarget, resolveDatabaseTarget } from "./database-target";
import { DatabaseConfigError } from "../errors";
import { connectPostgres } from "./sql-connection";
import { DatabaseConnectionError } from "../errors";

describe("resolveDatabaseTarget", () => {
  it("uses the embedded PGlite database when DATABASE_URL is unset", () => {
    expect(resolveDatabaseTarget({})).toEqual({ kind: "pglite", dataDir: expect.stringMatching(/\.data\/pglite$/) });
    expect(resolveDatabaseTarget({ DATABASE_URL: "  " }).kind).toBe("pglite");
    expect(resolveDatabaseTarget({ PGLITE_DATA_DIR: "memory://" })).toEqual({ kind: "pglite", dataDir: "memory://" });
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    const url = "postgresql://root@127.0.0.1:5432/test";
    expect(resolveDatabaseTarget({ DATABASE_URL: url })).toEqual({ kind: "postgres", url });
    expect(resolveDatabaseTarget({ DATABASE_URL: "postgres://db/app" }).kind).toBe("postgres");
  });

  it("names the variable and the fix for a URL that is not PostgreSQL", () => {
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "mysql://root@localhost/app" })).toThrow(DatabaseConfigError);
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "mysql://root@localhost/app" })).toThrow(
      /DATABASE_URL must be a PostgreSQL URL.*unset DATABASE_URL to use the embedded PGlite/,
    );
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL is not a valid URL/);
  });

  it("never puts a password into a description", () => {
    const description = describeTarget({ kind: "postgres", url: "postgresql://app:s3cret@db.internal:5432/app" });
    expect(description).toBe("PostgreSQL at db.internal:5432/app");
  });
});

describe("connection errors", () => {
  it("explains an unreachable PostgreSQL server and how to fix it", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const attempt = connectPostgres("postgresql://root:pw@127.0.0.1:1/app");
    await expect(attempt).rejects.toThrow(DatabaseConnectionError);
    await expect(connectPostgres("postgresql://root:pw@127.0.0.1:1/app")).rejects.toThrow(
      "Cannot connect to PostgreSQL at 127.0.0.1:1/app: nothing is listening there. Start PostgreSQL, fix DATABASE_URL, or unset it to use the embedded PGlite database.",
    );
  });

  it("fails a migration against an unreachable server without half-doing anything", async () => {
    const database = createDatabase({ kind: "postgres", url: "postgresql://root@127.0.0.1:1/app" });
    await expect(migrateDatabase(database)).rejects.toThrow(/Cannot connect to PostgreSQL at 127.0.0.1:1\/app/);
    await database.close();
  });
});
