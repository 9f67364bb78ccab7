import "server-only"; // Client Components: import "session-kit" instead.
import { DEFAULT_PATHS } from "../lib/paths";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { type AdminRule, isAdmin } from "../lib/roles";
import type { KitAuth } from "./auth";
import type { Database } from "./db/database";
import { createSessionLookup } from "./session-lookup";
import { type KitSession } from "../lib/session";
import { toKitSession } from "./kit-session";
import { SessionUnavailableError, UnauthorizedError } from "./errors";

export interface SessionKitOptions extends AdminRule {
  auth: KitAuth;
  /**
   * The database the auth instance stores sessions in. Given, a session lookup is one prepared SQL
   * statement (session joined to user) instead of better-auth's two; same checks (see session-lookup).
   */
  database?: Pick<Database, "query">;
  /** Where signed-out visitors are sent. Default DEFAULT_PATHS.signIn. */
  signInPath?: string;
  /** Where signed-in visitors without access are sent. Default DEFAULT_PATHS.home. */
  homePath?: string;
}

export interface AccountContext {
  isPersonal: boolean;
  isOrganization: boolean;
  activeOrganizationId: string | null;
  user: KitSession["user"];
}

/**
 * The kit's server functions, bound to an app's auth instance. Each is cached per request with React's
 * cache(), so any number of components asking for the session cost one database lookup.
 */
export function createSessionKit(options: SessionKitOptions) {
  const { auth, signInPath = DEFAULT_PATHS.signIn, homePath = DEFAULT_PATHS.home } = options;
  const rule: AdminRule = { adminRoles: options.adminRoles, adminUserIds: options.adminUserIds };

  /** One lookup against the database (never the cookie cache) for the cookies in `requestHeaders`. */
  const lookupInStore = options.database
    ? createSessionLookup(auth, options.database)
    : async (requestHeaders: Headers): Promise<KitSession | null> =>
        toKitSession(await auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } }));
  /** A store that does not answer is neither signed in nor signed out: SessionUnavailableError. */
  async function lookupSession(requestHeaders: Headers): Promise<KitSession | null> {
    try {
      return await lookupInStore(requestHeaders);
    } catch (error) {
      throw error instanceof SessionUnavailableError ? error : new SessionUnavailableError(error);
    }
  }

  /** The current request's session, verified against the database (never the cookie cache), or null. */
  const getSession = cache(async (): Promise<KitSession | null> => lookupSession(await headers()));

  // Route handlers render no React tree, so cache() does not reach them: memoise per Request instead.
  const sessionsByRequest = new WeakMap<Request, Promise<KitSession | null>>();
  /** The session of a route handler's request, with the same rule and once per request. */
  function getRequestSession(request: Request): Promise<KitSession | null> {
    let pending = sessionsByRequest.get(request);
    if (!pending) {
      pending = lookupSession(request.headers);
      sessionsByRequest.set(request, pending);
    }
    return pending;
  }

  /** Personal or organization context; throws UnauthorizedError when signed out. */
  const getAccountContext = cache(async (): Promise<AccountContext> => {
    const current = await getSession();
    if (!current) throw new UnauthorizedError();
    const activeOrganizationId = current.session.activeOrganizationId;
    return {
      isPersonal: activeOrganizationId === null,
      isOrganization: activeOrganizationId !== null,
      activeOrganizationId,
      user: current.user,
    };
  });

  const isMemberOf = cache(async (organizationId: string, userId: string): Promise<boolean> => {
    const context = await auth.$context;
    const member = await context.adapter.findOne({
      model: "member",
      where: [
        { field: "organizationId", value: organizationId },
        { field: "userId", value: userId },
      ],
    });
    return member !== null;
  });

  /** The active organization's id, once the user is confirmed a member of it; otherwise to homePath. */
  const requireActiveOrganizationId = cache(async (): Promise<string> => {
    const current = await getSession();
    if (!current) redirect(signInPath);
    const organizationId = current.session.activeOrganizationId;
    if (!organizationId || !(await isMemberOf(organizationId, current.user.id))) redirect(homePath);
    return organizationId;
  });

  /** True for admins, false for everyone else (signed out included); never redirects. */
  const isUserAdmin = cache(async (): Promise<boolean> => isAdmin((await getSession())?.user, rule));

  /** The admin's session; signed-out visitors go to signInPath, signed-in non-admins to homePath. */
  const requireAdmin = cache(async (): Promise<KitSession> => {
    const current = await getSession();
    if (!current) redirect(signInPath);
    if (!isAdmin(current.user, rule)) redirect(homePath);
    return current;
  });

  return {
    auth,
    lookupSession,
    getSession,
    getRequestSession,
    getAccountContext,
    requireActiveOrganizationId,
    isUserAdmin,
    requireAdmin,
    adminRule: rule,
  };
}

export type SessionKit = ReturnType<typeof createSessionKit>;
