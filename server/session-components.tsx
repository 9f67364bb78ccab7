import "server-only"; // Client Components: import "session-kit" instead.
import type * as React from "react";
import { Suspense } from "react";
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
import { AccountSwitcherSkeleton } from "../components/skeletons";
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
  /** Under Cache Components: what the static shell holds until the session streams in. Default nothing. */
  loading?: React.ReactNode;
}

export interface SessionComponentsOptions {
  /**
   * The app has Next.js Cache Components on (`cacheComponents: true`). Nothing then waits for the
   * session outside a Suspense boundary, so every layout and page stays prerenderable: SessionProvider
   * hands the session over as a promise, Header's frame is static, and each part that reads the
   * session (the user menu, the Admin link, the switcher, SignedIn, Show…) sits behind its own boundary
   * whose fallback is in the static shell; the session streams into the same response. Off, they wait
   * for the session and the first HTML is final. Default: what the app's next.config says (Next.js
   * compiles it into the app's server code).
   */
  cacheComponents?: boolean;
}

/** Whether Next.js compiled this module with Cache Components on (it defines the variable at build time). */
export function cacheComponentsEnabled(): boolean {
  // Next.js replaces the expression itself; elsewhere (Storybook in a browser) there may be no `process`.
  const value: unknown = typeof process === "undefined" ? undefined : process.env.__NEXT_CACHE_COMPONENTS;
  return value === true || value === "true";
}

/**
 * Server twins of the client gates, bound to an app's session kit: async Server Components that read
 * the per-request cached session, so the markup arrives already decided (under Cache Components, each
 * behind its own Suspense boundary: see SessionComponentsOptions).
 */
export function createSessionComponents(kit: SessionKit, { cacheComponents = cacheComponentsEnabled() }: SessionComponentsOptions = {}) {
  /** Under Cache Components, `Component` streams in behind its own boundary (`loading` in the shell); otherwise it is awaited in place. */
  function streamed<Props extends object>(Component: (props: Props) => Promise<React.ReactNode>, loading: (props: Props) => React.ReactNode) {
    if (!cacheComponents) return Component;
    const Boundary = (props: Props) => (
      <Suspense fallback={loading(props)}>
        <Component {...props} />
      </Suspense>
    );
    Boundary.displayName = Component.name;
    return Boundary;
  }
  const gateLoading = ({ loading = null }: { loading?: React.ReactNode }) => loading;

  const SignedIn = streamed(async ({ children, fallback = null }: GateProps) => ((await kit.getSession()) ? children : fallback), gateLoading);

  const SignedOut = streamed(async ({ children, fallback = null }: GateProps) => ((await kit.getSession()) ? fallback : children), gateLoading);

  const AdminOnly = streamed(async ({ children, fallback = null }: GateProps) => ((await kit.isUserAdmin()) ? children : fallback), gateLoading);

  /**
   * The server twin of the client `<Show>`, with the same props: decided on the server. `error` is
   * rendered when the session store did not answer (SessionUnavailableError); `loading` only under Cache
   * Components, in the static shell until the decision streams in.
   */
  async function ShowForSession({ when, children, fallback = null, error = null }: ShowProps) {
    let current: Awaited<ReturnType<SessionKit["getSession"]>>;
    try {
      current = await kit.getSession();
    } catch (failure) {
      if (failure instanceof SessionUnavailableError) return error;
      throw failure;
    }
    return showMatches(when, current) ? children : fallback;
  }
  const Show = streamed(ShowForSession, gateLoading);

  /** The Admin link, for admins only (decided on the server). */
  const HeaderAdminLink = streamed(async ({ href, label }: { href: string; label: string }) =>
    (await kit.isUserAdmin()) ? (
      <a href={href} data-slot="header-admin-link" className="rounded-md px-3 py-1.5 text-sm hover:bg-accent">
        {label}
      </a>
    ) : null, () => null);

  /**
   * A header with the app's name, the Admin link for admins only (decided on the server) and UserMenu.
   * Under Cache Components its frame is in the static shell and each session part streams in.
   */
  function Header({ brandPath = DEFAULT_PATHS.site, adminPath = DEFAULT_PATHS.admin, brand = "Home", messages, accountSwitcher = true, className, children, ...props }: HeaderProps) {
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
          <HeaderAdminLink href={adminPath} label={text.admin} />
          <UserMenu adminRoles={kit.adminRule.adminRoles} adminUserIds={kit.adminRule.adminUserIds} />
        </nav>
      </header>
    );
  }

  /**
   * The personal account and the user's organizations, read on the server (membership checked on every
   * request), switched on the client. Nothing when signed out.
   */
  const AccountSwitcher = streamed(
    async (props: Omit<AccountSwitcherProps, "organizations">) => {
      if (!(await kit.getSession())) return null;
      const { organizations } = await kit.listAccounts();
      return <ClientAccountSwitcher organizations={organizations} {...props} />;
    },
    ({ className }) => <AccountSwitcherSkeleton label={englishMessages.loadingAccounts} className={className} />,
  );

  /**
   * The client SessionProvider, given the session this request reads (no extra lookup): every
   * session-aware client component under it is right in the server HTML and fetches nothing to hydrate.
   * Under Cache Components it is handed over as a promise, not awaited, so the layout stays static: each
   * component's skeleton is in the shell and the session streams into the same response.
   * When the session changes to another user, session or organization (a switch here or in another
   * tab), the page's Server Components render again.
   */
  async function AwaitedSessionProvider({ children, ...props }: Omit<SessionProviderProps, "session">) {
    return <StreamedSessionProvider {...props} session={await kit.getSession()}>{children}</StreamedSessionProvider>;
  }
  function StreamedSessionProvider({ children, session = kit.getSession(), ...props }: SessionProviderProps) {
    return (
      <ClientSessionProvider session={session} multiSession={hasPlugin(kit.auth, "multi-session")} {...props}>
        <RefreshOnSessionChange />
        {children}
      </ClientSessionProvider>
    );
  }
  const SessionProvider = cacheComponents ? (props: Omit<SessionProviderProps, "session">) => <StreamedSessionProvider {...props} /> : AwaitedSessionProvider;

  /**
   * Around the app's own session gates (`requireAdmin()` or `getSession()` + `redirect()` in a layout):
   * under Cache Components a Suspense boundary, which they must sit in, whose `fallback` is in the static
   * shell (a redirect from inside it is sent as a streamed redirect, after the shell); otherwise nothing,
   * so the gate runs before the first byte and a redirect is an HTTP redirect.
   */
  function SessionBoundary({ fallback = null, children }: { fallback?: React.ReactNode; children: React.ReactNode }) {
    return cacheComponents ? <Suspense fallback={fallback}>{children}</Suspense> : children;
  }

  return { SignedIn, SignedOut, AdminOnly, Show, Header, SessionProvider, AccountSwitcher, SessionBoundary };
}
