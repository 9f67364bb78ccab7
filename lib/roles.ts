/** better-auth's admin plugin treats "admin" as the admin role unless configured otherwise. */
export const DEFAULT_ADMIN_ROLES: readonly string[] = ["admin"];

export interface AdminRule {
  /** Roles that count as admin: an array or a comma-separated string, as the admin plugin accepts. */
  adminRoles?: readonly string[] | string;
  /** Users who are admins whatever their role, as the admin plugin's `adminUserIds`. */
  adminUserIds?: readonly string[];
}

/**
 * Whether a user is an admin, decided exactly as better-auth's admin plugin decides it: the role field
 * may hold several comma-separated roles (not trimmed, as the plugin does not trim them), and any one of
 * them in `adminRoles` makes the user an admin. The one rule shared by client components and server code.
 */
export function isAdmin(
  user: { id?: string; role?: string | null } | null | undefined,
  rule: AdminRule = {},
): boolean {
  if (!user) return false;
  if (user.id && rule.adminUserIds?.includes(user.id)) return true;
  if (!user.role) return false;
  const configured = rule.adminRoles ?? DEFAULT_ADMIN_ROLES;
  const adminRoles = (typeof configured === "string" ? configured.split(",") : configured).map((role) =>
    role.trim(),
  );
  return user.role.split(",").some((role) => role !== "" && adminRoles.includes(role));
}
