// An app that already had better-auth before the kit: the built-in adapter over its own pg Pool, plural
// snake_case tables, an extra user field, its own base path and cookie prefix, no admin or organization
// plugin. The kit adds only its plugin. Plain JS so the migration script can read it too.
import pg from "pg";
import { nextCookies } from "better-auth/next-js";
import { sessionKit } from "session-kit/plugin";

const snake = (fields) => Object.fromEntries(fields.map((field) => [field, field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]));

/** The app's options over `pool` (also used by server/app-auth.db.test.ts, so both test one set-up). */
export function appAuthOptions(pool) {
  return {
  database: pool,
  basePath: "/api/v1/auth",
  advanced: { cookiePrefix: "myapp" },
  emailAndPassword: { enabled: true },
  user: {
    modelName: "users",
    fields: snake(["emailVerified", "createdAt", "updatedAt"]),
    additionalFields: { plan: { type: "string", defaultValue: "free", input: false } },
  },
  session: {
    modelName: "sessions",
    fields: snake(["userId", "expiresAt", "createdAt", "updatedAt", "ipAddress", "userAgent"]),
    cookieCache: { enabled: true, maxAge: 300 },
  },
  account: {
    modelName: "accounts",
    fields: snake(["userId", "accountId", "providerId", "accessToken", "refreshToken", "idToken", "accessTokenExpiresAt", "refreshTokenExpiresAt", "createdAt", "updatedAt"]),
  },
  verification: { modelName: "verifications", fields: snake(["expiresAt", "createdAt", "updatedAt"]) },
  telemetry: { enabled: false },
  plugins: [sessionKit(), nextCookies()],
  };
}

export const pool = new pg.Pool({ connectionString: process.env.APP_DATABASE_URL, max: Number(process.env.APP_DATABASE_POOL_MAX ?? 10) });
export const authOptions = appAuthOptions(pool);
