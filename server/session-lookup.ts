import type { KitAuth } from "./auth";
import type { Database } from "./db/database";
import { readSignedCookie } from "./session-cookies";
import { type KitSession } from "../lib/session";
import { toKitSession } from "./kit-session";

interface SessionRow {
  sessionId: string;
  userId: string;
  expiresAt: Date;
  updatedAt: Date;
  activeOrganizationId: string | null;
  impersonatedBy: string | null;
  name: string;
  email: string;
  image: string | null;
  emailVerified: boolean;
  createdAt: Date;
  userUpdatedAt: Date;
  role: string | null;
}

/**
 * The session for a request in one SQL statement: the cookie read and its signature checked by
 * better-auth's own request context (the very cookie its endpoints read, see session-cookies), then the
 * session joined to its user by token, unexpired, straight from the database (so a deleted, revoked or
 * expired session, or a banned user, is seen at once: stricter than better-auth, whose getSession keeps
 * a banned user's live sessions until its ban endpoint deletes them). When the session is due to slide
 * forward (its last refresh is older than `updateAge`), better-auth's own getSession does it instead:
 * at most once a day per session, a few statements more.
 */
const LOOKUP_SQL = `SELECT s."id" AS "sessionId", s."userId", s."expiresAt", s."updatedAt", s."activeOrganizationId",
       s."impersonatedBy", u."name", u."email", u."image", u."emailVerified", u."createdAt",
       u."updatedAt" AS "userUpdatedAt", u."role"
FROM "session" s JOIN "user" u ON u."id" = s."userId"
WHERE s."token" = $1 AND s."expiresAt" > now()
  AND (u."banned" IS NOT TRUE OR u."banExpires" <= now())
LIMIT 1`;

export function createSessionLookup(auth: KitAuth, database: Pick<Database, "query">) {
  return async function lookupSession(headers: Headers): Promise<KitSession | null> {
    const context = await auth.$context;
    const token = await readSignedCookie(headers, context.authCookies.sessionToken.name, context.secret);
    if (!token) return null;
    const rows = await database.query<SessionRow>("session_kit_lookup", LOOKUP_SQL, [token]);
    const row = rows[0];
    if (!row) return null;
    const { expiresIn, updateAge } = context.sessionConfig;
    const lastRefresh = row.expiresAt.getTime() - expiresIn * 1000;
    // An impersonation session is short (an hour) and never slides, as better-auth keeps it: read as is.
    if (updateAge > 0 && row.impersonatedBy === null && lastRefresh + updateAge * 1000 <= Date.now()) {
      return toKitSession(await auth.api.getSession({ headers, query: { disableCookieCache: true } }));
    }
    return {
      user: {
        id: row.userId,
        name: row.name,
        email: row.email,
        image: row.image,
        emailVerified: row.emailVerified,
        createdAt: row.createdAt,
        updatedAt: row.userUpdatedAt,
        role: row.role,
      },
      session: {
        id: row.sessionId,
        userId: row.userId,
        expiresAt: row.expiresAt,
        activeOrganizationId: row.activeOrganizationId,
        impersonatedBy: row.impersonatedBy,
      },
    };
  };
}
