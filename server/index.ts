import "server-only"; // Client Components: import "session-kit" instead.

// The server entry: every public name listed one by one (no `export *` across the client/server line).
export { type AppAuth } from "./app-auth";
export { createAuth, type CreateAuthOptions, DEFAULT_PROXY_CACHE_MAX_AGE, type KitAuth } from "./auth";
export { sessionKit, type SessionKitPluginOptions } from "./session-kit-plugin";
export { type SchemaOverrides } from "./session-schema";
export { type LookupDatabase } from "./session-lookup";
export { createExpiredSessionSweep, type SweepOptions, type SweepResult } from "./session-sweep";
export { resolveAuthSecret } from "./auth-secret";
// Types only: the database helpers (createDatabase, migrations) live in session-kit/database, and the
// action clients in session-kit/actions, so this entry loads no database driver and no next-safe-action.
export type { Database } from "./db/database";
export type { DatabaseTarget } from "./db/database-target";
export { createDeviceSessions, type DeviceSession, type DeviceSessions } from "./devices";
export { createRouteHandlers, type RouteContext, type RouteError, type RouteOptions, type SessionRouteHandler } from "./route-handlers";
export { createSessionComponents, type GateProps, type HeaderProps, type SessionComponentsOptions } from "./session-components";
export { type AccountContext, type Accounts, type AppSession, createSessionKit, type SessionKit, type SessionKitOptions } from "./session-kit";
export { type KitSession } from "../lib/session";
export {
  AuthConfigError,
  DatabaseConfigError,
  DatabaseConnectionError,
  ForbiddenError,
  MigrationError,
  SessionKitConfigError,
  SessionNotFreshError,
  SessionUnavailableError,
  UnauthorizedError,
} from "./errors";
export { createServerSignOut, type ServerSignOut } from "./sign-out";
export { isAdmin, type AdminRule } from "../lib/roles";
export { safeCallbackPath, signInPathFor } from "../lib/callback-url";
export { DEFAULT_PATHS } from "../lib/paths";
export { SESSION_NOT_FRESH } from "../lib/fresh-session";
export type { ActionStatus } from "../lib/action-status";
