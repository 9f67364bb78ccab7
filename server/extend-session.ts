import { APIError, createAuthEndpoint, sessionMiddleware } from "better-auth/api";
import { deleteSessionCookie, setSessionCookie } from "better-auth/cookies";

/** The kit plugin's path for "Stay signed in", under the app's auth base path. */
export const EXTEND_SESSION_PATH = "/session-kit/extend-session";

/** A request body is refused unless it is empty: the session extended is always the caller's own. */
export function assertEmptyBody(body: unknown, endpoint: string): void {
  if (body === undefined || body === null) return;
  if (typeof body === "object" && !Array.isArray(body) && Object.keys(body).length === 0) return;
  throw new APIError("BAD_REQUEST", {
    code: "UNEXPECTED_BODY",
    message: `${endpoint} takes no body: it acts on the caller's own session, named by its cookie, never on a session the request names.`,
  });
}

/**
 * POST `/session-kit/extend-session`: slides the caller's session forward by `session.expiresIn`, as
 * better-auth's getSession does once `updateAge` has passed, and sets the cookies again. The session is
 * read from the database (the kit's hooks), so a revoked or expired session, or a banned user, gets 401;
 * an impersonation session (which better-auth never slides) gets 403.
 */
export const extendSession = createAuthEndpoint(EXTEND_SESSION_PATH, { method: "POST", use: [sessionMiddleware] }, async (ctx) => {
  assertEmptyBody(ctx.body, EXTEND_SESSION_PATH);
  const { session, user } = ctx.context.session;
  if ((session as { impersonatedBy?: string | null }).impersonatedBy) {
    throw new APIError("FORBIDDEN", { code: "IMPERSONATION_SESSION", message: "An impersonation session ends when it started to; it is not extended." });
  }
  const updated = await ctx.context.internalAdapter.updateSession(session.token, {
    expiresAt: new Date(Date.now() + ctx.context.sessionConfig.expiresIn * 1000),
    updatedAt: new Date(),
  });
  if (!updated) {
    // Deleted between the lookup and the update (signed out elsewhere at that very moment).
    deleteSessionCookie(ctx);
    throw new APIError("UNAUTHORIZED", { code: "SESSION_ENDED", message: "The session ended before it could be extended." });
  }
  await setSessionCookie(ctx, { session: updated, user });
  return ctx.json({ expiresAt: new Date(updated.expiresAt).toISOString() });
});
