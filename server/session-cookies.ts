import { createAuthMiddleware } from "better-auth/api";
import { getChunkedCookie } from "better-auth/cookies";

/**
 * What a request's cookies say, read exactly as better-auth reads them (better-call's request context):
 * its own parser (the first cookie of a name wins, surrounding quotes are stripped, the value is
 * percent-decoded when it can be), its chunked-cookie joiner, and its signed-cookie rule: a signed cookie
 * is `<value>.<base64 HMAC-SHA256>` with a 44-character padded signature. Reusing that code instead of a
 * parser of the kit's own means the kit's lookup, the proxy and better-auth's endpoints (`/get-session`
 * among them) always see the same session, or none, whatever duplicate, quoted or oddly encoded cookies
 * a request carries. The signature check is better-call's, step for step, with the HMAC key imported
 * once per secret instead of on every request.
 */
interface CookieQuery {
  /** Cookies to read and verify with `secret`: name → verified value, or null. */
  signed?: string[];
  /** Cookies to read as they are (chunked ones joined, as better-auth writes a large session cache). */
  plain?: string[];
  secret: string;
}

type CookieAnswers = Record<string, string | null>;

const HMAC = { name: "HMAC", hash: "SHA-256" } as const;
/** Imported keys by secret (an app has one or two: a rotation); kept small. */
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= 8) keys.clear();
    key = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), HMAC, false, ["sign", "verify"]);
    keys.set(secret, key);
  }
  return key;
}

/**
 * Signed values whose signature verified, by secret and value: the same cookie on a user's next request
 * is answered without another HMAC (a pure function of the two, so remembering it changes no answer).
 * Only successes are kept, the least recently used dropped past 1024.
 */
const verified = new Map<string, string>();
const VERIFIED_LIMIT = 1024;

/** better-call's getSignedCookie, step for step: the value when its signature verifies, else null. */
async function verifySigned(value: string | undefined, secret: string): Promise<string | null> {
  if (!value) return null;
  const remembered = `${secret}\u0000${value}`;
  const known = verified.get(remembered);
  if (known !== undefined) {
    verified.delete(remembered);
    verified.set(remembered, known);
    return known;
  }
  const checked = await verifySignature(value, secret);
  if (checked !== null) {
    if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value!);
    verified.set(remembered, checked);
  }
  return checked;
}

async function verifySignature(value: string, secret: string): Promise<string | null> {
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const signed = value.substring(0, dot);
  const signature = value.substring(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  try {
    const binary = atob(signature);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return (await crypto.subtle.verify(HMAC, await hmacKey(secret), bytes, new TextEncoder().encode(signed))) ? signed : null;
  } catch {
    return null; // not base64: no signature
  }
}

/** Reads the raw cookies through better-call's own request context (its parser, its chunk joiner). */
const reader = createAuthMiddleware(async (ctx) => {
  const query = ctx.context as unknown as { raw: string[]; plain: string[] };
  const answers: Record<string, string | undefined | null> = {};
  for (const name of query.raw) answers[name] = ctx.getCookie(name) ?? undefined;
  for (const name of query.plain) answers[name] = getChunkedCookie(ctx as never, name) || null;
  return answers;
}) as unknown as (input: { headers: Headers; context: { raw: string[]; plain: string[] } }) => Promise<Record<string, string | undefined | null>>;

export async function readRequestCookies(headers: Headers, query: CookieQuery): Promise<CookieAnswers> {
  if (!headers.get("cookie")) return {};
  let raw: Record<string, string | undefined | null>;
  try {
    // A fresh object: better-call merges what middlewares return into the context it is given.
    raw = await reader({ headers, context: { raw: [...(query.signed ?? [])], plain: [...(query.plain ?? [])] } });
  } catch {
    return {}; // a cookie header better-call cannot read carries no session
  }
  const answers: CookieAnswers = {};
  for (const name of query.signed ?? []) answers[name] = await verifySigned(raw[name] ?? undefined, query.secret);
  for (const name of query.plain ?? []) answers[name] = raw[name] ?? null;
  return answers;
}

/**
 * The cookie `name` of a plain header, where every reading agrees: it appears exactly once, unquoted.
 * undefined for anything else (absent, repeated, quoted), which better-call's own parser then reads.
 * Most requests are plain, and this skips building a better-call context (about 0.1 ms) for them.
 */
function plainCookie(header: string, name: string): string | undefined {
  let found: string | undefined;
  for (const segment of header.split(";")) {
    const eq = segment.indexOf("=");
    if (eq === -1 || segment.slice(0, eq).trim() !== name) continue;
    if (found !== undefined) return undefined; // repeated: the parser's first-wins rule decides
    found = segment.slice(eq + 1).trim();
  }
  if (found === undefined || found.startsWith('"')) return undefined;
  try {
    return found.includes("%") ? decodeURIComponent(found) : found;
  } catch {
    return undefined;
  }
}

/** The verified value of the signed cookie `name` (a session token), exactly as better-auth reads it. */
export async function readSignedCookie(headers: Headers, name: string, secret: string): Promise<string | null> {
  const header = headers.get("cookie");
  if (!header) return null;
  const plain = plainCookie(header, name);
  if (plain !== undefined) return verifySigned(plain, secret);
  return (await readRequestCookies(headers, { signed: [name], secret }))[name] ?? null;
}
