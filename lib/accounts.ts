/** An organization the user belongs to, with their role in it: what the account switcher lists. */
export interface AccountOrganization {
  id: string;
  name: string;
  slug: string;
  logo?: string | null;
  /** The user's role in it: "owner", "admin", "member", or the app's own. */
  role: string;
}
