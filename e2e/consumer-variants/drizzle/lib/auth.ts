import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { sessionKit } from "session-kit/plugin";
import { accounts, sessions, users, verifications } from "./schema";

// The app's better-auth over its own Drizzle tables.
export const db = drizzle({
  client: new pg.Pool({ connectionString: process.env.APP_DATABASE_URL, max: Number(process.env.APP_DATABASE_POOL_MAX ?? 10) }),
});

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg", schema: { user: users, session: sessions, account: accounts, verification: verifications } }),
  basePath: "/api/v1/auth",
  advanced: { cookiePrefix: "myapp" },
  emailAndPassword: { enabled: true },
  user: { additionalFields: { plan: { type: "string", defaultValue: "free", input: false } } },
  session: { cookieCache: { enabled: true, maxAge: 300 } },
  telemetry: { enabled: false },
  plugins: [sessionKit(), nextCookies()],
});
