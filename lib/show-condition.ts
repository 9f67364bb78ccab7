import { isAdmin } from "./roles";
import type { SessionLike } from "./session";

/**
 * When `<Show>` shows its children: signed in, signed out, holding a role (one of several when given an
 * array; the user's role field may list several, comma-separated, as better-auth's admin plugin stores
 * them), or any test of the session (null when signed out).
 */
export type ShowCondition = "signed-in" | "signed-out" | { role: string | readonly string[] } | ((session: SessionLike | null) => boolean);

/** The one rule both `<Show>` twins use. */
export function showMatches(when: ShowCondition, session: SessionLike | null): boolean {
  if (when === "signed-in") return session !== null;
  if (when === "signed-out") return session === null;
  if (typeof when === "function") return when(session);
  const roles = typeof when.role === "string" ? [when.role] : when.role;
  return isAdmin(session?.user, { adminRoles: roles });
}
