import type { KitSession } from "../lib/session";

/** What better-auth's server getSession() returns, with the admin and organization plugins' fields. */
interface BetterAuthSessionResult {
  user: { id: string; name: string; email: string; image?: string | null; emailVerified: boolean; createdAt: Date; updatedAt: Date; role?: string | null };
  session: { id: string; userId: string; expiresAt: Date; activeOrganizationId?: string | null; impersonatedBy?: string | null };
}

/** better-auth's session as the kit hands it out: only the fields pages need, never the token. */
export function toKitSession(result: BetterAuthSessionResult | null | undefined): KitSession | null {
  if (!result?.user || !result.session) return null;
  const { user, session } = result;
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      image: user.image ?? null,
      emailVerified: user.emailVerified,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      role: user.role ?? null,
    },
    session: {
      id: session.id,
      userId: session.userId,
      expiresAt: session.expiresAt,
      activeOrganizationId: session.activeOrganizationId ?? null,
      impersonatedBy: session.impersonatedBy ?? null,
    },
  };
}
