import type { SessionData } from "../components/auth-client";
import type { AccountOrganization } from "../components/account-switcher";
import type { Device } from "../components/device-list";
import type { UserMenuViewProps } from "../components/user-menu";

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

/** The moment the device fixtures are seen from: pass it as DeviceListView's `now`. */
export const DEVICES_NOW = new Date("2026-03-10T12:00:00.000Z");
const minutesBeforeNow = (minutes: number) => new Date(DEVICES_NOW.getTime() - minutes * 60_000);

/** Ada's signed-in devices, as listDevices() describes them (the laptop is the one asking). */
export const deviceFixtures = {
  laptop: {
    id: "session-ada",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    lastSeenAt: DEVICES_NOW,
    isCurrent: true,
  },
  phone: {
    id: "session-ada-phone",
    userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    lastSeenAt: minutesBeforeNow(5),
    isCurrent: false,
  },
  desktop: {
    id: "session-ada-desktop",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    lastSeenAt: minutesBeforeNow(3 * 24 * 60),
    isCurrent: false,
  },
  script: { id: "session-ada-script", userAgent: null, lastSeenAt: minutesBeforeNow(15 * 24 * 60), isCurrent: false },
} satisfies Record<string, Device>;

/** A square logo as a data URL: a fixture that loads without a server. */
const logo = (letter: string, colour: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${colour}"/><text x="16" y="22" font-family="sans-serif" font-size="18" font-weight="700" fill="#fff" text-anchor="middle">${letter}</text></svg>`,
  )}`;

const moreOrganizations: [name: string, slug: string, role: string][] = [
  ["Initech", "initech", "member"],
  ["Umbrella Corporation", "umbrella", "admin"],
  ["Stark Industries", "stark", "member"],
  ["Wayne Enterprises", "wayne", "member"],
  ["Wonka Industries", "wonka", "owner"],
  ["Cyberdyne Systems", "cyberdyne", "member"],
  ["Soylent Corp", "soylent", "member"],
  ["Tyrell Corporation", "tyrell", "admin"],
  ["Hooli", "hooli", "member"],
  ["Vandelay Industries", "vandelay", "billing"],
];

const acme: AccountOrganization = { ...acmeOrganization, logo: null, role: "owner" };
const globex: AccountOrganization = { id: "org-globex", name: "Globex Corporation", slug: "globex", logo: logo("G", "#2563eb"), role: "member" };

/**
 * Ada's organizations, as better-auth's organization plugin lists them, with her role in each
 * (AccountSwitcherView's `organizations`). `many` is past the point where the menu filters and scrolls.
 */
export const accountFixtures = {
  acme,
  globex,
  longName: {
    id: "org-long",
    name: "The International Association of Exceptionally Long Organization Names",
    slug: "international-association-of-exceptionally-long-organization-names",
    logo: null,
    role: "admin",
  },
  many: [
    acme,
    globex,
    ...moreOrganizations.map(([name, slug, role]): AccountOrganization => ({ id: `org-${slug}`, name, slug, logo: null, role })),
  ],
} satisfies Record<string, AccountOrganization | AccountOrganization[]>;

type DeviceAccount = NonNullable<UserMenuViewProps["otherAccounts"]>[number];

/** Other accounts signed in on Ada's browser (better-auth's multiSession plugin), as UserMenuView's `otherAccounts` takes them. */
export const deviceAccountFixtures = {
  grace: { sessionToken: sessionFixtures.admin.session.token, user: sessionFixtures.admin.user },
  alan: { sessionToken: sessionFixtures.noImage.session.token, user: sessionFixtures.noImage.user },
} satisfies Record<string, DeviceAccount>;
