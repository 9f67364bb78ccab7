import "server-only"; // Client Components: import "session-kit" instead.
import { isAdmin } from "../lib/roles";
import type { SessionKit } from "./session-kit";
import { type KitSession } from "../lib/session";
import { SessionNotFreshError, SessionUnavailableError } from "./errors";
import { SESSION_NOT_FRESH } from "../lib/fresh-session";

/** What Next.js passes a route handler besides the request (params, as a promise in Next 15+). */
export interface RouteContext<Params = Record<string, string | string[]>> {
  params: Promise<Params>;
}

export type SessionRouteHandler<Params> = (
  request: Request,
  context: RouteContext<Params> & { session: KitSession },
) => Response | Promise<Response>;

/** The JSON body of the kit's 401, 403, 409 and 503 answers. */
export interface RouteError {
  error: "Unauthorized" | "Forbidden" | "SessionUnavailable" | typeof SESSION_NOT_FRESH;
  message: string;
}

const unauthorized = () =>
  Response.json({ error: "Unauthorized", message: "Sign in to use this endpoint." } satisfies RouteError, {
    status: 401,
    headers: { "cache-control": "no-store" },
  });
const forbidden = () =>
  Response.json({ error: "Forbidden", message: "This endpoint is for admins." } satisfies RouteError, {
    status: 403,
    headers: { "cache-control": "no-store" },
  });
const notFresh = () =>
  Response.json({ error: SESSION_NOT_FRESH, message: "Confirm your password, then send the request again." } satisfies RouteError, {
    status: 409,
    headers: { "cache-control": "no-store" },
  });
const unavailable = () =>
  Response.json({ error: "SessionUnavailable", message: "The session could not be checked; try again shortly." } satisfies RouteError, {
    status: 503,
    headers: { "cache-control": "no-store", "retry-after": "5" },
  });

/**
 * A session's answer is for that user only: never stored by a shared cache, nor by the browser's (a
 * later user of the same browser, or a back button after sign-out, must not get it). A handler that
 * sets its own Cache-Control keeps it.
 */
function privateAnswer(response: Response): Response {
  if (response.headers.has("cache-control")) return response;
  try {
    response.headers.set("cache-control", "private, no-store");
    return response;
  } catch {
    // Immutable headers (Response.redirect, a fetched response): answer a copy.
    const copy = new Response(response.body, response);
    copy.headers.set("cache-control", "private, no-store");
    return copy;
  }
}

export interface RouteOptions {
  /**
   * The session must be this recent: `true` for the app's `session.freshAge`, or `{ maxAge }` seconds.
   * An older one gets 409 `{ error: "SESSION_NOT_FRESH" }` and the handler does not run.
   */
  fresh?: boolean | { maxAge: number };
}

/**
 * Wrappers for `app/**\/route.ts` handlers. `withSession` passes the verified session (the same
 * database check as getSession, once per request) or answers 401 with a JSON body; `withAdmin`
 * answers 403 to signed-in non-admins; `{ fresh }` answers 409 to a session older than allowed. A
 * malformed cookie is no session: 401, never 500. Every answer is `Cache-Control: private, no-store`
 * unless the handler sets its own.
 */
export function createRouteHandlers(kit: SessionKit) {
  function guarded<Params>(handler: SessionRouteHandler<Params>, options: RouteOptions, adminOnly: boolean) {
    return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
      let session: KitSession | null;
      try {
        session = await kit.getRequestSession(request);
      } catch (error) {
        if (!(error instanceof SessionUnavailableError)) throw error;
        console.error("[session-kit]", error.message);
        return unavailable();
      }
      if (!session) return unauthorized();
      if (adminOnly && !isAdmin(session.user, kit.adminRule)) return forbidden();
      if (options.fresh) {
        try {
          await kit.requireFreshRequestSession(session, options.fresh === true ? undefined : options.fresh.maxAge);
        } catch (error) {
          if (error instanceof SessionNotFreshError) return notFresh();
          throw error;
        }
      }
      return privateAnswer(await handler(request, { ...context, session }));
    };
  }

  const withSession = <Params = Record<string, string | string[]>>(handler: SessionRouteHandler<Params>, options: RouteOptions = {}) =>
    guarded(handler, options, false);
  const withAdmin = <Params = Record<string, string | string[]>>(handler: SessionRouteHandler<Params>, options: RouteOptions = {}) =>
    guarded(handler, options, true);

  return { withSession, withAdmin };
}
