import { createSessionProxy } from "session-kit/proxy";

/**
 * The demo's Content-Security-Policy, with a fresh nonce per request: Next.js reads it from the request
 * headers and puts the nonce on every script it renders (its inline hydration data included), so no
 * other inline script runs. Every page is rendered per request already (the layout reads the session
 * and the lang cookie), which a nonce needs. Styles keep 'unsafe-inline': React and Radix write style
 * attributes. In development React also needs eval.
 */
function contentSecurityPolicy(nonce: string): string {
  const development = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ""}`,
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

// The first gate: cookies only, no database. Pages re-verify with getSession/requireAdmin.
export const proxy = createSessionProxy({
  adminPaths: ["/admin"],
  protectedPaths: ["/home"],
  authPaths: ["/auth"],
  headers: () => {
    const policy = contentSecurityPolicy(Buffer.from(crypto.randomUUID()).toString("base64"));
    return { request: { "content-security-policy": policy }, response: { "content-security-policy": policy } };
  },
});

export const config = {
  // Every path but Next's static files: the proxy normalises and judges the rest itself.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
