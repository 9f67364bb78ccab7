import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../generated/prisma/client";

export type { PrismaClient };

/** Prisma over real PostgreSQL: the same client as the embedded one, only the adapter differs. */
export function createPostgresPrisma(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/** Prisma over an open PGlite instance (embedded PostgreSQL). */
export function createPglitePrisma(db: PGlite): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPGlite(db) });
}
