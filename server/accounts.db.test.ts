import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestAuth } from "../test-utils/auth";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { UnauthorizedError } from "./errors";
import { createOrganizationReader } from "./organizations";
import { createSessionKit } from "./session-kit";

// The request the kit's server functions read: set per test, as Next.js would per request.
let requestCookie = "";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ cookie: requestCookie }) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

describe.each(testBackends())("accounts: the personal account and organizations, on $name", (backend) => {
  let db: TestDatabase;
  let helpers: ReturnType<typeof createTestAuth>;
  let kit: ReturnType<typeof createSessionKit<ReturnType<typeof createTestAuth>["auth"]>>;
  let ada: string;
  let grace: string;
  const organizations: Record<string, string> = {};

  beforeAll(async () => {
    db = await backend.create();
    helpers = createTestAuth(db);
    kit = createSessionKit({ auth: helpers.auth, database: db });
    ada = helpers.tokenOnly(await helpers.signIn("ada@example.com", { name: "Ada Lovelace" }));
    grace = helpers.tokenOnly(await helpers.signIn("grace@example.com", { name: "Grace Hopper" }));
    // Ada founds Acme and Globex (owner of both); Grace founds Initech, which Ada is no member of.
    for (const [cookie, name, slug] of [[ada, "Acme Inc", "acme"], [ada, "Globex Corporation", "globex"], [grace, "Initech", "initech"]] as const) {
      const response = await helpers.post("/organization/create", { name, slug }, cookie);
      expect(response.status, await response.clone().text()).toBe(200);
      organizations[slug] = ((await response.json()) as { id: string }).id;
    }
  });
  afterAll(async () => {
    await db?.dispose();
  });

  const setActive = (cookie: string, organizationId: string | null) => helpers.post("/organization/set-active", { organizationId }, cookie);
  const contextOf = (cookie: string) => {
    requestCookie = cookie;
    return kit.getAccountContext();
  };

  it("gives the active organization with the user's role, and the personal account after switching to null", async () => {
    expect((await setActive(ada, organizations.acme!)).status).toBe(200);
    expect(await contextOf(ada)).toMatchObject({
      isOrganization: true,
      isPersonal: false,
      activeOrganizationId: organizations.acme,
      organization: { id: organizations.acme, name: "Acme Inc", slug: "acme", role: "owner", logo: null },
    });
    expect((await setActive(ada, null)).status).toBe(200);
    expect(await contextOf(ada)).toMatchObject({ isPersonal: true, activeOrganizationId: null, organization: null });
  });

  it("lists every organization the user belongs to, in the order joined, and none of anyone else's", async () => {
    requestCookie = ada;
    const accounts = await kit.listAccounts();
    expect(accounts.user.email).toBe("ada@example.com");
    expect(accounts.organizations.map(({ slug, role }) => [slug, role])).toEqual([["acme", "owner"], ["globex", "owner"]]);
  });

  it("refuses a forged switch to an organization the user is not in, or an unknown id, and changes nothing", async () => {
    expect((await setActive(ada, organizations.globex!)).status).toBe(200);
    for (const organizationId of [organizations.initech!, "org-that-does-not-exist"]) {
      const response = await setActive(ada, organizationId);
      expect(response.status, organizationId).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(await contextOf(ada)).toMatchObject({ activeOrganizationId: organizations.globex, organization: { slug: "globex" } });
  });

  it("reads a user removed from the active organization (on another device) as personal on the next request", async () => {
    // Grace invites nobody: she adds Ada to Initech directly, Ada switches to it, then Grace removes her.
    await db.prisma.member.create({ data: { id: "member-ada-initech", organizationId: organizations.initech!, userId: (await db.prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } })).id, role: "member", createdAt: new Date() } });
    expect((await setActive(ada, organizations.initech!)).status).toBe(200);
    expect(await contextOf(ada)).toMatchObject({ organization: { slug: "initech", role: "member" } });
    const removal = await helpers.post("/organization/remove-member", { memberIdOrEmail: "ada@example.com", organizationId: organizations.initech }, grace);
    expect(removal.status, await removal.clone().text()).toBe(200);

    expect(await contextOf(ada)).toMatchObject({ isPersonal: true, activeOrganizationId: null, organization: null });
    requestCookie = ada;
    expect((await kit.listAccounts()).organizations.map(({ slug }) => slug)).toEqual(["acme", "globex"]);
    await expect(kit.requireActiveOrganizationId()).rejects.toThrow("redirect /home");
  });

  it("answers UnauthorizedError when signed out", async () => {
    await expect(contextOf("")).rejects.toBeInstanceOf(UnauthorizedError);
    requestCookie = "";
    await expect(kit.listAccounts()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("reads them in one statement with the kit's database, answering as better-auth's adapter does", async () => {
    requestCookie = ada;
    const adaId = (await kit.getSession())!.user.id;
    requestCookie = grace;
    const graceId = (await kit.getSession())!.user.id;
    const oneStatement = createOrganizationReader(helpers.auth, db);
    const throughAdapter = createOrganizationReader(helpers.auth);
    for (const userId of [adaId, graceId, "no-such-user"]) {
      expect(await oneStatement.organizationsOf(userId)).toEqual(await throughAdapter.organizationsOf(userId));
    }
    expect((await oneStatement.organizationsOf(adaId)).map((organization) => organization.slug)).toEqual(["acme", "globex"]);
  });

  it("names a member or organization table the database does not have, with the fix", async () => {
    const misnamed = createOrganizationReader(helpers.auth, db, { tables: { member: "memberships" } });
    await expect(misnamed.organizationsOf("anyone")).rejects.toThrow(/cannot find table "memberships".*createSessionKit\(\{ schema/su);
    const miscolumned = createOrganizationReader(helpers.auth, db, { columns: { organization: { logo: "logo_url" } } });
    await expect(miscolumned.organizationsOf("anyone")).rejects.toThrow(/column "organization"."logo_url" \(field logo\)/u);
  });
});
