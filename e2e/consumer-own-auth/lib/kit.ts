import "server-only";
import { createSessionComponents, createSessionKit } from "session-kit/server";
import { auth, pool } from "./auth";

// What the README's "Add it to your app" adds: the kit bound to the app's own auth and database.
export const kit = createSessionKit({ auth, database: pool, adminUserIds: [] });
export const { getSession } = kit;
export const { SessionProvider } = createSessionComponents(kit);
