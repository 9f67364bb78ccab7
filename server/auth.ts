import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin, organization } from "better-auth/plugins";
import { DEFAULT_ADMIN_ROLES } from "../lib/roles";
import { resolveAuthSecret } from "./auth-secret";
import type { PrismaClient } from "./db/prisma-client";

export const SEVEN_DAYS_IN_SECONDS = 60 * 60 * 24 * 7;
export const ONE_DAY_IN_SECONDS = 60 * 60 * 24;

export interface CreateAuthOptions {
  prisma: PrismaClient;
  /** Defaults to BETTER_AUTH_SECRET (see resolveAuthSecret). */
  secret?: string;
  /** Pins the app's URL; unset, better-auth derives it from each request (BETTER_AUTH_URL also works). */
  baseURL?: string;
  /** How long a session lives without use, in seconds. Default 7 days. */
  sessionExpiresIn?: number;
  /** How often a used session's expiry slides forward, in seconds. Default 1 day. */
  sessionUpdateAge?: number;
  /** Roles that count as admin, as in better-auth's admin plugin. Default ["admin"]. */
  adminRoles?: string[];
  /** Users who are admins whatever their role. */
  adminUserIds?: string[];
  trustedOrigins?: string[];
}

/** The kit's better-auth instance: Prisma storage, email and password, admin and organization plugins. */
export function createAuth(options: CreateAuthOptions) {
  return betterAuth({
    secret: options.secret ?? resolveAuthSecret(),
    baseURL: options.baseURL,
    trustedOrigins: options.trustedOrigins,
    database: prismaAdapter(options.prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true },
    session: {
      expiresIn: options.sessionExpiresIn ?? SEVEN_DAYS_IN_SECONDS,
      updateAge: options.sessionUpdateAge ?? ONE_DAY_IN_SECONDS,
    },
    telemetry: { enabled: false },
    plugins: [
      admin({ adminRoles: options.adminRoles ?? [...DEFAULT_ADMIN_ROLES], adminUserIds: options.adminUserIds }),
      organization(),
      // Lets server actions set cookies through next/headers; must stay last.
      nextCookies(),
    ],
  });
}

export type KitAuth = ReturnType<typeof createAuth>;
