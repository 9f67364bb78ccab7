import { PrismaPg } from "@prisma/adapter-pg";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { sessionKit } from "session-kit/plugin";
import { PrismaClient } from "../generated/prisma/client";

// The app's better-auth over its own Prisma schema: its model names, and `image` stored as `avatarUrl`.
export const prisma = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.APP_DATABASE_URL, max: Number(process.env.APP_DATABASE_POOL_MAX ?? 10) }),
});

export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  basePath: "/api/v1/auth",
  advanced: { cookiePrefix: "myapp" },
  emailAndPassword: { enabled: true },
  user: {
    modelName: "appUser",
    fields: { image: "avatarUrl" },
    additionalFields: { plan: { type: "string", defaultValue: "free", input: false } },
  },
  session: { modelName: "appSession", cookieCache: { enabled: true, maxAge: 300 } },
  account: { modelName: "appAccount" },
  verification: { modelName: "appVerification" },
  telemetry: { enabled: false },
  plugins: [sessionKit(), nextCookies()],
});
