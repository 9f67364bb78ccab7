import "server-only"; // Client Components: import "session-kit" instead.
import { createSafeActionClient } from "next-safe-action";
import { isAdmin } from "../lib/roles";
import type { SessionKit } from "./session-kit";
import { ForbiddenError, SessionUnavailableError, UnauthorizedError } from "./errors";

/** What the client sees when an action fails on the server: a known reason, never internals. */
function serverErrorMessage(error: Error): string {
  if (error instanceof UnauthorizedError) return "Unauthorized";
  if (error instanceof ForbiddenError) return "Forbidden";
  if (error instanceof SessionUnavailableError) {
    console.error("[session-kit]", error.message);
    return "Session unavailable";
  }
  console.error("[session-kit] server action failed", error);
  return "Something went wrong";
}

/**
 * next-safe-action clients with the session guaranteed. Without a session the client gets
 * `serverError: "Unauthorized"` and the action body never runs; invalid input comes back as
 * `validationErrors` and never reaches the body either.
 */
export function createActionClients(kit: SessionKit) {
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

  return { actionClient, authenticatedActionClient, adminActionClient };
}

export type ActionClients = ReturnType<typeof createActionClients>;
