import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAuth } from "../test-utils/auth";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { createSessionKit } from "./session-kit";
import { createSessionLookup } from "./session-lookup";

describe.each(testBackends())("deleteExpiredSessions ($name)", (backend) => {
  let db: TestDatabase;
  let helpers: ReturnType<typeof createTestAuth>;
  let live: string[];

  beforeAll(async () => {
    db = await backend.create();
    helpers = createTestAuth(db);
    live = [await helpers.signIn("ada@example.com"), await helpers.signIn("grace@example.com")];
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    // Twelve sessions that ended (the oldest a year ago, one a second ago), as a busy table collects them.
    const now = Date.now();
    await db.prisma.session.createMany({
      data: Array.from({ length: 12 }, (_, index) => ({
        id: `old-${index}`,
        token: `old-token-${index}`,
        userId: user.id,
        expiresAt: new Date(now - (index === 0 ? 1000 : index * 30 * 86_400_000)),
        createdAt: new Date(now - 400 * 86_400_000),
        updatedAt: new Date(now - 400 * 86_400_000),
      })),
    });
  });
  afterAll(() => db?.dispose());

  it("deletes every expired session in batches of batchSize, and no live one", async () => {
    const kit = createSessionKit({ auth: helpers.auth, database: db });
    const before = await db.prisma.session.count();
    expect(await kit.deleteExpiredSessions({ batchSize: 5 })).toMatchObject({ deleted: 12, batches: 3 });
    expect(await db.prisma.session.count({ where: { id: { startsWith: "old-" } } })).toBe(0);
    expect(await db.prisma.session.count()).toBe(before - 12); // the live ones (sign-up signs in too)
    const lookup = createSessionLookup(helpers.auth, db);
    for (const cookie of live) expect(await lookup(new Headers({ cookie: helpers.tokenOnly(cookie) }))).not.toBeNull();
    // Nothing left: one batch that finds nothing.
    expect(await kit.deleteExpiredSessions()).toEqual({ deleted: 0, batches: 1, longestBatchMs: expect.any(Number) });
  });

  it("stops after maxBatches, and refuses a batch size that is not a positive whole number", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "grace@example.com" } });
    await db.prisma.session.createMany({
      data: Array.from({ length: 4 }, (_, index) => ({ id: `gone-${index}`, token: `gone-${index}`, userId: user.id, expiresAt: new Date(Date.now() - 60_000) })),
    });
    const kit = createSessionKit({ auth: helpers.auth, database: db });
    expect(await kit.deleteExpiredSessions({ batchSize: 1, maxBatches: 3 })).toMatchObject({ deleted: 3, batches: 3 });
    expect(await db.prisma.session.count({ where: { id: { startsWith: "gone-" } } })).toBe(1);
    await expect(kit.deleteExpiredSessions({ batchSize: 0 })).rejects.toThrow("deleteExpiredSessions: batchSize must be a positive whole number, got 0");
  });
});
