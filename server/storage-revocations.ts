import type { SecondaryStorage } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";

/** Endpoints that end every session of one user (the caller's own, or the `userId` an admin names). */
const ENDS_EVERY_SESSION = new Set(["/revoke-sessions", "/admin/ban-user", "/admin/revoke-user-sessions", "/admin/remove-user"]);

/**
 * Ends every session of `userId` in better-auth's secondary storage, the way better-auth itself does:
 * first its "revoked before" mark (`revoked-sessions-before-<userId>`, which its findSession, and so the
 * kit's lookup, reads: any session created before it is ended), then the copies its
 * `active-sessions-<userId>` list still names are deleted. Returns how many copies were left to delete.
 * Throws when the mark cannot be written: a revocation that is not in the store must not read as done.
 * A copy that cannot be deleted after the mark is only logged: the mark already ends it.
 */
export async function endStoredSessions(storage: SecondaryStorage, userId: string, markSeconds: number, warn: (message: string) => void = console.warn): Promise<number> {
  const markKey = `revoked-sessions-before-${userId}`;
  const previous = Number(await storage.get(markKey)) || 0;
  await storage.set(markKey, String(Math.max(Date.now(), previous)), Math.max(markSeconds, 24 * 60 * 60));
  const listKey = `active-sessions-${userId}`;
  try {
    const raw = await storage.get(listKey);
    if (!raw) return 0;
    let listed: Array<{ token?: unknown; expiresAt?: unknown }> = [];
    try {
      const parsed: unknown = JSON.parse(String(raw));
      if (Array.isArray(parsed)) listed = parsed;
    } catch {
      // Not a list better-auth wrote: the key goes; the mark ends whatever it named.
    }
    const now = Date.now();
    const tokens = listed.filter((entry) => typeof entry.token === "string" && Number(entry.expiresAt) > now).map((entry) => entry.token as string);
    await Promise.all(tokens.map((token) => storage.delete(token)));
    await storage.delete(listKey);
    return tokens.length;
  } catch (error) {
    warn(`[session-kit] the sessions of user ${userId} are ended (marked revoked in secondary storage), but deleting their copies failed: ${(error as Error).message}`);
    return 0;
  }
}

export const STORAGE_REVOCATION_FAILED =
  "The session store (better-auth's secondary storage) did not answer, so this user's sessions may still be signed in. Try again.";

/**
 * With sessions in secondary storage (Redis), better-auth ends every session of a user after its own
 * write, and only logs a storage failure there: the ban or "sign out everywhere" answers 200 while the
 * copies live on, and serve as signed in once the store answers again. This after-hook confirms the
 * end instead (endStoredSessions: the mark written, the copies deleted), and answers 503, naming why,
 * when the store cannot take it, so the caller knows the sessions were not ended and to try again.
 */
export const storageRevocationHook = createAuthMiddleware(async (ctx) => {
  const storage = ctx.context.secondaryStorage;
  if (!storage || !ENDS_EVERY_SESSION.has(ctx.path ?? "")) return;
  if (ctx.context.returned instanceof Error) return;
  const named = (ctx.body as { userId?: unknown } | undefined)?.userId;
  const userId = ctx.path === "/revoke-sessions" ? ctx.context.session?.user.id : typeof named === "string" ? named : undefined;
  if (!userId) return;
  try {
    const warn = (message: string) => ctx.context.logger.warn(message);
    const left = await endStoredSessions(storage, userId, ctx.context.sessionConfig.expiresIn, warn);
    if (left > 0) warn(`[session-kit] ${ctx.path}: ${left} session copies of user ${userId} were still in secondary storage after better-auth ended them; deleted now.`);
  } catch (error) {
    ctx.context.logger.error(`[session-kit] ${ctx.path}: ending the sessions of user ${userId} in secondary storage failed`, error);
    throw new APIError("SERVICE_UNAVAILABLE", { message: STORAGE_REVOCATION_FAILED });
  }
});
