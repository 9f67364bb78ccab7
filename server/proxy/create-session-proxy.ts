import { getCookieCache } from "better-auth/cookies";
import { constantTimeEqual, makeSignature } from "better-auth/crypto";
import { type NextRequest, NextResponse } from "next/server";
import { safeCallbackPath, signInPathFor } from "../../lib/callback-url";
import { DEFAULT_PATHS } from "../../lib/paths";
import { type AdminRule, isAdmin } from "../../lib/roles";
import { resolveAuthSecret } from "../auth-secret";
import { readRequestCookies } from "../session-cookies";
import { isUnder, normalizePath } from "./normalize-path";

export interface SessionProxyOptions extends AdminRule {
  /** Signs the session cookies; default BETTER_AUTH_SECRET, as the auth instance. */
  secret?: string;
  /**
   * The app's `advanced.cookiePrefix` in better-auth (default "better-auth"): the proxy reads
   * `<prefix>.session_token` and `<prefix>.session_data`, with and without `__Secure-`. With the app's
   * cookie cache off it has no cache to read and only knows "there is a session cookie": it lets such
   * requests through to the pages' own check, which always asks the database.
   */
  cookiePrefix?: string;
  /** Admins only. Default ["/admin"]. */
  adminPaths?: string[];
  /** Signed-in users only. Default ["/home"]; admin paths are protected too. */
  protectedPaths?: string[];
  /** Signed-out users only (sign-in, sign-up). Default ["/auth"]. */
  authPaths?: string[];
  signInPath?: string;
  homePath?: string;
  /**
   * Headers for each request the proxy lets through (`request`: passed on to the app, e.g. a
   * Content-Security-Policy carrying a nonce, which Next.js then puts on its scripts) and for each
   * answer, redirects included (`response`).
   */
  headers?: (request: Request) => { request?: Record<string, string>; response?: Record<string, string> };
}

export type ProxyDecision =
  | { action: "next"; clearSessionCache?: true }
  | { action: "redirect"; to: string; reason: "signed-out" | "not-admin" | "signed-in" };

/**
 * Set when the proxy sends a signed-in user from /auth/* to /home. Coming back to /auth/* while it is
 * still set means the page found the session dead (revoked, banned) while the cookie cache still
 * vouched for it: the proxy then lets the request through and drops the stale cache, instead of
 * bouncing between /home and /auth/sign-in. Its value is `<expiry in ms>.<HMAC-SHA256 of the expiry and
 * the session token, with the auth secret>`: a forged, expired or other session's marker is no marker.
 */
const BOUNCE_COOKIE = "session-kit.auth-bounce";
const BOUNCE_SECONDS = 15;
const SECURE_PREFIXES = ["__Secure-", ""];

/** The session cookies' names for better-auth's cookie prefix, secure ones first. */
function sessionCookieNames(cookiePrefix: string) {
  return SECURE_PREFIXES.map((secure) => ({
    cookiePrefix,
    secure: secure !== "",
    token: `${secure}${cookiePrefix}.session_token`,
    cache: `${secure}${cookiePrefix}.session_data`,
  }));
}
type SessionCookieNames = ReturnType<typeof sessionCookieNames>;

interface CachedUser {
  id: string;
  role?: string | null;
}

interface RequestCookies {
  /** The verified session token, read as better-auth reads it (see session-cookies). */
  token: string | null;
  /** The user of the signed session cache, when it is valid and belongs to that very token. */
  user: CachedUser | null;
  bounce: string | null;
}

const bouncePayload = (expiresAt: number, token: string) => `${BOUNCE_COOKIE}:${expiresAt}:${token}`;

async function signBounce(token: string, secret: string): Promise<string> {
  const expiresAt = Date.now() + BOUNCE_SECONDS * 1000;
  return `${expiresAt}.${await makeSignature(bouncePayload(expiresAt, token), secret)}`;
}

async function isValidBounce(value: string | null, token: string, secret: string): Promise<boolean> {
  if (!value) return false;
  const dot = value.indexOf(".");
  const expiresAt = Number(value.slice(0, dot));
  if (dot < 1 || !Number.isSafeInteger(expiresAt) || expiresAt < Date.now() || expiresAt > Date.now() + BOUNCE_SECONDS * 1000) return false;
  const expected = await makeSignature(bouncePayload(expiresAt, token), secret);
  return constantTimeEqual(new TextEncoder().encode(value.slice(dot + 1)), new TextEncoder().encode(expected));
}

/**
 * What each recent Cookie header was found to say, by the header's exact text, so a user's next request
 * costs a lookup instead of two HMAC verifications, base64 and JSON. An entry only ever answers the very
 * bytes that were verified, and only until the cache it read expires (its own expiry or the session's,
 * whichever is first): a forged, altered or expired cookie misses and is checked in full. Bounded; the
 * oldest entry goes first.
 */
class VerifiedCookies {
  private readonly entries = new Map<string, { cookies: RequestCookies; validUntil: number }>();
  constructor(private readonly max: number) {}

  get(header: string, now: number): RequestCookies | undefined {
    const entry = this.entries.get(header);
    if (!entry) return undefined;
    this.entries.delete(header);
    if (entry.validUntil <= now) return undefined;
    this.entries.set(header, entry); // most recently used last
    return entry.cookies;
  }

  set(header: string, cookies: RequestCookies, validUntil: number): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(header, { cookies, validUntil });
  }
}

/** Cookie headers longer than this (several KB of unrelated cookies) are verified every time. */
const MAX_REMEMBERED_HEADER = 8192;

async function readCookies(request: Request, secret: string, names: SessionCookieNames, verified?: VerifiedCookies): Promise<RequestCookies> {
  const header = request.headers.get("cookie");
  if (!header) return { token: null, user: null, bounce: null };
  const now = Date.now();
  const remembered = verified?.get(header, now);
  if (remembered) return remembered;
  const { cookies, validUntil } = await verifyCookies(request, secret, names);
  if (verified && header.length <= MAX_REMEMBERED_HEADER && validUntil > now) verified.set(header, cookies, validUntil);
  return cookies;
}

/** Expiry in ms of a value better-auth stored as a Date (an ISO string once in JSON), or +∞. */
const expiryOf = (value: unknown) => (value == null ? Number.POSITIVE_INFINITY : new Date(value as string).getTime());

async function verifyCookies(request: Request, secret: string, names: SessionCookieNames): Promise<{ cookies: RequestCookies; validUntil: number }> {
  const cookies = await readRequestCookies(request.headers, {
    signed: names.map((name) => name.token),
    plain: [...names.map((name) => name.cache), BOUNCE_COOKIE],
    secret,
  });
  for (const name of names) {
    const token = cookies[name.token] ?? null;
    if (!token) continue;
    const data = cookies[name.cache];
    let user: CachedUser | null = null;
    // A token without a cache says the same as long as the secret is the same; a cache says it until it expires.
    let validUntil = Number.POSITIVE_INFINITY;
    if (data) {
      try {
        // better-auth verifies the cache's signature and expiry; the kit also requires its token.
        const cached = await getCookieCache(new Headers({ cookie: `${name.cache}=${data}` }), { secret, isSecure: name.secure, cookiePrefix: name.cookiePrefix });
        if (cached?.user && cached.session?.token === token) {
          user = cached.user as CachedUser;
          validUntil = Math.min(cacheExpiry(data), expiryOf(cached.session.expiresAt));
        }
      } catch {
        // A malformed cache is no cache.
      }
    }
    return { cookies: { token, user, bounce: cookies[BOUNCE_COOKIE] ?? null }, validUntil };
  }
  return { cookies: { token: null, user: null, bounce: null }, validUntil: Number.POSITIVE_INFINITY };
}

/**
 * When the signed cache `data` (already verified by getCookieCache) stops being valid: its own
 * `expiresAt`, the one better-auth checks. Unknown (another cache strategy than the default "compact"):
 * now, so nothing is remembered.
 */
function cacheExpiry(data: string): number {
  try {
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(data.replace(/-/gu, "+").replace(/_/gu, "/")), (c) => c.charCodeAt(0)))) as { expiresAt?: unknown };
    return typeof json.expiresAt === "number" ? json.expiresAt : 0;
  } catch {
    return 0;
  }
}

/**
 * The first gate, for an app's proxy.ts. It reads only cookies (no database): the signed session cache
 * that better-auth refreshes whenever the session is read through /api/auth. It can be stale for up to
 * the cache's max age (5 minutes by default), so every page re-checks with the server functions.
 */
/** On an auth page's URL (DEFAULT_PATHS.addAccount): a signed-in user adding another account. */
const ADD_ACCOUNT_PARAMETER = "add-account";

export function createSessionProxy(options: SessionProxyOptions = {}) {
  const {
    adminPaths = [DEFAULT_PATHS.admin],
    protectedPaths = [DEFAULT_PATHS.home],
    authPaths = [DEFAULT_PATHS.auth],
    signInPath = DEFAULT_PATHS.signIn,
    homePath = DEFAULT_PATHS.home,
  } = options;
  const rule: AdminRule = { adminRoles: options.adminRoles, adminUserIds: options.adminUserIds };
  const names = sessionCookieNames(options.cookiePrefix ?? "better-auth");
  let secret = options.secret;
  const verified = new VerifiedCookies(256);

  async function decide(request: Request): Promise<ProxyDecision> {
    secret ??= resolveAuthSecret();
    const url = new URL(request.url);
    const path = normalizePath(url.pathname);
    const isAdminPath = adminPaths.some((prefix) => isUnder(path, prefix));
    const isProtected = isAdminPath || protectedPaths.some((prefix) => isUnder(path, prefix));
    const isAuthPath = authPaths.some((prefix) => isUnder(path, prefix));
    if (!isProtected && !isAuthPath) return { action: "next" };

    const cookies = await readCookies(request, secret, names, verified);
    const hasSessionCookie = cookies.token !== null;
    const { user } = cookies;

    if (isProtected) {
      // Server actions guard themselves (the action clients answer "Unauthorized"), and a redirect
      // would replay their POST against the sign-in page; the page they re-render checks again. Only a
      // POST can be an action: any other request with the header is judged like the rest.
      if (request.method === "POST" && request.headers.has("next-action")) return { action: "next" };
      if (!hasSessionCookie) {
        const redirectTo = safeCallbackPath(url.pathname + url.search, homePath);
        return { action: "redirect", to: signInPathFor(signInPath, redirectTo), reason: "signed-out" };
      }
      if (isAdminPath && user && !isAdmin(user, rule)) return { action: "redirect", to: homePath, reason: "not-admin" };
      // A cookie without a fresh cache: the page's own check decides (requireAdmin, getSession).
      return { action: "next" };
    }
    if (isAuthPath && user) {
      // Adding another account (multiSession): a signed-in user may sign in again.
      if (url.searchParams.has(ADD_ACCOUNT_PARAMETER)) return { action: "next" };
      if (await isValidBounce(cookies.bounce, cookies.token!, secret)) return { action: "next", clearSessionCache: true };
      return { action: "redirect", to: homePath, reason: "signed-in" };
    }
    return { action: "next" };
  }

  async function proxy(request: NextRequest): Promise<NextResponse> {
    const decision = await decide(request);
    const extra = options.headers?.(request) ?? {};
    let response: NextResponse;
    if (decision.action === "next") {
      if (extra.request) {
        const requestHeaders = new Headers(request.headers);
        for (const [name, value] of Object.entries(extra.request)) requestHeaders.set(name, value);
        response = NextResponse.next({ request: { headers: requestHeaders } });
      } else {
        response = NextResponse.next();
      }
      if (decision.clearSessionCache) {
        for (const name of [...names.map((cookie) => cookie.cache), BOUNCE_COOKIE]) response.cookies.delete(name);
      }
    } else {
      response = NextResponse.redirect(new URL(decision.to, request.nextUrl.origin), 307);
      if (decision.reason === "signed-in") {
        const { token } = await readCookies(request, (secret ??= resolveAuthSecret()), names);
        if (token) response.cookies.set(BOUNCE_COOKIE, await signBounce(token, secret), { maxAge: BOUNCE_SECONDS, httpOnly: true, sameSite: "lax", path: "/" });
      }
    }
    for (const [name, value] of Object.entries(extra.response ?? {})) response.headers.set(name, value);
    return response;
  }

  return Object.assign(proxy, { decide });
}

