import { APIError, createAuthEndpoint, sessionMiddleware } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";

/** The kit plugin's path for re-authentication, under the app's auth base path. */
export const REAUTHENTICATE_PATH = "/session-kit/reauthenticate";

/**
 * POST `/session-kit/reauthenticate` `{ password }`: the signed-in user proves who they are again. On the
 * right password the session is replaced by a new one (a new token, started now, in the same active
 * organization), so it is fresh for the kit's `requireFreshSession` and for better-auth's own fresh
 * endpoints alike, whatever stores the session (better-auth never moves a session's `createdAt`). The
 * old session is deleted. A wrong password is 400 INVALID_PASSWORD, rate-limited by the plugin (5 a
 * minute); an account without a password is 400 NO_PASSWORD; an impersonation session is 403.
 */
export const reauthenticate = createAuthEndpoint(REAUTHENTICATE_PATH, { method: "POST", use: [sessionMiddleware] }, async (ctx) => {
  const body = ctx.body as { password?: unknown } | undefined;
  if (!body || typeof body.password !== "string" || body.password === "") {
    throw new APIError("BAD_REQUEST", { code: "PASSWORD_REQUIRED", message: `${REAUTHENTICATE_PATH} needs { password: string }.` });
  }
  const { session, user } = ctx.context.session;
  const current = session as typeof session & { impersonatedBy?: string | null; activeOrganizationId?: string | null };
  if (current.impersonatedBy) {
    throw new APIError("FORBIDDEN", { code: "IMPERSONATION_SESSION", message: "An impersonation session cannot re-authenticate as the user; stop impersonating first." });
  }
  const account = await ctx.context.internalAdapter.findCredentialAccount(user.id);
  if (!account?.password) {
    await ctx.context.password.hash(body.password); // the same time as a real check
    throw new APIError("BAD_REQUEST", { code: "NO_PASSWORD", message: "This account has no password: sign in again to continue." });
  }
  if (!(await ctx.context.password.verify({ hash: account.password, password: body.password }))) {
    throw new APIError("BAD_REQUEST", { code: "INVALID_PASSWORD", message: "Wrong password." });
  }
  const carried = "activeOrganizationId" in current ? { activeOrganizationId: current.activeOrganizationId ?? null } : {};
  const dontRememberMe = Boolean(await ctx.getSignedCookie(ctx.context.authCookies.dontRememberToken.name, ctx.context.secret));
  const renewed = await ctx.context.internalAdapter.createSession(user.id, dontRememberMe, carried);
  await ctx.context.internalAdapter.deleteSession(session.token);
  // multiSession's cookie for the old token would name a deleted session: expire it (the plugin adds the new one).
  const multiCookie = `${ctx.context.authCookies.sessionToken.name}_multi-${session.token.toLowerCase()}`;
  if (ctx.getCookie(multiCookie) !== null) ctx.setCookie(multiCookie, "", { ...ctx.context.authCookies.sessionToken.attributes, maxAge: 0 });
  await setSessionCookie(ctx, { session: renewed, user }, dontRememberMe);
  return ctx.json({ status: true });
});
