import { createDatabase } from "session-kit/database";
import { createAuth, createSessionKit } from "session-kit/server";

export const database = createDatabase();
// No base URL: better-auth uses the origin each request was served on, and trusts only that one.
export const auth = createAuth({ prisma: database.prisma });
export const { getSession, isUserAdmin } = createSessionKit({ auth, database });
