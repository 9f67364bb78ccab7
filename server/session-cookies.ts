import { createAuthMiddleware } from "better-auth/api";
import { getChunkedCookie } from "better-auth/cookies";

/**
 * What a request's cookies say, read by better-auth's own request context (better-call's): the first
 * cookie of a name wins, surrounding quotes are stripped, the value is percent-decoded when it can be,
 * and a signed cookie is `<value>.<base64 HMAC-SHA256>` with a 44-character padded signature. Reading
 * through that code instead of a parser of the kit's own means the kit's lookup, the proxy and
 * better-auth's endpoints (`/get-session` among them) always see the same session, or none, whatever
 * duplicate, quoted or oddly encoded cookies a request carries.
 */
interface CookieQuery {
  /** Cookies to read and verify with `secret`: name → verified value, or null. */
  signed?: string[];
  /** Cookies to read as they are (chunked ones joined, as better-auth writes a large session cache). */
  plain?: string[];
  secret: string;
}

type CookieAnswers = Record<string, string | null>;

const reader = createAuthMiddleware(async (ctx) => {
  const query = ctx.context as unknown as CookieQuery;
  const answers: CookieAnswers = {};
  for (const name of query.signed ?? []) answers[name] = (await ctx.getSignedCookie(name, query.secret)) || null;
  for (const name of query.plain ?? []) answers[name] = getChunkedCookie(ctx as never, name) || null;
  return answers;
}) as unknown as (input: { headers: Headers; context: CookieQuery }) => Promise<CookieAnswers>;

export async function readRequestCookies(headers: Headers, query: CookieQuery): Promise<CookieAnswers> {
  try {
    // A fresh object: better-call merges what middlewares return into the context it is given.
    return await reader({ headers, context: { ...query } });
  } catch {
    return {}; // a cookie header better-call cannot read carries no session
  }
}

/** The verified value of the signed cookie `name` (a session token), exactly as better-auth reads it. */
export async function readSignedCookie(headers: Headers, name: string, secret: string): Promise<string | null> {
  return (await readRequestCookies(headers, { signed: [name], secret }))[name] ?? null;
}
