import type * as React from "react";
import { UserCardSkeleton } from "session-kit";
import { requireAdmin, SessionBoundary } from "../../_lib/kit";

// Admins only, checked against the database on every request; the proxy is just the first gate.
async function AdminsOnly({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return children;
}

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="grid gap-4">
      <SessionBoundary fallback={<UserCardSkeleton />}>
        <AdminsOnly>{children}</AdminsOnly>
      </SessionBoundary>
    </div>
  );
}
