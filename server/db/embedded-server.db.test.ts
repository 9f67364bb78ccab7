import pg from "pg";
import { createDatabase } from "./database";
import { IN_MEMORY } from "./database-target";
import { type EmbeddedDatabaseServer, serveEmbeddedDatabase } from "./embedded-server";
import { migrateDatabase } from "./migrations";
import { createPostgresPrisma } from "./prisma-client";

describe("serveEmbeddedDatabase", () => {
  const database = createDatabase({ kind: "pglite", dataDir: IN_MEMORY });
  let server: EmbeddedDatabaseServer;

  beforeAll(async () => {
    await migrateDatabase(database);
    server = await serveEmbeddedDatabase(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it("lets a PostgreSQL client and Prisma over pg read and write the app's embedded database", async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(`INSERT INTO "user" (id, name, email, "emailVerified", "createdAt", "updatedAt") VALUES ($1, $2, $3, false, now(), now())`, ["u1", "Ada", "ada@example.com"]);
    // Named prepared statements work too (pg prepares them on this connection).
    const named = await client.query({ name: "by_email", text: `SELECT name FROM "user" WHERE email = $1`, values: ["ada@example.com"] });
    expect(named.rows).toEqual([{ name: "Ada" }]);
    await client.end();
    // Once it has gone, another connection can prepare the same name again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = new pg.Client({ connectionString: server.url });
    await again.connect();
    expect((await again.query({ name: "by_email", text: `SELECT email FROM "user" WHERE name = $1`, values: ["Ada"] })).rows).toEqual([{ email: "ada@example.com" }]);
    await again.end();
    // The app's own client sees the row; Prisma through the socket sees the app's writes.
    expect(await database.prisma.user.findUnique({ where: { id: "u1" }, select: { name: true } })).toEqual({ name: "Ada" });
    await database.prisma.user.update({ where: { id: "u1" }, data: { name: "Ada Lovelace" } });
    const remote = createPostgresPrisma(server.url);
    expect(await remote.user.findUniqueOrThrow({ where: { id: "u1" } }).then((user) => user.name)).toBe("Ada Lovelace");
    expect(await remote.user.count()).toBe(1);
    await remote.$disconnect();
  });

  it("keeps a client's transaction whole: the app's queries wait for its COMMIT", async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query("BEGIN");
    await client.query(`UPDATE "user" SET name = 'inside' WHERE id = 'u1'`);
    let appRead: string | undefined;
    const reading = database.prisma.user.findUniqueOrThrow({ where: { id: "u1" } }).then((user) => (appRead = user.name));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(appRead).toBeUndefined(); // not run inside the client's open transaction
    await client.query("COMMIT");
    await reading;
    expect(appRead).toBe("inside");
    await client.end();
  });

  it("rolls back a transaction whose client goes away, and serves the next client", async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query("BEGIN");
    await client.query(`UPDATE "user" SET name = 'half-written' WHERE id = 'u1'`);
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await client.end().catch(() => {});
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: "u1" } })).name).toBe("inside");
    const next = new pg.Client({ connectionString: server.url });
    await next.connect();
    expect((await next.query(`SELECT count(*)::int AS n FROM "user"`)).rows).toEqual([{ n: 1 }]);
    await next.end();
  });

  it("refuses a non-loopback host and a PostgreSQL database, naming the problem", async () => {
    await expect(serveEmbeddedDatabase(database, { host: "0.0.0.0" })).rejects.toThrow(/loopback only.*"0\.0\.0\.0"/);
    const postgres = createDatabase({ kind: "postgres", url: "postgresql://root@127.0.0.1:5432/postgres" });
    await expect(serveEmbeddedDatabase(postgres)).rejects.toThrow(/serves the embedded PGlite database; this one is PostgreSQL at 127\.0\.0\.1:5432\/postgres/);
  });
});
