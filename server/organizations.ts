import type { AccountOrganization } from "../lib/accounts";
import { type AppAuth, authContext, hasPlugin } from "./app-auth";

type MemberRow = { organizationId: string; role: string; createdAt?: Date | string };
type OrganizationRow = { id: string; name: string; slug: string; logo?: string | null };

const toAccountOrganization = (organization: OrganizationRow, role: string): AccountOrganization => ({
  id: organization.id,
  name: organization.name,
  slug: organization.slug,
  logo: organization.logo ?? null,
  role,
});

/**
 * The user's organizations, read through better-auth's own adapter (so the app's adapter, table and
 * column names): never from the session alone, so a membership ended on another device is seen at once.
 */
export function createOrganizationReader(auth: AppAuth) {
  const enabled = hasPlugin(auth, "organization");

  /** Every organization the user belongs to, in the order they joined; [] without the organization plugin. */
  async function organizationsOf(userId: string): Promise<AccountOrganization[]> {
    if (!enabled) return [];
    const { adapter } = await authContext(auth);
    const members = await adapter.findMany<MemberRow>({ model: "member", where: [{ field: "userId", value: userId }] });
    if (members.length === 0) return [];
    const organizations = await adapter.findMany<OrganizationRow>({
      model: "organization",
      where: [{ field: "id", operator: "in", value: members.map((member) => member.organizationId) }],
    });
    const byId = new Map(organizations.map((organization) => [organization.id, organization]));
    const joined = (member: MemberRow) => new Date(member.createdAt ?? 0).getTime();
    return [...members]
      .sort((a, b) => joined(a) - joined(b))
      .flatMap((member) => {
        const organization = byId.get(member.organizationId);
        return organization ? [toAccountOrganization(organization, member.role)] : [];
      });
  }

  return { enabled, organizationsOf };
}
