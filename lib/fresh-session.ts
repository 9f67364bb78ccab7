/**
 * A session too old for a sensitive action answers this code, on either side of the wire: the kit's
 * fresh action client (`serverError`), its route wrappers (409 `{ error }`), and better-auth's own
 * fresh endpoints (delete-user, 403 `{ code }`). The client's re-authentication reads any of the three.
 */
export const SESSION_NOT_FRESH = "SESSION_NOT_FRESH";

/** Whether a session that started (or last re-authenticated) at `createdAt` is younger than `maxAge` seconds; 0 means any age. */
export function isFreshSession(createdAt: Date | string, maxAge: number, now = Date.now()): boolean {
  if (maxAge <= 0) return true;
  const started = new Date(createdAt).getTime();
  return Number.isFinite(started) && now - started < maxAge * 1000;
}

/**
 * Whether an answer says "re-authenticate first": a next-safe-action result (`serverError`), a better-auth
 * client result (`error.code`), or a fetch Response (409, its JSON `error`; read from a clone, so the
 * caller can still read the body).
 */
export async function isSessionNotFresh(answer: unknown): Promise<boolean> {
  if (typeof Response !== "undefined" && answer instanceof Response) {
    if (answer.status !== 409 && answer.status !== 403) return false;
    try {
      const body = (await answer.clone().json()) as { error?: unknown; code?: unknown };
      return body.error === SESSION_NOT_FRESH || body.code === SESSION_NOT_FRESH;
    } catch {
      return false;
    }
  }
  if (!answer || typeof answer !== "object") return false;
  const result = answer as { serverError?: unknown; error?: { code?: unknown } | null };
  return result.serverError === SESSION_NOT_FRESH || result.error?.code === SESSION_NOT_FRESH;
}
