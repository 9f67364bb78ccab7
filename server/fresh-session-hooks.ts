import { createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { deleteSessionCookie, expireCookie, parseCookies } from "better-auth/cookies";

interface ReturnedSession {
  user?: { banned?: boolean | null; banExpires?: Date | string | null };
}

const isBanned = (user: ReturnedSession["user"]) =>
  Boolean(user?.banned) && !(user?.banExpires && new Date(user.banExpires).getTime() <= Date.now());

/**
 * Endpoints that do not act on the caller's session (sign-out deletes whatever token it is given, and
 * must do so for a banned user too): no lookup for them.
 */
const SESSIONLESS_PATHS = ["/sign-in/", "/sign-up/", "/sign-out", "/ok", "/error"];

/**
 * better-auth answers from the signed `session_data` cookie cache (kept for the proxy) wherever it
 * reads the session, so a session signed out elsewhere, expired, revoked or whose user was banned
 * would stay good for the cache's lifetime at `/get-session` (what `authClient.useSession()` fetches)
 * and at every endpoint behind better-auth's session middleware (list-sessions, organization, admin,
 * stop-impersonating, update-user…). These hooks make every auth endpoint ask the database instead:
 *
 * - `/get-session` reads with `disableCookieCache` (which also re-signs a fresh cache), and a banned
 *   user reads as signed out, the same rule as the kit's server lookup;
 * - every other endpoint gets the session looked up in the database before it runs (better-auth then
 *   reuses that lookup instead of the cache); with no live session there, or a banned user, the
 *   request goes on without its session cookies, so the endpoint sees a signed-out caller;
 * - signing out also expires the admin plugin's `admin_session` cookie, which an impersonation leaves
 *   behind (it holds the admin's own session token).
 *
 * The cookie cache is then read only by the proxy (the first gate, which every page re-checks).
 */
export const freshSessionHooks = {
  before: createAuthMiddleware(async (ctx) => {
    if (ctx.path === "/get-session") return { context: { query: { ...ctx.query, disableCookieCache: true } } };
    if (SESSIONLESS_PATHS.some((path) => ctx.path === path || (path.endsWith("/") && ctx.path.startsWith(path)))) return;
    const cookieHeader = ctx.headers?.get("cookie");
    const { sessionToken, sessionData } = ctx.context.authCookies;
    if (!cookieHeader || !cookieHeader.includes(sessionToken.name)) return;
    ctx.context.session = null;
    const session = await getSessionFromCtx(ctx, { disableCookieCache: true });
    if (session && !isBanned(session.user as ReturnedSession["user"])) return;
    // Signed out, expired, revoked or banned: the endpoint runs as for a visitor without a session.
    ctx.context.session = null;
    if (session) deleteSessionCookie(ctx);
    const kept = [...parseCookies(cookieHeader)].filter(([name]) => !name.startsWith(sessionToken.name) && !name.startsWith(sessionData.name));
    const headers = new Headers(ctx.headers);
    headers.set("cookie", kept.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; "));
    return { context: { headers } };
  }),
  after: createAuthMiddleware(async (ctx) => {
    if (ctx.path === "/sign-out") {
      const adminSession = ctx.context.createAuthCookie("admin_session");
      if (ctx.getCookie(adminSession.name) !== null) expireCookie(ctx, adminSession);
      return;
    }
    if (ctx.path !== "/get-session") return;
    const returned = ctx.context.returned as ReturnedSession | null | undefined;
    if (!returned || !isBanned(returned.user)) return;
    deleteSessionCookie(ctx);
    return ctx.json(null);
  }),
};
