// npm run db:seed: the demo's users, idempotent. Password for all: password1234 (demo only).
//   grace@example.com  Grace Hopper  admin
//   ada@example.com    Ada Lovelace  owner of "Acme Inc" (active at sign-in), member of "Globex Corporation"
//   alan@example.com   Alan Turing   no organization
import { betterAuth } from "better-auth";
import { createDatabase, type Database, migrateDatabase } from "session-kit/database";
import { demoAuthOptions } from "../app/_lib/auth-options";

export const DEMO_PASSWORD = "password1234";
const USERS = [
  { email: "grace@example.com", name: "Grace Hopper", role: "admin" },
  { email: "ada@example.com", name: "Ada Lovelace", role: "user" },
  { email: "alan@example.com", name: "Alan Turing", role: "user" },
] as const;

export async function seed(database: Database): Promise<void> {
  const { prisma } = database;
  const auth = betterAuth(demoAuthOptions({ prisma, secret: "seed-only-secret-never-signs-a-real-cookie!!", baseURL: "http://localhost", proxyCacheMaxAge: 0 }));
  for (const user of USERS) {
    const existing = await prisma.user.findUnique({ where: { email: user.email } });
    if (!existing) {
      // Through better-auth, so the password is hashed exactly as sign-in expects.
      await auth.api.signUpEmail({ body: { email: user.email, password: DEMO_PASSWORD, name: user.name } });
    }
    await prisma.user.update({ where: { email: user.email }, data: { role: user.role, name: user.name } });
  }
  const ada = await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
  // Ada's organizations, in the order she joined them: the first is active when she signs in.
  const organizations = [
    { id: "org-acme", name: "Acme Inc", slug: "acme", role: "owner", joined: new Date("2026-01-01T00:00:00.000Z") },
    { id: "org-globex", name: "Globex Corporation", slug: "globex", role: "member", joined: new Date("2026-01-02T00:00:00.000Z") },
  ];
  for (const organization of organizations) {
    await prisma.organization.upsert({
      where: { slug: organization.slug },
      create: { id: organization.id, name: organization.name, slug: organization.slug, createdAt: organization.joined },
      update: { name: organization.name },
    });
    const membership = await prisma.member.findFirst({ where: { organizationId: organization.id, userId: ada.id } });
    if (!membership) {
      await prisma.member.create({
        data: { id: `member-${ada.id}-${organization.slug}`, organizationId: organization.id, userId: ada.id, role: organization.role, createdAt: organization.joined },
      });
    }
  }
  // Sign-up left a session behind for each new user; the demo starts with nobody signed in.
  await prisma.session.deleteMany({ where: { userId: { in: (await prisma.user.findMany({ where: { email: { in: USERS.map((u) => u.email) } } })).map((u) => u.id) } } });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let database: Database | undefined;
  try {
    database = createDatabase();
    await migrateDatabase(database);
    await seed(database);
    console.log(`${database.description}: seeded ${USERS.map((u) => u.email).join(", ")} (password ${DEMO_PASSWORD}).`);
  } catch (error) {
    console.error(`db:seed failed. ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await database?.close().catch(() => {});
  }
}
