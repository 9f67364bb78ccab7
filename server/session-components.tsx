import "server-only"; // Client Components: import "session-kit" instead.
import type * as React from "react";
import { SessionProvider as ClientSessionProvider, type SessionProviderProps } from "../components/session-provider";
import { UserMenu } from "../components/user-menu";
import { AccountSwitcher as ClientAccountSwitcher, type AccountSwitcherProps } from "../components/account-switcher";
import { RefreshOnSessionChange } from "../components/refresh-on-session-change";
import { hasPlugin } from "./app-auth";
import { englishMessages, type KitMessages } from "../components/messages";
import { cn } from "../lib/cn";
import { DEFAULT_PATHS } from "../lib/paths";
import { showMatches } from "../lib/show-condition";
import type { ShowProps } from "../components/show";
import { SessionUnavailableError } from "./errors";
import type { SessionKit } from "./session-kit";

export interface HeaderProps extends React.ComponentProps<"header"> {
  /** Where the brand links to. Default DEFAULT_PATHS.site ("/"). */
  brandPath?: string;
  adminPath?: string;
  brand?: React.ReactNode;
  /** The strings it renders (the Admin link, the navigation's name); English by default. */
  messages?: Partial<Pick<KitMessages, "admin" | "account">>;
  /** The account switcher next to the user menu; shown when the app has the organization plugin. Default true. */
  accountSwitcher?: boolean;
}

export interface GateProps {
  children: React.ReactNode;
  /** Rendered instead when the condition does not hold. */
  fallback?: React.ReactNode;
}

/**
 * Server twins of the client gates, bound to an app's session kit: async Server Components that read
 * the per-request cached session, so the markup arrives already decided.
 */
export function createSessionComponents(kit: SessionKit) {
  async function SignedIn({ children, fallback = null }: GateProps) {
    return (await kit.getSession()) ? children : fallback;
  }

  async function SignedOut({ children, fallback = null }: GateProps) {
    return (await kit.getSession()) ? fallback : children;
  }

  async function AdminOnly({ children, fallback = null }: GateProps) {
    return (await kit.isUserAdmin()) ? children : fallback;
  }

  /**
   * The server twin of the client `<Show>`, with the same props: decided in the server HTML. `error`
   * is rendered when the session store did not answer (SessionUnavailableError); `loading` never is, as
   * the session is known here before anything renders.
   */
  async function Show({ when, children, fallback = null, error = null }: ShowProps) {
    let current: Awaited<ReturnType<SessionKit["getSession"]>>;
    try {
      current = await kit.getSession();
    } catch (failure) {
      if (failure instanceof SessionUnavailableError) return error;
      throw failure;
    }
    return showMatches(when, current) ? children : fallback;
  }

  /** A header with the app's name, the Admin link for admins only (decided on the server) and UserMenu. */
  async function Header({ brandPath = DEFAULT_PATHS.site, adminPath = DEFAULT_PATHS.admin, brand = "Home", messages, accountSwitcher = true, className, children, ...props }: HeaderProps) {
    const showAdmin = await kit.isUserAdmin();
    const showSwitcher = accountSwitcher && hasPlugin(kit.auth, "organization");
    const text = { ...englishMessages, ...messages };
    return (
      <header
        data-slot="session-header"
        className={cn("flex h-14 items-center justify-between gap-4 border-b px-4", className)}
        {...props}
      >
        <a href={brandPath} className="font-semibold">
          {brand}
        </a>
        <nav aria-label={text.account} className="flex items-center gap-2">
          {children}
          {showSwitcher && <AccountSwitcher />}
          {showAdmin && (
            <a href={adminPath} data-slot="header-admin-link" className="rounded-md px-3 py-1.5 text-sm hover:bg-accent">
              {text.admin}
            </a>
          )}
          <UserMenu adminRoles={kit.adminRule.adminRoles} adminUserIds={kit.adminRule.adminUserIds} />
        </nav>
      </header>
    );
  }

  /**
   * The personal account and the user's organizations, read on the server (membership checked on every
   * request), switched on the client. Nothing when signed out.
   */
  async function AccountSwitcher(props: Omit<AccountSwitcherProps, "organizations">) {
    if (!(await kit.getSession())) return null;
    const { organizations } = await kit.listAccounts();
    return <ClientAccountSwitcher organizations={organizations} {...props} />;
  }

  /**
   * The client SessionProvider, given the session this request already read (no extra lookup): every
   * session-aware client component under it is right in the server HTML and fetches nothing to hydrate.
   * When the session changes to another user, session or organization (a switch here or in another
   * tab), the page's Server Components render again.
   */
  async function SessionProvider({ children, ...props }: Omit<SessionProviderProps, "session">) {
    return (
      <ClientSessionProvider session={await kit.getSession()} multiSession={hasPlugin(kit.auth, "multi-session")} {...props}>
        <RefreshOnSessionChange />
        {children}
      </ClientSessionProvider>
    );
  }

  return { SignedIn, SignedOut, AdminOnly, Show, Header, SessionProvider, AccountSwitcher };
}
