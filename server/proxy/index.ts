// The proxy entry, for an app's proxy.ts: cookies only, no database, no server-only modules.
export { createSessionProxy, type ProxyDecision, type SessionProxyOptions } from "./create-session-proxy";
export { isUnder, normalizePath } from "./normalize-path";
