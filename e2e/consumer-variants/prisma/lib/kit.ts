import "server-only";
import { createSessionComponents, createSessionKit } from "session-kit/server";
import { auth, prisma } from "./auth";

// The kit reads sessions through the app's Prisma client in one statement. Prisma's @@map and @map are
// invisible to better-auth, so the kit is told the real names: the tables, snake_case columns, and the
// one column whose name is neither (avatarUrl is stored in "image").
export const kit = createSessionKit({
  auth,
  database: prisma,
  schema: { tables: { user: "users", session: "sessions" }, casing: "snake_case", columns: { user: { image: "image" } } },
  adminUserIds: (process.env.APP_ADMIN_USER_IDS ?? "").split(",").filter(Boolean),
});
export const { getSession, getAccountContext, isUserAdmin } = kit;
export const { SessionProvider } = createSessionComponents(kit);
