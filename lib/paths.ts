/**
 * The kit's default paths, in one place. Every component, server function and the proxy takes its own
 * `signInPath`, `homePath` or `adminPath`; these are what they use when given none.
 */
export const DEFAULT_PATHS = {
  /** The sign-in page; signed-out visitors of protected pages are sent here. */
  signIn: "/auth/sign-in",
  /** Pages for signed-out visitors only (sign-in, sign-up); signed-in users are sent home from them. */
  auth: "/auth",
  /**
   * The sign-in page for a signed-in user adding another account (multiSession): the proxy lets a
   * signed-in visitor through to an auth page that carries `add-account`.
   */
  addAccount: "/auth/sign-in?add-account",
  /** The signed-in user's home; where users without access to a page land. */
  home: "/home",
  /** Admins only. */
  admin: "/admin",
  /** The site's front page: where signing out lands and the header's brand links to. */
  site: "/",
} as const;
