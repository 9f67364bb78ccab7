/**
 * The session types, in one place. Three differ for a reason:
 * - `KitSession`: what the kit's server functions return, verified against the database (never the token);
 * - `SessionLike`: any session the components and `<Show>` accept on either side (the server's
 *   KitSession, better-auth's client session, a fixture): the same fields, some optional, dates maybe strings;
 * - `SessionUser`: what a view needs to draw a user.
 * (`SessionData`, from the client entry, is better-auth's own inferred client type, for fixtures.)
 */
export interface KitSession {
  user: {
    id: string;
    name: string;
    email: string;
    image: string | null;
    emailVerified: boolean;
    createdAt: Date;
    updatedAt: Date;
    role: string | null;
  };
  session: {
    id: string;
    userId: string;
    expiresAt: Date;
    /** When the user last proved who they are (signed in, or re-authenticated): what freshness is measured from. */
    createdAt: Date;
    activeOrganizationId: string | null;
    impersonatedBy: string | null;
  };
}

export interface SessionLike {
  user: { id: string; name: string; email: string; image?: string | null; role?: string | null; emailVerified?: boolean };
  session: { id?: string; userId?: string; expiresAt?: Date | string; createdAt?: Date | string; activeOrganizationId?: string | null; impersonatedBy?: string | null };
}

export type SessionUser = Pick<SessionLike["user"], "name" | "email" | "image">;
