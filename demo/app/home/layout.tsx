import { redirect } from "next/navigation";
import type * as React from "react";
import { getSession } from "../_lib/kit";

// The proxy is only a first gate: every page under /home checks the session against the database.
export default async function HomeLayout({ children }: { children: React.ReactNode }) {
  if (!(await getSession())) redirect("/auth/sign-in?callbackURL=%2Fhome");
  return (
    <div className="grid gap-4">
      <nav aria-label="Dashboard" className="flex gap-4 text-sm">
        <a href="/home">Overview</a>
        <a href="/home/members">Members</a>
        <a href="/home/settings">Settings</a>
      </nav>
      {children}
    </div>
  );
}
