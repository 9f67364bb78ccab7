import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../generated/prisma/client";

export type { PrismaClient };

/** Prisma over real PostgreSQL at `url`: the same client as the embedded one. */
export function createPostgresPrisma(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/**
 * Prisma over PGlite (embedded PostgreSQL), opened by `open()` on the first query only: importing the
 * app's modules (Next.js does it in helper processes too) must not open the data directory.
 */
export function createPglitePrisma(open: () => PGlite): PrismaClient {
  const probe = new PrismaPGlite(null as unknown as PGlite);
  const adapter = {
    provider: "postgres" as const,
    adapterName: probe.adapterName,
    connect: () => new PrismaPGlite(open()).connect(),
    connectToShadowDb: () => new PrismaPGlite(open()).connectToShadowDb(),
  };
  return new PrismaClient({ adapter });
}
