import { createSessionProxy } from "session-kit/proxy";

/**
 * The demo's Content-Security-Policy. In the dynamic build, with a fresh nonce per request: Next.js reads
 * it from the request headers and puts the nonce on every script it renders (its inline hydration data
 * included), so no other inline script runs. Under Cache Components the static shell is rendered once,
 * at build time, and its inline scripts cannot carry a per-request nonce (Next.js: nonces need dynamic
 * rendering), so that build allows inline scripts instead ('unsafe-inline'; nothing remote, no eval).
 * Styles keep 'unsafe-inline': React and Radix write style attributes. In development React also needs eval.
 */
function contentSecurityPolicy(nonce: string | null): string {
  const development = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' ${nonce ? `'nonce-${nonce}'` : "'unsafe-inline'"}${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

const staticShells = process.env.DEMO_CACHE_COMPONENTS === "1";

// The first gate: cookies only, no database. Pages re-verify with getSession/requireAdmin.
export const proxy = createSessionProxy({
  adminPaths: ["/admin"],
  protectedPaths: ["/home"],
  authPaths: ["/auth"],
  headers: () => {
    const policy = contentSecurityPolicy(staticShells ? null : Buffer.from(crypto.randomUUID()).toString("base64"));
    return { request: { "content-security-policy": policy }, response: { "content-security-policy": policy } };
  },
});

export const config = {
  // Every path but Next's static files: the proxy normalises and judges the rest itself.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
