import { createSessionProxy } from "session-kit/proxy";

export const proxy = createSessionProxy({ protectedPaths: ["/home"], cookiePrefix: "myapp" });
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
