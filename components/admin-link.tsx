"use client";

import type * as React from "react";
import { Suspense } from "react";
import { cn } from "../lib/cn";
import { DEFAULT_PATHS } from "../lib/paths";
import { type AdminRule, isAdmin } from "../lib/roles";
import { useKitMessages } from "./session-context";
import { buttonVariants } from "./ui/button";
import { useSessionState } from "./use-session-state";

export interface AdminLinkProps extends React.ComponentProps<"a">, AdminRule {}

/** AdminLink itself, reading the session (it may suspend: see below). */
function AdminLinkForSession({ href = DEFAULT_PATHS.admin, adminRoles, adminUserIds, className, children, ...props }: AdminLinkProps) {
  const state = useSessionState();
  const messages = useKitMessages();
  if (state.status !== "signed-in" || !isAdmin(state.user, { adminRoles, adminUserIds })) return null;
  return (
    <a data-slot="admin-link" href={href} className={cn(buttonVariants({ variant: "ghost", size: "sm" }), className)} {...props}>
      {children ?? messages.admin}
    </a>
  );
}

/** A link to the admin area for admins only: nothing for anyone else, and nothing while loading.
 * Behind its own Suspense boundary: under a SessionProvider given the session as a promise, nothing shows until it streams in.
 */
export function AdminLink(props: AdminLinkProps) {
  return (
    <Suspense fallback={null}>
      <AdminLinkForSession {...props} />
    </Suspense>
  );
}
