/** The session the kit's server functions return: what pages need, nothing secret (no token). */
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
    activeOrganizationId: string | null;
    impersonatedBy: string | null;
  };
}

interface BetterAuthSessionResult {
  user: { id: string; name: string; email: string; image?: string | null; emailVerified: boolean; createdAt: Date; updatedAt: Date; role?: string | null };
  session: { id: string; userId: string; expiresAt: Date; activeOrganizationId?: string | null; impersonatedBy?: string | null };
}

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

/** Thrown by server functions that need a signed-in user; actions turn it into "Unauthorized". */
export class UnauthorizedError extends Error {
  override name = "UnauthorizedError";
  readonly status = 401;
  constructor(message = "Unauthorized") {
    super(message);
  }
}

/** Thrown when a signed-in user lacks the role; actions turn it into "Forbidden". */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  readonly status = 403;
  constructor(message = "Forbidden") {
    super(message);
  }
}

/**
 * Thrown when the session cannot be checked because the session store (the database) did not answer.
 * Never read as "signed out" nor as "signed in": pages show their error boundary, route handlers answer
 * 503, actions answer "Session unavailable". The original error is kept as `cause` (for the server log).
 */
export class SessionUnavailableError extends Error {
  override name = "SessionUnavailableError";
  readonly status = 503;
  constructor(cause: unknown) {
    super(`The session could not be checked: the session store did not answer (${cause instanceof Error ? cause.message : String(cause)}).`, { cause });
  }
}
