// The server's error classes, together. Each names the problem and, where the user can act, the fix.
export class AuthConfigError extends Error {
  override name = "AuthConfigError";
}

/** A configuration problem the user must fix; the message names the variable and the fix. */
export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

/** The database could not be reached or refused us; the message says why and what to do. */
export class DatabaseConnectionError extends Error {
  override name = "DatabaseConnectionError";
}

export class MigrationError extends Error {
  override name = "MigrationError";
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

/**
 * The kit and the app's better-auth set-up do not fit (a table or column the lookup needs is not where
 * the options say, a function needs a plugin the app does not have); the message names what and the fix.
 */
export class SessionKitConfigError extends Error {
  override name = "SessionKitConfigError";
}

/**
 * Thrown by requireFreshSession (and the fresh action client) when the session is older than the action
 * allows: the user must prove who they are again (the client's ReauthDialog), then retry. Actions answer
 * `serverError: "SESSION_NOT_FRESH"`, route wrappers 409 with `{ error: "SESSION_NOT_FRESH" }`.
 */
export class SessionNotFreshError extends Error {
  override name = "SessionNotFreshError";
  readonly status = 409;
  readonly code = "SESSION_NOT_FRESH";
  constructor(readonly maxAge: number) {
    super(`This action needs a session younger than ${maxAge} s: confirm your password and try again.`);
  }
}
