import { getAccountContext, Show } from "../../_lib/kit";
import { WorkspaceBadge } from "./workspace-badge";

/** Decided on the server with the same rule as the client twin: only admins get this line. */
function AdminTools() {
  return (
    <Show when={{ role: "admin" }}>
      <p data-slot="admin-tools" className="text-sm">
        Admin tools: <a className="underline" href="/admin">manage users</a>
      </p>
    </Show>
  );
}

export default async function DashboardPage() {
  const context = await getAccountContext();
  if (context.isPersonal) {
    return (
      <section className="grid gap-2">
        <h1 className="text-2xl font-semibold">Personal dashboard</h1>
        <WorkspaceBadge />
        <p>Welcome, {context.user.name}. You are not in an organization.</p>
        <AdminTools />
      </section>
    );
  }
  const { organization } = context;
  return (
    <section className="grid gap-2">
      <h1 className="text-2xl font-semibold">{organization!.name} dashboard</h1>
      <WorkspaceBadge />
      <p>
        Welcome, {context.user.name}. Your role: <span data-slot="organization-role">{organization!.role}</span>.
      </p>
      <AdminTools />
    </section>
  );
}
