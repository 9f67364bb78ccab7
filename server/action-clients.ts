import "server-only"; // Client Components: import "session-kit" instead.
import { createSafeActionClient } from "next-safe-action";
import { isAdmin } from "../lib/roles";
import type { SessionKit } from "./session-kit";
import { ForbiddenError, SessionNotFreshError, SessionUnavailableError, UnauthorizedError } from "./errors";
import { SESSION_NOT_FRESH } from "../lib/fresh-session";

/** What the client sees when an action fails on the server: a known reason, never internals. */
function serverErrorMessage(error: Error): string {
  if (error instanceof UnauthorizedError) return "Unauthorized";
  if (error instanceof ForbiddenError) return "Forbidden";
  if (error instanceof SessionNotFreshError) return SESSION_NOT_FRESH;
  if (error instanceof SessionUnavailableError) {
    console.error("[session-kit]", error.message);
    return "Session unavailable";
  }
  console.error("[session-kit] server action failed", error);
  return "Something went wrong";
}

export interface ActionClientOptions {
  /** How young (seconds) freshActionClient wants the session. Default: the app's `session.freshAge`. */
  freshAge?: number;
}

/**
 * next-safe-action clients with the session guaranteed. Without a session the client gets
 * `serverError: "Unauthorized"` and the action body never runs; invalid input comes back as
 * `validationErrors` and never reaches the body either. `freshActionClient` also wants a recent sign-in:
 * an older session gets `serverError: "SESSION_NOT_FRESH"` (the client's useReauthentication asks for
 * the password and runs the action again).
 */
export function createActionClients(kit: SessionKit, options: ActionClientOptions = {}) {
  const actionClient = createSafeActionClient({ handleServerError: serverErrorMessage });

  const authenticatedActionClient = actionClient.use(async ({ next }) => {
    const current = await kit.getSession();
    if (!current) throw new UnauthorizedError();
    return next({ ctx: { user: current.user, session: current.session } });
  });

  const adminActionClient = authenticatedActionClient.use(async ({ next, ctx }) => {
    if (!isAdmin(ctx.user, kit.adminRule)) throw new ForbiddenError();
    return next({ ctx });
  });

  const freshActionClient = actionClient.use(async ({ next }) => {
    const current = await kit.requireFreshSession({ maxAge: options.freshAge });
    return next({ ctx: { user: current.user, session: current.session } });
  });

  return { actionClient, authenticatedActionClient, freshActionClient, adminActionClient };
}

export type ActionClients = ReturnType<typeof createActionClients>;
