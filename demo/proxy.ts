import { createSessionProxy } from "session-kit/proxy";

// The first gate: cookies only, no database. Pages re-verify with getSession/requireAdmin.
export const proxy = createSessionProxy({ adminPaths: ["/admin"], protectedPaths: ["/home"], authPaths: ["/auth"] });

export const config = {
  // Every path but Next's static files: the proxy normalises and judges the rest itself.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
