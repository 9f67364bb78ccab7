import "server-only"; // Client Components: import "session-kit" instead.
import { isAdmin } from "../lib/roles";
import type { SessionKit } from "./session-kit";
import { type KitSession } from "../lib/session";
import { SessionUnavailableError } from "./errors";

/** What Next.js passes a route handler besides the request (params, as a promise in Next 15+). */
export interface RouteContext<Params = Record<string, string | string[]>> {
  params: Promise<Params>;
}

export type SessionRouteHandler<Params> = (
  request: Request,
  context: RouteContext<Params> & { session: KitSession },
) => Response | Promise<Response>;

/** The JSON body of the kit's 401 and 403 answers. */
export interface RouteError {
  error: "Unauthorized" | "Forbidden" | "SessionUnavailable";
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

/**
 * Wrappers for `app/**\/route.ts` handlers. `withSession` passes the verified session (the same
 * database check as getSession, once per request) or answers 401 with a JSON body; `withAdmin`
 * answers 403 to signed-in non-admins. A malformed cookie is no session: 401, never 500. Every answer
 * is `Cache-Control: private, no-store` unless the handler sets its own.
 */
export function createRouteHandlers(kit: SessionKit) {
  function withSession<Params = Record<string, string | string[]>>(handler: SessionRouteHandler<Params>) {
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
      return privateAnswer(await handler(request, { ...context, session }));
    };
  }

  function withAdmin<Params = Record<string, string | string[]>>(handler: SessionRouteHandler<Params>) {
    return withSession<Params>((request, context) =>
      isAdmin(context.session.user, kit.adminRule) ? handler(request, context) : forbidden(),
    );
  }

  return { withSession, withAdmin };
}
