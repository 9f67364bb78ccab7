import "server-only";
import {
  createActionClients,
  createAuth,
  createDatabase,
  createDeviceSessions,
  createRouteHandlers,
  createServerSignOut,
  createSessionComponents,
  createSessionKit,
  type Database,
} from "session-kit/server";

// One database per server process; kept on globalThis so dev reloads do not open PGlite twice.
const globalForKit = globalThis as typeof globalThis & { __sessionKitDatabase?: Database };
export const database = (globalForKit.__sessionKitDatabase ??= createDatabase());

// BETTER_AUTH_URL pins the demo's URL; otherwise it works at whatever loopback host and port serves it
// (plus any hosts in DEMO_ALLOWED_HOSTS, comma-separated).
const allowedHosts = ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]:*"].concat(
  (process.env.DEMO_ALLOWED_HOSTS ?? "").split(",").map((host) => host.trim()).filter(Boolean),
);
// SESSION_CACHE_SECONDS: how long the proxy may trust the signed session cache (default 300; 0 = off).
function proxyCacheMaxAge(): number | undefined {
  const value = process.env.SESSION_CACHE_SECONDS;
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/u.test(value)) throw new Error(`SESSION_CACHE_SECONDS must be a whole number of seconds (0 turns the cache off), got ${JSON.stringify(value)}.`);
  return Number(value);
}

export const auth = createAuth({
  proxyCacheMaxAge: proxyCacheMaxAge(),
  prisma: database.prisma,
  baseURL: process.env.BETTER_AUTH_URL || { allowedHosts, protocol: "auto" },
  // Next.js may report a 127.0.0.1 request as localhost; both name this machine, so trust both.
  trustedOrigins: process.env.BETTER_AUTH_URL ? undefined : allowedHosts.map((host) => `http://${host}`),
  // The end-to-end suites sign in many times a second from one address; never set this in production.
  rateLimit: process.env.DEMO_RATE_LIMIT === "off" ? { enabled: false } : undefined,
});
export const kit = createSessionKit({ auth, database });
export const { getSession, getAccountContext, requireActiveOrganizationId, requireAdmin, isUserAdmin } = kit;
export const { authenticatedActionClient, adminActionClient } = createActionClients(kit);
export const { SignedIn, SignedOut, AdminOnly, Show, Header, SessionProvider } = createSessionComponents(kit);
export const { withSession, withAdmin } = createRouteHandlers(kit);
export const { signOut, signOutEverywhere, endSessionsOfUser } = createServerSignOut(kit);
export const { listDevices, endDevice, signOutOtherDevices } = createDeviceSessions(kit);
