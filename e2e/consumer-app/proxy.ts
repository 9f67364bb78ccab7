import { createSessionProxy } from "session-kit/proxy";

export const proxy = createSessionProxy({ adminPaths: ["/admin"], protectedPaths: ["/home"] });
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
