import "server-only"; // Client Components: import "session-kit" instead.
import { type BetterAuthOptions, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin, organization } from "better-auth/plugins";
import { DEFAULT_ADMIN_ROLES } from "../lib/roles";
import { resolveAuthSecret } from "./auth-secret";
import { freshSessionHooks } from "./fresh-session-hooks";
import type { PrismaClient } from "./db/prisma-client";

export const SEVEN_DAYS_IN_SECONDS = 60 * 60 * 24 * 7;
export const ONE_DAY_IN_SECONDS = 60 * 60 * 24;

export interface CreateAuthOptions {
  prisma: PrismaClient;
  /** Defaults to BETTER_AUTH_SECRET (see resolveAuthSecret). */
  secret?: string;
  /**
   * The app's URL: a string pins it; `{ allowedHosts }` derives it from each request's host, for apps
   * served under several hosts or ports. Unset, better-auth reads BETTER_AUTH_URL.
   */
  baseURL?: BetterAuthOptions["baseURL"];
  /** How long a session lives without use, in seconds. Default 7 days. */
  sessionExpiresIn?: number;
  /** How often a used session's expiry slides forward, in seconds. Default 1 day. */
  sessionUpdateAge?: number;
  /** Roles that count as admin, as in better-auth's admin plugin. Default ["admin"]. */
  adminRoles?: string[];
  /** Users who are admins whatever their role. */
  adminUserIds?: string[];
  trustedOrigins?: string[];
  /** better-auth's rate limiter (on in production: e.g. 3 sign-ins per 10 s per address). */
  rateLimit?: BetterAuthOptions["rateLimit"];
  /**
   * Seconds the signed `session_data` cookie stays valid for the proxy (the first gate) to read without a
   * database query. Pages always re-verify against the database. Default 5 minutes; 0 turns it off.
   */
  proxyCacheMaxAge?: number;
}

export const DEFAULT_PROXY_CACHE_MAX_AGE = 5 * 60;

/** The kit's better-auth instance: Prisma storage, email and password, admin and organization plugins. */
export function createAuth(options: CreateAuthOptions) {
  return betterAuth({
    secret: options.secret ?? resolveAuthSecret(),
    baseURL: options.baseURL,
    trustedOrigins: options.trustedOrigins,
    rateLimit: options.rateLimit,
    database: prismaAdapter(options.prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true },
    session: {
      expiresIn: options.sessionExpiresIn ?? SEVEN_DAYS_IN_SECONDS,
      updateAge: options.sessionUpdateAge ?? ONE_DAY_IN_SECONDS,
      // Read only by the proxy; the kit's getSession always asks the database (disableCookieCache).
      cookieCache: {
        enabled: (options.proxyCacheMaxAge ?? DEFAULT_PROXY_CACHE_MAX_AGE) > 0,
        maxAge: options.proxyCacheMaxAge ?? DEFAULT_PROXY_CACHE_MAX_AGE,
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A new session starts in the user's first organization, so members land in it.
          before: async (session) => {
            const membership = await options.prisma.member.findFirst({
              where: { userId: session.userId },
              orderBy: { createdAt: "asc" },
              select: { organizationId: true },
            });
            return { data: { ...session, activeOrganizationId: membership?.organizationId ?? null } };
          },
        },
      },
    },
    telemetry: { enabled: false },
    // better-auth turns its origin and callback-URL checks off when TEST=true or NODE_ENV=test; a server
    // started with either must not lose its CSRF protection, so the kit keeps them on explicitly.
    advanced: { disableOriginCheck: false, disableCSRFCheck: false },
    // /get-session always asks the database; the cookie cache is for the proxy only.
    hooks: freshSessionHooks,
    plugins: [
      admin({ adminRoles: options.adminRoles ?? [...DEFAULT_ADMIN_ROLES], adminUserIds: options.adminUserIds }),
      organization(),
      // Lets server actions set cookies through next/headers; must stay last.
      nextCookies(),
    ],
  });
}

export type KitAuth = ReturnType<typeof createAuth>;
