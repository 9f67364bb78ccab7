import { database, requireAdmin } from "../_lib/kit";

export default async function AdminPage() {
  await requireAdmin();
  const users = await database.prisma.user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, name: true, role: true } });
  return (
    <section className="grid gap-3">
      <h1 className="text-2xl font-semibold">Admin</h1>
      <table aria-label="Users" className="text-sm">
        <thead>
          <tr className="text-left">
            <th className="pr-4">Name</th>
            <th className="pr-4">Email</th>
            <th>Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid="admin-user-row">
              <td className="pr-4">{user.name}</td>
              <td className="pr-4">{user.email}</td>
              <td>{user.role ?? "user"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
