import { redirect } from "next/navigation";
import type * as React from "react";
import { UserCardSkeleton } from "session-kit";
import { getSession, SessionBoundary } from "../../_lib/kit";
import { DashboardNav } from "./dashboard-nav";

// The proxy is only a first gate: every page under /home checks the session against the database.
async function SignedInOnly({ children }: { children: React.ReactNode }) {
  if (!(await getSession())) redirect("/auth/sign-in?callbackURL=%2Fhome");
  return children;
}

export default function HomeLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="grid gap-4">
      <DashboardNav />
      <SessionBoundary fallback={<UserCardSkeleton />}>
        <SignedInOnly>{children}</SignedInOnly>
      </SessionBoundary>
    </div>
  );
}
