import "server-only";
import { createSessionComponents, createSessionKit } from "session-kit/server";
import { auth } from "./auth";

// What the README's "Add it to your app" adds: the kit bound to the app's own auth. Its database is the
// pg Pool better-auth was given, found there; admins are the users APP_ADMIN_USER_IDS names (no admin plugin).
export const kit = createSessionKit({ auth, adminUserIds: (process.env.APP_ADMIN_USER_IDS ?? "").split(",").filter(Boolean) });
export const { getSession, getAccountContext, isUserAdmin } = kit;
export const { SessionProvider } = createSessionComponents(kit);
