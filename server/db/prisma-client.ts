import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../generated/prisma/client";

export type { PrismaClient };

/** Prisma over real PostgreSQL (a URL, or a pg pool to share): the same client as the embedded one. */
export function createPostgresPrisma(connection: string | Pool): PrismaClient {
  const adapter = typeof connection === "string" ? new PrismaPg({ connectionString: connection }) : new PrismaPg(connection);
  return new PrismaClient({ adapter });
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
