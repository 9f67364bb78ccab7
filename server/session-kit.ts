import "server-only"; // Client Components: import "session-kit" instead.
import { DEFAULT_PATHS } from "../lib/paths";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { type AdminRule, isAdmin } from "../lib/roles";
import { type AppAuth, hasPlugin } from "./app-auth";
import { createSessionLookup, type LookupDatabase, lookupDatabaseOf, useUnnamedStatements } from "./session-lookup";
import { createExpiredSessionSweep, type SweepOptions, type SweepResult } from "./session-sweep";
import type { SchemaOverrides } from "./session-schema";
import { type KitSession } from "../lib/session";
import { toKitSession } from "./kit-session";
import { SessionKitConfigError, SessionNotFreshError, SessionUnavailableError, UnauthorizedError } from "./errors";
import { isFreshSession } from "../lib/fresh-session";
import { authContext } from "./app-auth";
import type { AccountOrganization } from "../lib/accounts";
import { createOrganizationReader } from "./organizations";

export interface SessionKitOptions<Auth extends AppAuth = AppAuth> extends AdminRule {
  /** The app's better-auth instance, with whatever adapter and plugins it has (or createAuth()'s). */
  auth: Auth;
  /**
   * The database the auth instance stores sessions in: the kit's Database, the app's `pg` Pool, its
   * Prisma client or its Drizzle db (node-postgres). Unset, the Pool better-auth was given (if it was)
   * serves. Given, a session lookup is one prepared SQL statement (session joined to user, on the
   * app's own tables and columns) instead of better-auth's two; same answers (see session-lookup).
   */
  database?: LookupDatabase;
  /** The real table and column names where better-auth's options do not say them (Prisma's @map). */
  schema?: SchemaOverrides;
  /**
   * Whether `database` keeps named prepared statements (default true). false behind a pooler in
   * transaction mode that does not (PgBouncer before 1.21, several managed poolers): each statement is
   * sent unnamed, parsed each time. Left true there, the first lost statement switches to unnamed ones
   * by itself, with a warning.
   */
  preparedStatements?: boolean;
  /** Where signed-out visitors are sent. Default DEFAULT_PATHS.signIn. */
  signInPath?: string;
  /** Where signed-in visitors without access are sent. Default DEFAULT_PATHS.home. */
  homePath?: string;
}

/** The fields better-auth's type inference gives the app's user (additional fields, plugins' fields). */
type InferredUser<Auth> = Auth extends { $Infer: { Session: { user: infer User } } } ? User : object;

/**
 * The session the kit returns for the app's auth: the kit's fields, plus every field the app's user has
 * (`user.additionalFields` typed and present), never the ban fields.
 */
export type AppSession<Auth> = KitSession & { user: Omit<InferredUser<Auth>, keyof KitSession["user"] | "banned" | "banReason" | "banExpires"> };

export interface AccountContext {
  isPersonal: boolean;
  isOrganization: boolean;
  /** The active organization's id, once the user is confirmed a member of it; else null (personal). */
  activeOrganizationId: string | null;
  /** The active organization with the user's role in it; null in the personal account. */
  organization: AccountOrganization | null;
  user: KitSession["user"];
}

/** What the account switcher shows: the personal account, every organization, and which one is active. */
export interface Accounts {
  user: KitSession["user"];
  activeOrganizationId: string | null;
  organizations: AccountOrganization[];
}

/**
 * The kit's server functions, bound to an app's auth instance. Each is cached per request with React's
 * cache(), so any number of components asking for the session cost one database lookup.
 */
export function createSessionKit<Auth extends AppAuth>(options: SessionKitOptions<Auth>) {
  const { auth, signInPath = DEFAULT_PATHS.signIn, homePath = DEFAULT_PATHS.home } = options;
  const rule: AdminRule = { adminRoles: options.adminRoles, adminUserIds: options.adminUserIds };
  type Session = AppSession<Auth>;

  // The app's `pg` Pool, when better-auth was given one directly, serves the lookup without being named.
  const database = options.database ?? lookupDatabaseOf(auth.options.database);
  if (database && options.preparedStatements === false) useUnnamedStatements(database);
  if (!database) {
    console.info("[session-kit] createSessionKit has no `database`: sessions are read through better-auth's getSession (two statements or more); pass the app's database (pg Pool, Prisma client or Drizzle db) for the one-statement lookup.");
  }
  /** One lookup against the database (never the cookie cache) for the cookies in `requestHeaders`. */
  const fastLookup = database ? createSessionLookup(auth, database, options.schema) : undefined;
  const lookupInStore =
    fastLookup ??
    (async (requestHeaders: Headers): Promise<KitSession | null> =>
      toKitSession(await auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } })));
  /**
   * Checks now that the lookup's tables and columns exist (otherwise the first signed-in request does),
   * e.g. from instrumentation.ts's register(): a mismatch stops start-up with SessionKitConfigError.
   */
  const verifySchema = async (): Promise<void> => {
    await fastLookup?.verifySchema();
  };
  const sweep = database ? createExpiredSessionSweep(auth, database, options.schema) : undefined;
  /** Deletes expired sessions in short batches (see createExpiredSessionSweep); needs the kit's `database`. */
  async function deleteExpiredSessions(sweepOptions?: SweepOptions): Promise<SweepResult> {
    if (!sweep) throw new SessionKitConfigError("deleteExpiredSessions needs the app's database: pass `database` to createSessionKit (pg Pool, Prisma client or Drizzle db).");
    return sweep(sweepOptions);
  }
  /** A store that does not answer is neither signed in nor signed out: SessionUnavailableError. */
  async function lookupSession(requestHeaders: Headers): Promise<Session | null> {
    try {
      return (await lookupInStore(requestHeaders)) as Session | null;
    } catch (error) {
      if (error instanceof SessionUnavailableError || error instanceof SessionKitConfigError) throw error;
      throw new SessionUnavailableError(error);
    }
  }

  /** The current request's session, verified against the database (never the cookie cache), or null. */
  const getSession = cache(async (): Promise<Session | null> => lookupSession(await headers()));

  // Route handlers render no React tree, so cache() does not reach them: memoise per Request instead.
  const sessionsByRequest = new WeakMap<Request, Promise<Session | null>>();
  /** The session of a route handler's request, with the same rule and once per request. */
  function getRequestSession(request: Request): Promise<Session | null> {
    let pending = sessionsByRequest.get(request);
    if (!pending) {
      pending = lookupSession(request.headers);
      sessionsByRequest.set(request, pending);
    }
    return pending;
  }

  const organizations = createOrganizationReader(auth, database, options.schema);
  /**
   * The user's organizations, read once per request (one statement with the kit's `database`, else two
   * through better-auth's adapter) for the account context, the organization guard and the switcher
   * alike, however many components ask.
   */
  const organizationsOf = cache(organizations.organizationsOf);
  const membershipOf = async (userId: string, organizationId: string) =>
    (await organizationsOf(userId)).find((organization) => organization.id === organizationId) ?? null;

  /**
   * Personal or organization context; throws UnauthorizedError when signed out. The membership is read
   * again on every request: a user removed from the active organization (on another device, by its
   * admin) is in their personal account on the next request.
   */
  const getAccountContext = cache(async (): Promise<AccountContext> => {
    const current = await getSession();
    if (!current) throw new UnauthorizedError();
    const activeId = current.session.activeOrganizationId;
    const organization = activeId ? await membershipOf(current.user.id, activeId) : null;
    return {
      isPersonal: organization === null,
      isOrganization: organization !== null,
      activeOrganizationId: organization?.id ?? null,
      organization,
      user: current.user,
    };
  });

  /** The personal account and every organization the user belongs to; throws UnauthorizedError when signed out. */
  const listAccounts = cache(async (): Promise<Accounts> => {
    const context = await getAccountContext();
    return { user: context.user, activeOrganizationId: context.activeOrganizationId, organizations: await organizationsOf(context.user.id) };
  });

  /** The active organization's id, once the user is confirmed a member of it; otherwise to homePath. */
  const requireActiveOrganizationId = cache(async (): Promise<string> => {
    if (!hasPlugin(auth, "organization")) {
      throw new SessionKitConfigError("requireActiveOrganizationId needs better-auth's organization plugin: add organization() to the app's betterAuth({ plugins }).");
    }
    const current = await getSession();
    if (!current) redirect(signInPath);
    const organizationId = current.session.activeOrganizationId;
    if (!organizationId || !(await membershipOf(current.user.id, organizationId))) redirect(homePath);
    return organizationId;
  });

  /** True for admins, false for everyone else (signed out included); never redirects. */
  const isUserAdmin = cache(async (): Promise<boolean> => isAdmin((await getSession())?.user, rule));

  /** The admin's session; signed-out visitors go to signInPath, signed-in non-admins to homePath. */
  const requireAdmin = cache(async (): Promise<Session> => {
    const current = await getSession();
    if (!current) redirect(signInPath);
    if (!isAdmin(current.user, rule)) redirect(homePath);
    return current;
  });

  /** How young a session must be for sensitive actions: `maxAge`, else the app's `session.freshAge` (better-auth's default, a day). */
  const freshAgeOf = async (maxAge?: number): Promise<number> => {
    if (maxAge === undefined) return (await authContext(auth)).sessionConfig.freshAge;
    if (!Number.isFinite(maxAge) || maxAge < 0) throw new TypeError(`requireFreshSession: maxAge must be a number of seconds (0 or more), got ${String(maxAge)}.`);
    return maxAge;
  };

  /**
   * The session, if the user signed in (or re-authenticated) less than `maxAge` seconds ago; otherwise
   * SessionNotFreshError (the client's ReauthDialog asks for the password, then retries). Signed out:
   * UnauthorizedError. Use it before a sensitive change (email, password, deleting the account).
   */
  async function requireFreshSession({ maxAge }: { maxAge?: number } = {}): Promise<Session> {
    const current = await getSession();
    if (!current) throw new UnauthorizedError();
    const age = await freshAgeOf(maxAge);
    if (!isFreshSession(current.session.createdAt, age)) throw new SessionNotFreshError(age);
    return current;
  }

  /** The same rule for a route handler's session (see getRequestSession). */
  async function requireFreshRequestSession(session: KitSession, maxAge?: number): Promise<void> {
    const age = await freshAgeOf(maxAge);
    if (!isFreshSession(session.session.createdAt, age)) throw new SessionNotFreshError(age);
  }

  return {
    auth,
    lookupSession,
    requireFreshSession,
    requireFreshRequestSession,
    verifySchema,
    deleteExpiredSessions,
    getSession,
    getRequestSession,
    getAccountContext,
    listAccounts,
    requireActiveOrganizationId,
    isUserAdmin,
    requireAdmin,
    adminRule: rule,
  };
}

export type SessionKit = ReturnType<typeof createSessionKit>;
