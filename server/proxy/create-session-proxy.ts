import { getCookieCache, getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { safeCallbackPath, signInHref } from "../../lib/callback-url";
import { type AdminRule, isAdmin } from "../../lib/roles";
import { resolveAuthSecret } from "../auth-secret";
import { isUnder, normalizePath } from "./normalize-path";

export interface SessionProxyOptions extends AdminRule {
  /** Signs the session cookies; default BETTER_AUTH_SECRET, as the auth instance. */
  secret?: string;
  /** Admins only. Default ["/admin"]. */
  adminPaths?: string[];
  /** Signed-in users only. Default ["/home"]; admin paths are protected too. */
  protectedPaths?: string[];
  /** Signed-out users only (sign-in, sign-up). Default ["/auth"]. */
  authPaths?: string[];
  signInPath?: string;
  homePath?: string;
}

export type ProxyDecision =
  | { action: "next"; clearSessionCache?: true }
  | { action: "redirect"; to: string; reason: "signed-out" | "not-admin" | "signed-in" };

/**
 * Set when the proxy sends a signed-in user from /auth/* to /home. Coming back to /auth/* while it is
 * still set means the page found the session dead (revoked, banned) while the cookie cache still
 * vouched for it: the proxy then lets the request through and drops the stale cache, instead of
 * bouncing between /home and /auth/sign-in.
 */
const BOUNCE_COOKIE = "session-kit.auth-bounce";
const BOUNCE_SECONDS = 15;
const SESSION_CACHE_COOKIES = ["better-auth.session_data", "__Secure-better-auth.session_data"];

interface CachedUser {
  id: string;
  role?: string | null;
}

function hasCookie(request: Request, name: string): boolean {
  return (request.headers.get("cookie") ?? "").split(";").some((part) => part.trim().startsWith(`${name}=`));
}

async function readCachedUser(request: Request, secret: string): Promise<CachedUser | null> {
  for (const isSecure of [true, false]) {
    try {
      const cached = await getCookieCache(request, { secret, isSecure });
      if (cached?.user) return cached.user as CachedUser;
    } catch {
      // A malformed cookie is no session at all.
    }
  }
  return null;
}

/**
 * The first gate, for an app's proxy.ts. It reads only cookies (no database): the signed session cache
 * that better-auth refreshes whenever the session is read through /api/auth. It can be stale for up to
 * the cache's max age (5 minutes by default), so every page re-checks with the server functions.
 */
export function createSessionProxy(options: SessionProxyOptions = {}) {
  const {
    adminPaths = ["/admin"],
    protectedPaths = ["/home"],
    authPaths = ["/auth"],
    signInPath = "/auth/sign-in",
    homePath = "/home",
  } = options;
  const rule: AdminRule = { adminRoles: options.adminRoles, adminUserIds: options.adminUserIds };
  let secret = options.secret;

  async function decide(request: Request): Promise<ProxyDecision> {
    secret ??= resolveAuthSecret();
    const url = new URL(request.url);
    const path = normalizePath(url.pathname);
    const isAdminPath = adminPaths.some((prefix) => isUnder(path, prefix));
    const isProtected = isAdminPath || protectedPaths.some((prefix) => isUnder(path, prefix));
    const isAuthPath = authPaths.some((prefix) => isUnder(path, prefix));
    if (!isProtected && !isAuthPath) return { action: "next" };

    const hasSessionCookie = Boolean(getSessionCookie(request));
    const user = hasSessionCookie ? await readCachedUser(request, secret) : null;

    if (isProtected) {
      // Server actions guard themselves (the action clients answer "Unauthorized"), and a redirect
      // would replay their POST against the sign-in page; the page they re-render checks again.
      if (request.headers.has("next-action")) return { action: "next" };
      if (!hasSessionCookie) {
        const returnTo = safeCallbackPath(url.pathname + url.search, homePath);
        return { action: "redirect", to: signInHref(signInPath, returnTo), reason: "signed-out" };
      }
      if (isAdminPath && user && !isAdmin(user, rule)) return { action: "redirect", to: homePath, reason: "not-admin" };
      // A cookie without a fresh cache: the page's own check decides (requireAdmin, getSession).
      return { action: "next" };
    }
    if (isAuthPath && user) {
      if (hasCookie(request, BOUNCE_COOKIE)) return { action: "next", clearSessionCache: true };
      return { action: "redirect", to: homePath, reason: "signed-in" };
    }
    return { action: "next" };
  }

  async function proxy(request: NextRequest): Promise<NextResponse> {
    const decision = await decide(request);
    if (decision.action === "next") {
      const response = NextResponse.next();
      if (decision.clearSessionCache) {
        for (const name of [...SESSION_CACHE_COOKIES, BOUNCE_COOKIE]) response.cookies.delete(name);
      }
      return response;
    }
    const response = NextResponse.redirect(new URL(decision.to, request.nextUrl.origin), 307);
    if (decision.reason === "signed-in") {
      response.cookies.set(BOUNCE_COOKIE, "1", { maxAge: BOUNCE_SECONDS, httpOnly: true, sameSite: "lax", path: "/" });
    }
    return response;
  }

  return Object.assign(proxy, { decide });
}

/** Every path but Next's static files: the proxy itself judges the rest, whatever its spelling. */
export const SESSION_PROXY_MATCHER = ["/((?!_next/static|_next/image|favicon.ico).*)"];
