import { database, getAccountContext } from "../_lib/kit";

export default async function DashboardPage() {
  const context = await getAccountContext();
  if (context.isPersonal) {
    return (
      <section className="grid gap-2">
        <h1 className="text-2xl font-semibold">Personal dashboard</h1>
        <p>Welcome, {context.user.name}. You are not in an organization.</p>
      </section>
    );
  }
  const organization = await database.prisma.organization.findUnique({
    where: { id: context.activeOrganizationId! },
    select: { name: true },
  });
  return (
    <section className="grid gap-2">
      <h1 className="text-2xl font-semibold">{organization?.name ?? "Organization"} dashboard</h1>
      <p>Welcome, {context.user.name}.</p>
    </section>
  );
}
