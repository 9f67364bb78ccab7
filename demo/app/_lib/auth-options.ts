// The demo's better-auth, written as any app writes its own: Prisma storage, email and password, the
// admin and organization plugins, and the kit's plugin. No server-only import: the seed script builds
// the same auth from it.
import type { BetterAuthOptions, SecondaryStorage } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin, multiSession, organization } from "better-auth/plugins";
import type { Database } from "session-kit/server";
import { sessionKit } from "session-kit/plugin";

export interface DemoAuthSettings {
  prisma: Database["prisma"];
  secret: string;
  baseURL?: string;
  /** The reverse proxy's client-address headers and its own addresses; unset, no client header is trusted. */
  trustedProxy?: { ipAddressHeaders: string[]; trustedProxies?: string[] };
  rateLimit?: BetterAuthOptions["rateLimit"];
  /** Redis (REDIS_URL): sessions and rate limits kept there instead of PostgreSQL. */
  secondaryStorage?: SecondaryStorage;
  /** Seconds the proxy may trust the signed session cache; 0 turns it off. */
  proxyCacheMaxAge: number;
  /** How long a session lasts, in seconds (better-auth's default: 7 days, sliding once a day). */
  sessionSeconds?: number;
  /** How young a session must be for the email change, in seconds (better-auth's `freshAge`). */
  freshAge?: number;
}

export function demoAuthOptions(settings: DemoAuthSettings) {
  return {
    secret: settings.secret,
    baseURL: settings.baseURL,
    // The rate limiter's counts in the database (or Redis), shared by every instance of the app.
    rateLimit: { storage: settings.secondaryStorage ? "secondary-storage" : "database", ...settings.rateLimit },
    secondaryStorage: settings.secondaryStorage,
    database: prismaAdapter(settings.prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true },
    session: {
      // Read only by the proxy; the kit's getSession always asks the database. Never longer than a session.
      cookieCache: {
        enabled: settings.proxyCacheMaxAge > 0,
        maxAge: settings.sessionSeconds ? Math.min(settings.proxyCacheMaxAge, settings.sessionSeconds) : settings.proxyCacheMaxAge,
      },
      // A short session (the expiry notice, watched) never slides by itself: only "Stay signed in" extends it.
      ...(settings.sessionSeconds ? { expiresIn: settings.sessionSeconds, updateAge: settings.sessionSeconds } : {}),
      freshAge: settings.freshAge,
    },
    telemetry: { enabled: false },
    // Client addresses (the rate limiter's, the session rows') only from a configured proxy's header.
    advanced: { ipAddress: settings.trustedProxy ?? { ipAddressHeaders: [] } },
    // The kit's plugin: fresh /get-session, banned users signed out, origin checks kept, first organization
    // active, forged switches refused. multiSession: several accounts signed in on one device.
    // nextCookies() lets server actions set cookies and stays last.
    plugins: [sessionKit(), admin(), organization(), multiSession(), nextCookies()],
  } satisfies BetterAuthOptions;
}
