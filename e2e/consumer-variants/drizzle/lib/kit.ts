import "server-only";
import { getTableName } from "drizzle-orm";
import { createSessionComponents, createSessionKit } from "session-kit/server";
import { auth, db } from "./auth";
import { sessions, users } from "./schema";

// The kit reads sessions through the app's Drizzle db in one statement; the tables' real names come
// from Drizzle, their columns are the properties in snake_case.
export const kit = createSessionKit({
  auth,
  database: db,
  schema: { tables: { user: getTableName(users), session: getTableName(sessions) }, casing: "snake_case" },
  adminUserIds: (process.env.APP_ADMIN_USER_IDS ?? "").split(",").filter(Boolean),
});
export const { getSession, getAccountContext, isUserAdmin } = kit;
export const { SessionProvider } = createSessionComponents(kit);
