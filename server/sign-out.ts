import "server-only"; // Client Components: import "session-kit" instead.
import { headers } from "next/headers";
import { isAdmin } from "../lib/roles";
import type { SessionKit } from "./session-kit";
import { ForbiddenError, UnauthorizedError } from "./errors";
import { authContext } from "./app-auth";
import { endStoredSessions } from "./storage-revocations";

/**
 * Ending sessions on the server. Each deletes rows, so every device holding one of those sessions is
 * signed out on its next request (pages check the database; the proxy's cookie cache may lag by its
 * max age). The `...For(headers)` forms take the request's headers explicitly (route handlers, tests);
 * the others read them from next/headers (server actions).
 */
export function createServerSignOut(kit: SessionKit) {
  const { auth } = kit;

  /** Ends the session these headers carry; clears its cookies when called from a server action. */
  async function signOutFor(requestHeaders: Headers): Promise<void> {
    await auth.api.signOut({ headers: requestHeaders });
  }

  /** Ends every session of the signed-in user ("sign out everywhere"). */
  async function signOutEverywhereFor(requestHeaders: Headers): Promise<void> {
    const current = await auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } });
    if (!current) throw new UnauthorizedError();
    await auth.api.revokeSessions({ headers: requestHeaders });
  }

  /** An admin ends every session of another user. */
  async function endSessionsOfUserFor(requestHeaders: Headers, userId: string): Promise<number> {
    const current = await auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } });
    if (!current) throw new UnauthorizedError();
    if (!isAdmin(current.user, kit.adminRule)) throw new ForbiddenError();
    const context = await authContext(auth);
    const sessions = await context.internalAdapter.listSessions(userId);
    await context.internalAdapter.deleteUserSessions(userId);
    // better-auth only logs a secondary storage (Redis) failure here: confirm, or throw what the store threw.
    if (context.secondaryStorage) await endStoredSessions(context.secondaryStorage, userId, context.sessionConfig.expiresIn);
    return sessions.length;
  }

  return {
    signOutFor,
    signOutEverywhereFor,
    endSessionsOfUserFor,
    signOut: async () => signOutFor(await headers()),
    signOutEverywhere: async () => signOutEverywhereFor(await headers()),
    endSessionsOfUser: async (userId: string) => endSessionsOfUserFor(await headers(), userId),
  };
}

export type ServerSignOut = ReturnType<typeof createServerSignOut>;
