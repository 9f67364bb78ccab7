import type * as React from "react";
import { requireAdmin } from "../_lib/kit";

// Admins only, checked against the database on every request; the proxy is just the first gate.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return <div className="grid gap-4">{children}</div>;
}
