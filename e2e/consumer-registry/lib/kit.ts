import { createDatabase } from "session-kit/database";
import { createAuth, createSessionComponents, createSessionKit } from "session-kit/server";

export const database = createDatabase();
export const auth = createAuth({ prisma: database.prisma });
export const kit = createSessionKit({ auth, database });
export const { getSession, isUserAdmin } = kit;
export const { SessionProvider } = createSessionComponents(kit);
