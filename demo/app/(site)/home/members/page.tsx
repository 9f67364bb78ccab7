import { database, requireActiveOrganizationId } from "../../../_lib/kit";

export default async function MembersPage() {
  const organizationId = await requireActiveOrganizationId();
  const members = await database.prisma.member.findMany({
    where: { organizationId },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return (
    <section className="grid gap-3">
      <h1 className="text-2xl font-semibold">Members</h1>
      <ul className="grid gap-1" aria-label="Members">
        {members.map((member) => (
          <li key={member.id}>
            {member.user.name} <span className="text-muted-foreground">({member.user.email}, {member.role})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
