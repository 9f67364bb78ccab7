import type { KitSession } from "../lib/session";

/** The admin plugin's ban fields: what the kit decides with, never what it hands out. */
const BAN_FIELDS = new Set(["banned", "banReason", "banExpires"]);

/** The admin plugin's ban, as the kit's SQL reads it: banned, and the ban has no end or ends later. */
export function isBanned(user: Record<string, unknown> | null | undefined): boolean {
  return Boolean(user?.banned) && !(user?.banExpires && new Date(user.banExpires as Date | string).getTime() <= Date.now());
}

interface SessionParts {
  user: Record<string, unknown> & { id: string };
  session: Record<string, unknown> & { id: string; userId: string; expiresAt: Date; createdAt: Date };
}

/**
 * A session as the kit hands it out, from better-auth's getSession answer or the kit's own lookup row:
 * every field the app's user returns (additional fields included; never the ban fields), and the
 * session's id, user, expiry, start, active organization and impersonator (never its token).
 */
export function toKitSession(result: SessionParts | { user?: unknown; session?: unknown } | null | undefined): KitSession | null {
  if (!result?.user || !result.session) return null;
  const { user, session } = result as SessionParts;
  const fields = Object.fromEntries(Object.entries(user).filter(([field]) => !BAN_FIELDS.has(field)));
  return {
    user: {
      ...fields,
      id: user.id,
      name: user.name as string,
      email: user.email as string,
      image: (user.image as string | null | undefined) ?? null,
      emailVerified: Boolean(user.emailVerified),
      createdAt: user.createdAt as Date,
      updatedAt: user.updatedAt as Date,
      role: (user.role as string | null | undefined) ?? null,
    },
    session: {
      id: session.id,
      userId: session.userId,
      expiresAt: session.expiresAt,
      createdAt: session.createdAt,
      activeOrganizationId: (session.activeOrganizationId as string | null | undefined) ?? null,
      impersonatedBy: (session.impersonatedBy as string | null | undefined) ?? null,
    },
  };
}
