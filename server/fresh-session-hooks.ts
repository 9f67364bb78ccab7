import { createAuthMiddleware } from "better-auth/api";
import { deleteSessionCookie } from "better-auth/cookies";

interface ReturnedSession {
  user?: { banned?: boolean | null; banExpires?: Date | string | null };
}

const isBanned = (user: ReturnedSession["user"]) =>
  Boolean(user?.banned) && !(user?.banExpires && new Date(user.banExpires).getTime() <= Date.now());

/**
 * better-auth's `/get-session` (what `authClient.useSession()` fetches) would answer from the signed
 * cookie cache the kit keeps for the proxy, so a session signed out elsewhere, expired or banned would
 * still look signed in to the client components for the cache's lifetime. These hooks make that endpoint
 * ask the database every time (which also re-signs a fresh cache) and read a banned user as signed out,
 * the same rule as the kit's server lookup.
 */
export const freshSessionHooks = {
  before: createAuthMiddleware(async (ctx) => {
    if (ctx.path !== "/get-session") return;
    return { context: { query: { ...ctx.query, disableCookieCache: true } } };
  }),
  after: createAuthMiddleware(async (ctx) => {
    if (ctx.path !== "/get-session") return;
    const returned = ctx.context.returned as ReturnedSession | null | undefined;
    if (!returned || !isBanned(returned.user)) return;
    deleteSessionCookie(ctx);
    return ctx.json(null);
  }),
};
