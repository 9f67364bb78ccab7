import { database, withAdmin } from "../../../_lib/kit";

// GET /api/admin/users: every user, for admins; 403 for other signed-in users, 401 without a session.
export const GET = withAdmin(async () => {
  const users = await database.prisma.user.findMany({ orderBy: { email: "asc" }, select: { id: true, name: true, email: true, role: true } });
  return Response.json({ users });
});
