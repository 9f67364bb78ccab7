import { database, requireAdmin } from "../../_lib/kit";
import { EndSessionsButton } from "./end-sessions-button";
import { ImpersonateButton } from "./impersonate-button";

export default async function AdminPage() {
  const { user: admin } = await requireAdmin();
  const users = await database.prisma.user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, name: true, role: true } });
  return (
    <section className="grid gap-3">
      <h1 className="text-2xl font-semibold">Admin</h1>
      <table aria-label="Users" className="text-sm">
        <thead>
          <tr className="text-left">
            <th className="pr-4">Name</th>
            <th className="pr-4">Email</th>
            <th className="pr-4">Role</th>
            <th className="pr-4">Sessions</th>
            <th>Impersonation</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid="admin-user-row">
              <td className="pr-4">{user.name}</td>
              <td className="pr-4">{user.email}</td>
              <td className="pr-4">{user.role ?? "user"}</td>
              <td className="pr-4">
                <EndSessionsButton userId={user.id} name={user.name} />
              </td>
              <td>{user.id !== admin.id && <ImpersonateButton userId={user.id} name={user.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
