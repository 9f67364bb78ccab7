import { type AppAuth } from "./app-auth";
import type { Database } from "./db/database";
import { readSignedCookie } from "./session-cookies";
import type { KitSession } from "../lib/session";
import { isBanned, toKitSession } from "./kit-session";
import { checkLookupSchema, lookupSchemaFor, lookupStatement, rowToSession, type SchemaOverrides } from "./session-schema";
import { authContext } from "./app-auth";

type FoundSession = Parameters<typeof toKitSession>[0] & {
  user: Record<string, unknown>;
  session: { expiresAt: Date; impersonatedBy?: string | null };
};

/**
 * A session better-auth keeps in its secondary storage (Redis) and not in the database: read through
 * better-auth's own findSession, so the copy, its user and the "revoked before" mark of a user whose
 * sessions were all ended are read exactly as its endpoints read them (one or two round trips, no SQL).
 * Then the kit's own rule, as its SQL applies it: unexpired, the user not banned. A store that fails
 * throws (the caller answers "unavailable", never signed in); there is no fallback to an older copy.
 */
async function findInSecondaryStorage(context: Awaited<ReturnType<typeof authContext>>, token: string): Promise<FoundSession | null> {
  const found = (await context.internalAdapter.findSession(token)) as FoundSession | null;
  if (!found) return null;
  if (new Date(found.session.expiresAt).getTime() <= Date.now() || isBanned(found.user)) return null;
  return found;
}

/** Runs one parameterised statement, prepared once per connection under `name`. */
export type StatementRunner = <Row>(name: string, text: string, values: unknown[]) => Promise<Row[]>;

type PgQueryable = { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }> };

/**
 * What the one-statement lookup can run on: the kit's Database, the app's `pg` Pool, its Prisma client,
 * or a Drizzle db over node-postgres (through its `$client`, the Pool).
 */
export type LookupDatabase =
  | Pick<Database, "query" | "description">
  | PgQueryable
  | { $queryRawUnsafe(query: string, ...values: unknown[]): Promise<unknown> }
  | { $client: PgQueryable };

/**
 * The database better-auth itself was given, when the lookup can run on it: a `pg` Pool (better-auth's
 * built-in adapter). Adapters (prismaAdapter, drizzleAdapter) hide their client: pass it as `database`.
 */
export function lookupDatabaseOf(authDatabase: unknown): LookupDatabase | undefined {
  const candidate = authDatabase as { query?: unknown; connect?: unknown } | null | undefined;
  if (candidate && typeof candidate === "object" && typeof candidate.query === "function" && typeof candidate.connect === "function") {
    return candidate as PgQueryable;
  }
  return undefined;
}

function directRunnerFor(database: LookupDatabase): StatementRunner {
  if ("description" in database) return (name, text, values) => database.query(name, text, values);
  const drizzle = database as { $client?: PgQueryable };
  if (drizzle.$client && typeof drizzle.$client.query === "function") return directRunnerFor(drizzle.$client);
  // Read, not `in`: a lazily created Prisma client (the kit's createDatabase) is a Proxy without a `has` trap.
  const prisma = database as { $queryRawUnsafe?: (query: string, ...values: unknown[]) => Promise<unknown> };
  if (typeof prisma.$queryRawUnsafe === "function") return async (_name, text, values) => (await prisma.$queryRawUnsafe!(text, ...values)) as never[];
  const pool = database as { query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }> };
  // An empty name: node-postgres sends an unnamed statement (parsed again each time).
  return async (name, text, values) => (await pool.query(name ? { name, text, values } : { text, values })).rows as never[];
}

/**
 * Databases where named prepared statements do not hold: behind a pooler in transaction mode that does
 * not track them (PgBouncer before 1.21, several managed poolers), a statement prepared on one server
 * connection is missing on the next, or already there under the same name from another client.
 */
const unnamedOnly = new WeakSet<object>();

/** Runs the kit's statements on `database` as unnamed ones from now on (createSessionKit's `preparedStatements: false`). */
export function useUnnamedStatements(database: LookupDatabase): void {
  unnamedOnly.add(database);
}

// PostgreSQL's codes for "prepared statement … does not exist" and "… already exists".
const PREPARED_STATEMENT_LOST = new Set(["26000", "42P05"]);

/**
 * Runs one statement, prepared once per connection under its name; where the database shows that names
 * do not hold (one of the two errors above, raised before the statement runs, so running it again is safe), it runs again
 * unnamed, and so does every later one on that database, with one warning saying so.
 */
export function statementRunnerFor(database: LookupDatabase): StatementRunner {
  const run = directRunnerFor(database);
  return async (name, text, values) => {
    if (unnamedOnly.has(database)) return run("", text, values);
    try {
      return await run(name, text, values);
    } catch (error) {
      if (!PREPARED_STATEMENT_LOST.has((error as { code?: string }).code ?? "")) throw error;
      if (!unnamedOnly.has(database)) {
        unnamedOnly.add(database);
        console.warn(
          `[session-kit] the database lost the prepared statement "${name}" (${(error as Error).message}): a pooler in transaction mode? The kit's statements run unnamed from now on; pass createSessionKit({ preparedStatements: false }) to start that way.`,
        );
      }
      return run("", text, values);
    }
  };
}

/**
 * The session for a request in one SQL statement (or, where better-auth keeps sessions only in its
 * secondary storage, from there: findInSecondaryStorage), on the app's own tables and columns (read from its
 * better-auth options, checked against the database once): the cookie read and its signature checked by
 * better-auth's own request context (the very cookie its endpoints read, see session-cookies), then the
 * session joined to its user by token, unexpired, straight from the database (so a deleted, revoked or
 * expired session, or a banned user, is seen at once: stricter than better-auth, whose getSession keeps
 * a banned user's live sessions until its ban endpoint deletes them). When the session is due to slide
 * forward (its last refresh is older than `updateAge`), better-auth's own getSession does it instead:
 * at most once a day per session, a few statements more.
 */
export function createSessionLookup(auth: AppAuth, database: LookupDatabase, overrides?: SchemaOverrides) {
  const schema = lookupSchemaFor(auth.options, overrides);
  const statement = lookupStatement(schema);
  const run = statementRunnerFor(database);
  // Sessions kept only in better-auth's secondary storage (Redis): read where better-auth reads them.
  const inSecondaryStorage = Boolean(auth.options.secondaryStorage) && auth.options.session?.storeSessionInDatabase !== true;
  let checked: Promise<void> | undefined;
  /**
   * The schema check, once per process (again after a failure: a database that did not answer is asked
   * again). None with sessions only in secondary storage: the app may have no session table at all.
   */
  const verifySchema = () =>
    inSecondaryStorage
      ? Promise.resolve()
      : (checked ??= checkLookupSchema(run, schema).catch((error: unknown) => {
          checked = undefined;
          throw error;
        }));

  async function lookupSession(headers: Headers): Promise<KitSession | null> {
    const context = await authContext(auth);
    const token = await readSignedCookie(headers, context.authCookies.sessionToken.name, context.secret);
    if (!token) return null;
    let found: FoundSession | null;
    if (inSecondaryStorage) {
      found = await findInSecondaryStorage(context, token);
    } else {
      await verifySchema();
      const [row] = await run<Record<string, unknown>>("session_kit_lookup", statement, [token]);
      found = row ? (rowToSession(row) as FoundSession) : null;
    }
    if (!found) return null;
    const { expiresIn, updateAge } = context.sessionConfig;
    const lastRefresh = found.session.expiresAt.getTime() - expiresIn * 1000;
    // An impersonation session is short (an hour) and never slides, as better-auth keeps it: read as is.
    if (updateAge > 0 && !found.session.impersonatedBy && lastRefresh + updateAge * 1000 <= Date.now()) {
      return toKitSession(await auth.api.getSession({ headers, query: { disableCookieCache: true } }));
    }
    return toKitSession(found);
  }
  return Object.assign(lookupSession, { verifySchema });
}
