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

/** Prisma over an open PGlite instance (embedded PostgreSQL). */
export function createPglitePrisma(db: PGlite): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPGlite(db) });
}
