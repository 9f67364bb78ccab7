import type { BetterAuthOptions } from "better-auth";
import { getAuthTables } from "better-auth/db";
import { SessionKitConfigError } from "./errors";

/** The session fields the kit reads; the last two exist only with the organization and admin plugins. */
const SESSION_FIELDS = ["id", "token", "userId", "expiresAt", "createdAt", "activeOrganizationId", "impersonatedBy"] as const;
type SessionField = (typeof SESSION_FIELDS)[number];
const OPTIONAL_SESSION_FIELDS: readonly SessionField[] = ["activeOrganizationId", "impersonatedBy"];

/** Where the app's columns are not what better-auth's options say (Prisma's `@map`, `@@map`). */
export interface SchemaOverrides {
  /** The organization plugin's `member` and `organization` tables too, read for the account switcher. */
  tables?: { session?: string; user?: string; member?: string; organization?: string };
  /** Field name → column name, per table: `{ user: { emailVerified: "email_verified" } }`. */
  columns?: { session?: Record<string, string>; user?: Record<string, string>; member?: Record<string, string>; organization?: Record<string, string> };
  /**
   * How the database spells a column better-auth names in camelCase, where no `columns` entry says:
   * "snake_case" for Prisma's `@map("created_at")` everywhere or Drizzle's `casing: "snake_case"`.
   * Default: as better-auth names it.
   */
  casing?: "snake_case";
}

const toSnakeCase = (name: string) => name.replace(/[A-Z]/gu, (letter) => `_${letter.toLowerCase()}`);

/** The app's session and user tables as the one-statement lookup reads them. */
export interface LookupSchema {
  sessionTable: string;
  userTable: string;
  /** Session field → column; absent fields (a plugin not installed) are missing. */
  session: Partial<Record<SessionField, string>>;
  /** Every user field the app returns (id first, additional fields included) → column. */
  user: Array<{ field: string; column: string }>;
  /** The admin plugin's ban columns, when it is installed. */
  ban: { banned: string; banExpires: string } | null;
}

/**
 * The tables and columns from the app's better-auth options (`modelName`, `fields`, plugins' schemas,
 * `user.additionalFields`), as better-auth itself merges them, with the app's overrides on top.
 */
type Table = "session" | "user" | "member" | "organization";

/** A field's column: the app's override, else better-auth's fieldName (or the field), in the app's casing. */
function columnFor(overrides: SchemaOverrides, table: Table, field: string, fieldName?: string): string {
  return overrides.columns?.[table]?.[field] ?? (overrides.casing === "snake_case" ? toSnakeCase(fieldName ?? field) : (fieldName ?? field));
}

export function lookupSchemaFor(options: BetterAuthOptions, overrides: SchemaOverrides = {}): LookupSchema {
  // With secondary storage better-auth leaves the session table out of its schema (sessions live in the
  // store): the table as it would be, for the statements that still read or sweep it.
  const tables = getAuthTables({ ...options, secondaryStorage: undefined });
  const columnOf = (table: "session" | "user", field: string, fieldName?: string) => columnFor(overrides, table, field, fieldName);
  const sessionFields = tables.session!.fields as Record<string, { fieldName?: string }>;
  const userFields = tables.user!.fields as Record<string, { fieldName?: string; returned?: boolean }>;
  const session: LookupSchema["session"] = { id: columnOf("session", "id") };
  for (const field of SESSION_FIELDS) {
    if (field === "id") continue;
    if (sessionFields[field] || !OPTIONAL_SESSION_FIELDS.includes(field)) session[field] = columnOf("session", field, sessionFields[field]?.fieldName);
  }
  const user = [{ field: "id", column: columnOf("user", "id") }];
  for (const [field, attributes] of Object.entries(userFields)) {
    if (attributes.returned === false || field === "banned" || field === "banReason" || field === "banExpires") continue;
    user.push({ field, column: columnOf("user", field, attributes.fieldName) });
  }
  const ban = userFields.banned && userFields.banExpires
    ? { banned: columnOf("user", "banned", userFields.banned.fieldName), banExpires: columnOf("user", "banExpires", userFields.banExpires.fieldName) }
    : null;
  return {
    sessionTable: overrides.tables?.session ?? tables.session!.modelName,
    userTable: overrides.tables?.user ?? tables.user!.modelName,
    session,
    user,
    ban,
  };
}

/** A SQL identifier, double-quoted. */
export const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** The one statement: the session joined to its user by token, unexpired, the user not banned. */
export function lookupStatement(schema: LookupSchema): string {
  const s = schema.session;
  const sessionColumns = (Object.keys(s) as SessionField[])
    .filter((field) => field !== "token")
    .map((field) => `s.${quote(s[field]!)} AS ${quote(`session.${field}`)}`);
  const userColumns = schema.user.map(({ field, column }) => `u.${quote(column)} AS ${quote(`user.${field}`)}`);
  const notBanned = schema.ban ? `\n  AND (u.${quote(schema.ban.banned)} IS NOT TRUE OR u.${quote(schema.ban.banExpires)} <= now())` : "";
  return `SELECT ${[...sessionColumns, ...userColumns].join(", ")}
FROM ${quote(schema.sessionTable)} s JOIN ${quote(schema.userTable)} u ON u.${quote(schema.user[0]!.column)} = s.${quote(s.userId!)}
WHERE s.${quote(s.token!)} = $1 AND s.${quote(s.expiresAt!)} > now()${notBanned}
LIMIT 1`;
}

/** Splits a lookup row ("session.id", "user.name", …) into the session and user it holds. */
export function rowToSession(row: Record<string, unknown>) {
  const session: Record<string, unknown> = {};
  const user: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const dot = key.indexOf(".");
    (key.slice(0, dot) === "session" ? session : user)[key.slice(dot + 1)] = value;
  }
  return { session, user };
}

/** A table, a field and the column it is read from: what a statement names. */
export type NamedColumn = readonly [table: string, field: string, column: string];

/**
 * Checks once that every table and column a statement names exists, so a mismatch stops with an error
 * naming the table and column (and the fix) instead of a SQL error on the first request.
 */
export async function checkColumns(
  run: (name: string, text: string, values: unknown[]) => Promise<Array<{ table_name: string; column_name: string }>>,
  what: string,
  wanted: NamedColumn[],
): Promise<void> {
  const tables = [...new Set(wanted.map(([table]) => table))];
  const rows = await run(
    "session_kit_schema",
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ANY (current_schemas(false)) AND table_name = ANY ($1)`,
    [tables],
  );
  const present = new Set(rows.map((row) => `${row.table_name}.${row.column_name}`));
  const missing = wanted.filter(([table, , column]) => !present.has(`${table}.${column}`));
  if (missing.length === 0) return;
  const tablesFound = new Set(rows.map((row) => row.table_name));
  const described = missing
    .map(([table, field, column]) => (tablesFound.has(table) ? `column "${table}"."${column}" (field ${field})` : `table "${table}"`))
    .filter((text, index, all) => all.indexOf(text) === index);
  throw new SessionKitConfigError(
    `${what} cannot find ${described.join(", ")} in the database. Name the real tables and columns in createSessionKit({ schema: { tables, columns, casing } }) (for Prisma's @map/@@map, Drizzle's own column names), or leave out \`database\` to read sessions through better-auth's getSession.`,
  );
}

/** Checks the lookup statement's tables and columns (see checkColumns). */
export function checkLookupSchema(
  run: (name: string, text: string, values: unknown[]) => Promise<Array<{ table_name: string; column_name: string }>>,
  schema: LookupSchema,
): Promise<void> {
  return checkColumns(run, "The session lookup", [
    ...Object.entries(schema.session).map(([field, column]) => [schema.sessionTable, field, column!] as const),
    ...schema.user.map(({ field, column }) => [schema.userTable, field, column] as const),
    ...(schema.ban ? [[schema.userTable, "banned", schema.ban.banned] as const, [schema.userTable, "banExpires", schema.ban.banExpires] as const] : []),
  ]);
}

/** The organization plugin's member and organization tables, as the account switcher reads them. */
export function organizationsStatementFor(options: BetterAuthOptions, overrides: SchemaOverrides = {}): { text: string; columns: NamedColumn[] } {
  const tables = getAuthTables(options);
  const member = overrides.tables?.member ?? tables.member!.modelName;
  const organization = overrides.tables?.organization ?? tables.organization!.modelName;
  const memberFields = tables.member!.fields as Record<string, { fieldName?: string }>;
  const organizationFields = tables.organization!.fields as Record<string, { fieldName?: string }>;
  const m = (field: string) => columnFor(overrides, "member", field, memberFields[field]?.fieldName);
  const o = (field: string) => columnFor(overrides, "organization", field, organizationFields[field]?.fieldName);
  const columns: NamedColumn[] = [
    [organization, "id", o("id")], [organization, "name", o("name")], [organization, "slug", o("slug")], [organization, "logo", o("logo")],
    [member, "role", m("role")], [member, "organizationId", m("organizationId")], [member, "userId", m("userId")], [member, "createdAt", m("createdAt")],
  ];
  const text = `SELECT o.${quote(o("id"))} AS "id", o.${quote(o("name"))} AS "name", o.${quote(o("slug"))} AS "slug", o.${quote(o("logo"))} AS "logo", m.${quote(m("role"))} AS "role"
FROM ${quote(member)} m JOIN ${quote(organization)} o ON o.${quote(o("id"))} = m.${quote(m("organizationId"))}
WHERE m.${quote(m("userId"))} = $1
ORDER BY m.${quote(m("createdAt"))}`;
  return { text, columns };
}
