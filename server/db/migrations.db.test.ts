import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, type Migration, readMigrations } from "./migrations";
import { MigrationError } from "../errors";
import { testBackends, type TestDatabase } from "../../test-utils/databases";

const SCALAR_SQL_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
  Int: "integer",
  BigInt: "bigint",
};

/** The scalar fields of each model in prisma/schema.prisma, keyed by table name. */
function schemaTables(): Map<string, { name: string; type: string; nullable: boolean }[]> {
  const source = readFileSync(fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url)), "utf8");
  const tables = new Map<string, { name: string; type: string; nullable: boolean }[]>();
  for (const [, model, body] of source.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const table = body!.match(/@@map\("(\w+)"\)/)?.[1] ?? model!;
    const fields = [...body!.matchAll(/^\s+(\w+)\s+(\w+)(\??)(\[\])?/gm)]
      .filter(([, , type, , list]) => type! in SCALAR_SQL_TYPES && !list)
      .map(([, name, type, optional]) => ({ name: name!, type: type!, nullable: optional === "?" }));
    tables.set(table, fields);
  }
  return tables;
}

describe.each(testBackends())("migrations on $name", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await backend.create();
  });
  afterAll(() => db?.dispose());

  it("creates every model and field of the Prisma schema with the same type and nullability", async () => {
    const sql = await db.connectSql();
    const columns = await sql.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
      `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'`,
    );
    await sql.close();
    const expected = schemaTables();
    expect([...expected.keys()].sort()).toEqual(
      ["account", "invitation", "member", "organization", "rateLimit", "session", "user", "verification"],
    );
    const actual = columns
      .map((c) => `${c.table_name}.${c.column_name} ${c.data_type} ${c.is_nullable === "YES" ? "null" : "not null"}`)
      .sort();
    const fromSchema = [...expected].flatMap(([table, fields]) =>
      fields.map((f) => `${table}.${f.name} ${SCALAR_SQL_TYPES[f.type]} ${f.nullable ? "null" : "not null"}`),
    );
    expect(actual).toEqual(fromSchema.sort());
  });

  it("round-trips a create and a read of every model through the generated client", async () => {
    const { prisma } = db;
    const now = new Date("2026-01-02T03:04:05.000Z");
    const user = await prisma.user.create({
      data: { id: "u1", name: "Ada Lovelace", email: "ada@example.com", role: "user" },
    });
    await prisma.session.create({
      data: { id: "s1", token: "t1", userId: user.id, expiresAt: now, activeOrganizationId: "o1", impersonatedBy: null },
    });
    await prisma.account.create({
      data: { id: "a1", accountId: "u1", providerId: "credential", userId: user.id, password: "hash" },
    });
    await prisma.verification.create({ data: { id: "v1", identifier: "ada", value: "code", expiresAt: now } });
    await prisma.organization.create({ data: { id: "o1", name: "Acme Inc", slug: "acme", createdAt: now } });
    await prisma.member.create({ data: { id: "m1", organizationId: "o1", userId: user.id, createdAt: now } });
    await prisma.invitation.create({
      data: { id: "i1", organizationId: "o1", email: "alan@example.com", expiresAt: now, inviterId: user.id },
    });

    const read = await prisma.user.findUniqueOrThrow({
      where: { email: "ada@example.com" },
      include: { sessions: true, accounts: true, members: { include: { organization: true } }, invitations: true },
    });
    expect(read).toMatchObject({ name: "Ada Lovelace", role: "user", banned: false, emailVerified: false });
    expect(read.sessions[0]).toMatchObject({ token: "t1", expiresAt: now, activeOrganizationId: "o1" });
    expect(read.accounts[0]).toMatchObject({ providerId: "credential", password: "hash" });
    expect(read.members[0]).toMatchObject({ role: "member", organization: { name: "Acme Inc" } });
    expect(read.invitations[0]).toMatchObject({ status: "pending", email: "alan@example.com" });
    expect(await prisma.verification.findUnique({ where: { id: "v1" } })).toMatchObject({ value: "code", expiresAt: now });
    await prisma.rateLimit.create({ data: { id: "r1", key: "127.0.0.1/sign-in/email", count: 1, lastRequest: BigInt(now.getTime()) } });
    expect(await prisma.rateLimit.findUnique({ where: { key: "127.0.0.1/sign-in/email" } })).toMatchObject({ count: 1, lastRequest: BigInt(now.getTime()) });
  });

  it("is idempotent: running again applies nothing", async () => {
    const sql = await db.connectSql();
    const again = await applyMigrations(sql);
    await sql.close();
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toEqual((await readMigrations()).map((m) => m.name));
  });

  it("records applied migrations the way Prisma Migrate does", async () => {
    const sql = await db.connectSql();
    const rows = await sql.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`,
    );
    await sql.close();
    const migrations = await readMigrations();
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("rolls a failing migration back whole and records nothing of it", async () => {
    const broken: Migration = {
      name: "29990101000000_broken",
      checksum: "x".repeat(64),
      sql: `CREATE TABLE "half_done" ("id" TEXT);\nALTER TABLE "no_such_table" ADD COLUMN "x" TEXT;`,
    };
    const sql = await db.connectSql();
    await expect(applyMigrations(sql, [broken])).rejects.toThrow(
      /Migration 29990101000000_broken failed .*no_such_table.*Nothing of it was applied/,
    );
    const [table] = await sql.query(`SELECT to_regclass('half_done') AS oid`);
    const recorded = await sql.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name]);
    await sql.close();
    expect(table).toEqual({ oid: null });
    expect(recorded).toEqual([]);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const [first] = await readMigrations();
    const sql = await db.connectSql();
    const edited = { ...first!, checksum: "0".repeat(64) };
    await expect(applyMigrations(sql, [edited])).rejects.toThrow(MigrationError);
    await expect(applyMigrations(sql, [edited])).rejects.toThrow(/was changed after it was applied/);
    await sql.close();
  });
});
