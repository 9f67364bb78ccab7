import "server-only";
import { betterAuth } from "better-auth";
import {
  createDeviceSessions,
  createRouteHandlers,
  createServerSignOut,
  createSessionComponents,
  createSessionKit,
  type Database,
  DEFAULT_PROXY_CACHE_MAX_AGE,
  resolveAuthSecret,
} from "session-kit/server";
import { createActionClients } from "session-kit/actions";
import { createDatabase } from "session-kit/database";
import { demoAuthOptions } from "./auth-options";
import { redisFromEnvironment } from "./redis";

// One database per server process; kept on globalThis so dev reloads do not open PGlite twice.
const globalForKit = globalThis as typeof globalThis & { __sessionKitDatabase?: Database };
export const database = (globalForKit.__sessionKitDatabase ??= createDatabase());

// BETTER_AUTH_URL pins the demo's URL. Otherwise it is the URL Next.js serves each request on (its host
// and port), and only that origin is trusted: not another port on this machine, not https on this one.
// BETTER_AUTH_TRUSTED_ORIGINS (comma-separated, read by better-auth) trusts more.
const baseURL = process.env.BETTER_AUTH_URL || undefined;
// Behind a reverse proxy: TRUSTED_PROXY_IP_HEADERS names the header(s) it sets to the client's address
// (e.g. x-forwarded-for), TRUSTED_PROXIES its own addresses. Unset, no client-sent header is trusted.
const list = (value: string | undefined) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean);
const trustedProxy = list(process.env.TRUSTED_PROXY_IP_HEADERS).length
  ? { ipAddressHeaders: list(process.env.TRUSTED_PROXY_IP_HEADERS), trustedProxies: list(process.env.TRUSTED_PROXIES) }
  : undefined;
// SESSION_CACHE_SECONDS: how long the proxy may trust the signed session cache (default 300; 0 = off).
function proxyCacheMaxAge(): number {
  const value = process.env.SESSION_CACHE_SECONDS;
  if (value === undefined || value === "") return DEFAULT_PROXY_CACHE_MAX_AGE;
  if (!/^\d+$/u.test(value)) throw new Error(`SESSION_CACHE_SECONDS must be a whole number of seconds (0 turns the cache off), got ${JSON.stringify(value)}.`);
  return Number(value);
}

/** A whole number of minutes from the environment, or `fallback` when unset. */
function minutes(name: string, fallback?: number): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  if (!/^[1-9]\d*$/u.test(value)) throw new Error(`${name} must be a whole number of minutes (1 or more), got ${JSON.stringify(value)}.`);
  return Number(value);
}
// DEMO_SESSION_MINUTES=3 gives three-minute sessions, to watch the expiry notice warn, extend and expire.
const sessionMinutes = minutes("DEMO_SESSION_MINUTES");
// DEMO_FRESH_MINUTES: how recent a sign-in the email change wants (default 5): older, it asks for the password.
const freshMinutes = minutes("DEMO_FRESH_MINUTES", 5)!;

// The demo's own better-auth (see auth-options.ts), the way an app has it before adding the kit.
export const auth = betterAuth(
  demoAuthOptions({
    prisma: database.prisma,
    secret: resolveAuthSecret(),
    proxyCacheMaxAge: proxyCacheMaxAge(),
    sessionSeconds: sessionMinutes ? sessionMinutes * 60 : undefined,
    freshAge: freshMinutes * 60,
    baseURL,
    trustedProxy,
    // The end-to-end suites sign in many times a second from one address; never set this in production.
    rateLimit: process.env.DEMO_RATE_LIMIT === "off" ? { enabled: false } : undefined,
    secondaryStorage: redisFromEnvironment(),
  }),
);
export const kit = createSessionKit({ auth, database });
export const { getSession, getAccountContext, requireActiveOrganizationId, requireAdmin, isUserAdmin } = kit;
export const { authenticatedActionClient, freshActionClient, adminActionClient } = createActionClients(kit);
// The demo builds both ways (DEMO_CACHE_COMPONENTS=1 turns Next.js Cache Components on, next.config.ts);
// the components follow whichever the build has.
export const { SignedIn, SignedOut, AdminOnly, Show, Header, SessionProvider, SessionBoundary } = createSessionComponents(kit);
export const { withSession, withAdmin } = createRouteHandlers(kit);
export const { signOut, signOutEverywhere, endSessionsOfUser } = createServerSignOut(kit);
export const { listDevices, endDevice, signOutOtherDevices } = createDeviceSessions(kit);
