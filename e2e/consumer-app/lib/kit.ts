import { createAuth, createDatabase, createSessionKit } from "session-kit/server";

export const database = createDatabase();
export const auth = createAuth({
  prisma: database.prisma,
  baseURL: { allowedHosts: ["localhost:*", "127.0.0.1:*"], protocol: "http" },
});
export const { getSession, isUserAdmin } = createSessionKit({ auth, database });
