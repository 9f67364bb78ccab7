import { connection } from "next/server";
import { AccountSwitcher, englishMessages, ImpersonationBanner, RefreshOnSessionChange, SessionExpiryNotice, SessionProvider, SignedOutNotice, UserMenu } from "session-kit";
import { DemoAuthClientProvider } from "../../(site)/auth-client-provider";
import { DashboardNav } from "../../(site)/home/dashboard-nav";
import { WorkspaceBadge } from "../../(site)/home/workspace-badge";
import { LanguageSwitch } from "../../(site)/language-switch";

// The reference for `npm run bench`'s page cost: /home as Alan sees it (personal account, no
// organization, not an admin), the same markup and the same client components, drawn from a fixed
// visitor handed straight to the client SessionProvider: no proxy check of a cookie (the bench sends
// none), no lookup, no organization query, no server gate. Outside (site)/, so the kit's header does no
// session work here. Not linked from anywhere. Rendered per request like /home (connection()), so under
// Cache Components its shell holds only the loading state, never a visitor's data.
const VISITOR = {
  user: { id: "fixed-visitor", name: "Fixed Visitor", email: "visitor@example.com", emailVerified: true, image: null, role: "user", createdAt: new Date("2026-01-01T00:00:00Z"), updatedAt: new Date("2026-01-01T00:00:00Z") },
  session: { id: "fixed-visitor-session", userId: "fixed-visitor", expiresAt: new Date("2099-01-01T00:00:00Z"), createdAt: new Date("2026-01-01T00:00:00Z"), activeOrganizationId: null, impersonatedBy: null },
};

export default async function BarePage() {
  await connection();
  return (
    <DemoAuthClientProvider>
      <SessionProvider session={VISITOR} refetchOnWindowFocus={false} multiSession messages={englishMessages} dir="ltr" locale="en">
        <RefreshOnSessionChange />
        <ImpersonationBanner />
        <header data-slot="session-header" className="flex h-14 items-center justify-between gap-4 border-b px-4">
          <a href="/" className="font-semibold">
            session-kit
          </a>
          <nav aria-label={englishMessages.account} className="flex items-center gap-2">
            <LanguageSwitch to="ar" label="العربية" />
            <AccountSwitcher organizations={[]} />
            <UserMenu />
          </nav>
        </header>
        <main className="mx-auto grid max-w-3xl gap-6 p-6">
          <div className="grid gap-4">
            <DashboardNav />
            <section className="grid gap-2">
              <h1 className="text-2xl font-semibold">Personal dashboard</h1>
              <WorkspaceBadge />
              <p>Welcome, {VISITOR.user.name}. You are not in an organization.</p>
            </section>
          </div>
        </main>
        <SessionExpiryNotice />
        <SignedOutNotice />
      </SessionProvider>
    </DemoAuthClientProvider>
  );
}
