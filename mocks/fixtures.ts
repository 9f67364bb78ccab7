import type { SessionData } from "../components/auth-client";

// Fixed dates keep stories and screenshots identical from run to run.
const CREATED = new Date("2026-01-15T09:30:00.000Z");
const EXPIRES = new Date("2099-01-01T00:00:00.000Z");

function user(id: string, name: string, email: string, fields: Partial<SessionData["user"]> = {}): SessionData["user"] {
  return {
    id,
    name,
    email,
    emailVerified: true,
    image: null,
    createdAt: CREATED,
    updatedAt: CREATED,
    role: "user",
    banned: false,
    banReason: null,
    banExpires: null,
    ...fields,
  };
}

function session(id: string, sessionUser: SessionData["user"], fields: Partial<SessionData["session"]> = {}): SessionData {
  return {
    session: {
      id: `session-${id}`,
      token: `token-${id}`,
      userId: sessionUser.id,
      expiresAt: EXPIRES,
      createdAt: CREATED,
      updatedAt: CREATED,
      ipAddress: "127.0.0.1",
      userAgent: "Mozilla/5.0 (session-kit fixtures)",
      impersonatedBy: null,
      activeOrganizationId: null,
      ...fields,
    },
    user: sessionUser,
  };
}

const ada = user("user-ada", "Ada Lovelace", "ada@example.com", { image: "/avatars/ada.svg" });
const grace = user("user-grace", "Grace Hopper", "grace@example.com", { role: "admin" });

/**
 * Sessions shaped exactly like better-auth's `GET /api/auth/get-session` body (dates become ISO strings
 * in JSON), typed with the client's own Session type so a schema change breaks them at compile time.
 */
export const sessionFixtures = {
  member: session("ada", ada),
  admin: session("grace", grace),
  noImage: session("alan", user("user-alan", "Alan Turing", "alan@example.com")),
  brokenImage: session("ada-broken", { ...ada, image: "/avatars/does-not-exist.png" }),
  longName: session(
    "long",
    user(
      "user-long",
      "Maximiliana Theodora Fitzgerald-Wolfeschlegelsteinhausen",
      "maximiliana.theodora.fitzgerald-wolfeschlegelsteinhausen@a-very-long-department-name.example.com",
    ),
  ),
  organizationMember: session("ada-acme", ada, { activeOrganizationId: "org-acme" }),
  impersonating: session("ada-impersonated", ada, { impersonatedBy: grace.id }),
} satisfies Record<string, SessionData>;

export type SessionFixtureName = keyof typeof sessionFixtures;

/** The organization the organizationMember fixture has active. */
export const acmeOrganization = { id: "org-acme", name: "Acme Inc", slug: "acme" } as const;
