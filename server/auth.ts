import "server-only"; // Client Components: import "session-kit" instead.
import { type BetterAuthOptions, type SecondaryStorage, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin, organization } from "better-auth/plugins";
import { DEFAULT_ADMIN_ROLES } from "../lib/roles";
import { resolveAuthSecret } from "./auth-secret";
import { sessionKit } from "./session-kit-plugin";
export { servedOrigins } from "./served-origins";
import type { PrismaClient } from "./db/prisma-client";

export const SEVEN_DAYS_IN_SECONDS = 60 * 60 * 24 * 7;
export const ONE_DAY_IN_SECONDS = 60 * 60 * 24;

export interface CreateAuthOptions {
  prisma: PrismaClient;
  /** Defaults to BETTER_AUTH_SECRET (see resolveAuthSecret). */
  secret?: string;
  /**
   * The app's URL: a string pins it (and is the one origin trusted, besides `trustedOrigins`);
   * `{ allowedHosts }` derives it from each request's host, for apps served under several hosts, and
   * trusts every allowed host on http and https. Unset, better-auth reads BETTER_AUTH_URL; without that
   * either, the URL is the one Next.js serves the request on (its own host and port, never the Host
   * header), and only that origin is trusted (on a loopback address: also its other loopback names, on
   * the same port and scheme).
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
  /**
   * Origins trusted besides the app's own, for posts to the auth endpoints (sign-in, sign-out…) and as
   * callback URLs. better-auth adds those in BETTER_AUTH_TRUSTED_ORIGINS (comma-separated) too.
   */
  trustedOrigins?: string[];
  /**
   * The reverse proxy in front of the app, if there is one: the request headers it sets to the client's
   * address (e.g. ["x-forwarded-for"], ["x-real-ip"], ["cf-connecting-ip"]) and, for a forwarded chain,
   * the proxies' own addresses or CIDR ranges (see better-auth's `advanced.ipAddress`). Unset, no header
   * a client could send is trusted, so a made-up X-Forwarded-For never escapes the rate limiter: it then
   * counts all clients together, per endpoint (Next.js gives route handlers no socket address).
   */
  trustedProxy?: { ipAddressHeaders: string[]; trustedProxies?: string[] };
  /**
   * better-auth's rate limiter (on in production: e.g. 3 sign-ins per 10 s per address). Its counts are
   * kept in the database (the `rateLimit` table), or in `secondaryStorage` when one is given, so every
   * instance of the app limits as one; better-auth's own default keeps them in each process's memory.
   */
  rateLimit?: BetterAuthOptions["rateLimit"];
  /**
   * Redis (or another store) as better-auth's secondary storage, e.g. `redisStorage({ client })` from
   * @better-auth/redis-storage: sessions then live there and not in the database, and the kit reads them
   * there (see docs/deploy.md). A store that does not answer reads as "unavailable", never signed in.
   */
  secondaryStorage?: SecondaryStorage;
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
    // More origins to trust; the one the app is served on comes from the sessionKit() plugin.
    trustedOrigins: options.trustedOrigins,
    rateLimit: { storage: options.secondaryStorage ? "secondary-storage" : "database", ...options.rateLimit },
    secondaryStorage: options.secondaryStorage,
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
    telemetry: { enabled: false },
    advanced: {
      // Client addresses (for the rate limiter and session rows) come only from a configured proxy's
      // header: better-auth's default would take an X-Forwarded-For the client wrote itself.
      ipAddress: options.trustedProxy
        ? { ipAddressHeaders: options.trustedProxy.ipAddressHeaders, trustedProxies: options.trustedProxy.trustedProxies }
        : { ipAddressHeaders: [] },
    },
    plugins: [
      // Every auth endpoint asks the database (the cookie cache is the proxy's), origin checks stay on
      // under TEST=true, new sessions start in the user's first organization.
      sessionKit(),
      admin({ adminRoles: options.adminRoles ?? [...DEFAULT_ADMIN_ROLES], adminUserIds: options.adminUserIds }),
      organization(),
      // Lets server actions set cookies through next/headers; must stay last.
      nextCookies(),
    ],
  });
}

export type KitAuth = ReturnType<typeof createAuth>;
