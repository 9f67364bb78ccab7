import { createHmac, timingSafeEqual } from "node:crypto";
import type { KitAuth } from "./auth";
import type { Database } from "./db/database";
import { type KitSession, toKitSession } from "./session-types";

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

/** The cookie's value as better-call signs it: `<token>.<base64 HMAC-SHA256 of token>`, URI-encoded. */
function verifiedToken(cookieValue: string, secret: string): string | null {
  let value: string;
  try {
    value = decodeURIComponent(cookieValue);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}

function readCookie(headers: Headers, name: string): string | null {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

/**
 * The session for a request in one SQL statement: the cookie's signature checked here (as better-auth
 * does), then the session joined to its user by token, unexpired, straight from the database (so a
 * deleted, revoked or expired session, or a banned user, is seen at once: stricter than better-auth,
 * whose getSession keeps a banned user's live sessions until its ban endpoint deletes them). When the session is due to slide forward (its
 * last refresh is older than `updateAge`), better-auth's own getSession does it instead: at most once a
 * day per session, a few statements more.
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
    const cookie = readCookie(headers, context.authCookies.sessionToken.name);
    if (!cookie) return null;
    const token = verifiedToken(cookie, context.secret);
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
