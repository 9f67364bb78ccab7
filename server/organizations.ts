import type { AccountOrganization } from "../lib/accounts";
import { type AppAuth, authContext, hasPlugin } from "./app-auth";
import { type LookupDatabase, statementRunnerFor } from "./session-lookup";
import { checkColumns, organizationsStatementFor, type SchemaOverrides } from "./session-schema";

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
 * The user's organizations, never from the session alone, so a membership ended on another device is
 * seen at once. With the kit's `database`: one statement, the memberships joined to their organizations,
 * on the app's tables and columns (from its better-auth options and `schema` overrides, checked once, as
 * the session lookup's are). Otherwise through better-auth's own adapter: two statements.
 */
export function createOrganizationReader(auth: AppAuth, database?: LookupDatabase, overrides?: SchemaOverrides) {
  const enabled = hasPlugin(auth, "organization");
  if (enabled && database) {
    const run = statementRunnerFor(database);
    const statement = organizationsStatementFor(auth.options, overrides);
    let checked: Promise<void> | undefined;
    const verifySchema = () =>
      (checked ??= checkColumns(run, "The account switcher's organization read", statement.columns).catch((error: unknown) => {
        checked = undefined;
        throw error;
      }));
    return {
      enabled,
      async organizationsOf(userId: string): Promise<AccountOrganization[]> {
        await verifySchema();
        const rows = await run<OrganizationRow & { role: string }>("session_kit_organizations", statement.text, [userId]);
        return rows.map((row) => toAccountOrganization(row, row.role));
      },
    };
  }

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
