import "server-only"; // Client Components: import "session-kit" instead.

// The server entry: every public name listed one by one (no `export *` across the client/server line).
export { type ActionClients, createActionClients } from "./action-clients";
export { createAuth, type CreateAuthOptions, DEFAULT_PROXY_CACHE_MAX_AGE, type KitAuth } from "./auth";
export { AuthConfigError, resolveAuthSecret } from "./auth-secret";
export { createDatabase, type Database } from "./db/database";
export { DatabaseConfigError, type DatabaseTarget, resolveDatabaseTarget } from "./db/database-target";
export { applyMigrations, MigrationError, migrateDatabase, readMigrations } from "./db/migrations";
export { DatabaseConnectionError } from "./db/sql-connection";
export { createDeviceSessions, type DeviceSession, type DeviceSessions } from "./devices";
export { createRouteHandlers, type RouteContext, type RouteError, type SessionRouteHandler } from "./route-handlers";
export { createSessionComponents } from "./session-components";
export { type AccountContext, createSessionKit, type SessionKit, type SessionKitOptions } from "./session-kit";
export { ForbiddenError, type KitSession, SessionUnavailableError, UnauthorizedError } from "./session-types";
export { createServerSignOut, type ServerSignOut } from "./sign-out";
export { isAdmin, type AdminRule } from "../lib/roles";
export { safeCallbackPath, signInPathFor } from "../lib/callback-url";
export { DEFAULT_PATHS } from "../lib/paths";
export type { ActionStatus } from "../lib/action-status";
