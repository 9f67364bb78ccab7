import { defineConfig } from "prisma/config";

// The CLI needs a URL only for migrate/db commands; `generate` runs without one.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/postgres" },
});
