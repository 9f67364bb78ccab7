import type { BetterAuthOptions } from "better-auth";
import { getAuthTables } from "better-auth/db";
import { SessionKitConfigError } from "./errors";

/** The session fields the kit reads; the last two exist only with the organization and admin plugins. */
const SESSION_FIELDS = ["id", "token", "userId", "expiresAt", "createdAt", "activeOrganizationId", "impersonatedBy"] as const;
type SessionField = (typeof SESSION_FIELDS)[number];
const OPTIONAL_SESSION_FIELDS: readonly SessionField[] = ["activeOrganizationId", "impersonatedBy"];

/** Where the app's columns are not what better-auth's options say (Prisma's `@map`, `@@map`). */
export interface SchemaOverrides {
  tables?: { session?: string; user?: string };
  /** Field name → column name, per table: `{ user: { emailVerified: "email_verified" } }`. */
  columns?: { session?: Record<string, string>; user?: Record<string, string> };
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
export function lookupSchemaFor(options: BetterAuthOptions, overrides: SchemaOverrides = {}): LookupSchema {
  const tables = getAuthTables(options);
  const columnOf = (table: "session" | "user", field: string, fieldName?: string) =>
    overrides.columns?.[table]?.[field] ?? (overrides.casing === "snake_case" ? toSnakeCase(fieldName ?? field) : (fieldName ?? field));
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

/**
 * Checks once that every table and column the statement names exists, so a mismatch stops with an error
 * naming the table and column (and the fix) instead of a SQL error on the first request.
 */
export async function checkLookupSchema(
  run: (name: string, text: string, values: unknown[]) => Promise<Array<{ table_name: string; column_name: string }>>,
  schema: LookupSchema,
): Promise<void> {
  const rows = await run(
    "session_kit_schema",
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ANY (current_schemas(false)) AND table_name = ANY ($1)`,
    [[schema.sessionTable, schema.userTable]],
  );
  const present = new Set(rows.map((row) => `${row.table_name}.${row.column_name}`));
  const wanted = [
    ...Object.entries(schema.session).map(([field, column]) => [schema.sessionTable, field, column!] as const),
    ...schema.user.map(({ field, column }) => [schema.userTable, field, column] as const),
    ...(schema.ban ? [[schema.userTable, "banned", schema.ban.banned] as const, [schema.userTable, "banExpires", schema.ban.banExpires] as const] : []),
  ];
  const missing = wanted.filter(([table, , column]) => !present.has(`${table}.${column}`));
  if (missing.length === 0) return;
  const tablesFound = new Set(rows.map((row) => row.table_name));
  const described = missing
    .map(([table, field, column]) => (tablesFound.has(table) ? `column "${table}"."${column}" (field ${field})` : `table "${table}"`))
    .filter((text, index, all) => all.indexOf(text) === index);
  throw new SessionKitConfigError(
    `The session lookup cannot find ${described.join(", ")} in the database. Name the real tables and columns in createSessionKit({ schema: { tables, columns, casing } }) (for Prisma's @map/@@map, Drizzle's own column names), or leave out \`database\` to read sessions through better-auth's getSession.`,
  );
}
