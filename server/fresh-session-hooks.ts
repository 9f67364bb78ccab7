import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { deleteSessionCookie, expireCookie, parseCookies } from "better-auth/cookies";
import { isBanned } from "./kit-session";

interface ReturnedSession {
  user?: { banned?: boolean | null; banExpires?: Date | string | null };
}

/**
 * Endpoints that do not act on the caller's session (sign-out deletes whatever token it is given, and
 * must do so for a banned user too): no lookup for them.
 */
const SESSIONLESS_PATHS = ["/sign-in/", "/sign-up/", "/sign-out", "/ok", "/error"];

export const SESSION_STORE_UNAVAILABLE = "The session store did not answer, so this request's session could not be checked. Try again.";

/** Throws a 503 when the session store fails for the request's signed session token (no token: nothing to ask). */
async function storeMustAnswer(ctx: Parameters<Parameters<typeof createAuthMiddleware>[0]>[0]) {
  const token = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
  if (!token) return;
  try {
    await ctx.context.internalAdapter.findSession(token);
  } catch (error) {
    ctx.context.logger.error(`[session-kit] ${ctx.path}: the session store did not answer`, error);
    throw new APIError("SERVICE_UNAVAILABLE", { message: SESSION_STORE_UNAVAILABLE });
  }
}

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
 *   request goes on without its session cookies, so the endpoint sees a signed-out caller; a store that
 *   does not answer is a 503, never a signed-out caller (better-auth alone would run the endpoint as one);
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
    // better-auth reads a store that fails (the database, Redis) as no session: ask it once more, so an
    // outage answers 503 instead of running the endpoint as for a signed-out caller.
    if (!session) await storeMustAnswer(ctx);
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
