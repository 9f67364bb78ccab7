import type * as React from "react";
import { cn } from "../lib/cn";
import { Skeleton } from "./ui/skeleton";

export interface UserMenuSkeletonProps extends React.ComponentProps<"div"> {
  /** Announces the loading state (e.g. "Loading account"); without it the shape is hidden from assistive technology. */
  label?: string;
}

/** The loading shape of UserMenu: exactly the loaded trigger's size, so nothing shifts. */
export function UserMenuSkeleton({ label, className, ...props }: UserMenuSkeletonProps) {
  const announced = label ? { role: "status", "aria-label": label, "aria-hidden": undefined } : {};
  return <Skeleton data-slot="user-menu-skeleton" className={cn("size-9 rounded-full", className)} {...announced} {...props} />;
}

/** The loading shape of a user's card: avatar, name and email lines. */
export function UserCardSkeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div data-slot="user-card-skeleton" aria-hidden="true" className={cn("flex items-center gap-3", className)} {...props}>
      <Skeleton className="size-9 rounded-full" />
      <div className="grid gap-1.5">
        <Skeleton className="h-4 w-32" />
        <Skeleton className="h-3 w-44" />
      </div>
    </div>
  );
}

/** The loading shape of the account switcher: its trigger's box (logo, name and role lines), so the header does not shift. */
export function AccountSwitcherSkeleton({ label, className, ...props }: UserMenuSkeletonProps) {
  const announced = label ? { role: "status", "aria-label": label } : { "aria-hidden": true };
  return (
    <div data-slot="account-switcher-skeleton" className={cn("flex h-10 w-48 max-w-56 items-center gap-2 px-2", className)} {...announced} {...props}>
      <Skeleton className="size-7 rounded-full" />
      <div className="grid flex-1 gap-1.5">
        <Skeleton className="h-3.5 w-24" />
        <Skeleton className="h-3 w-16" />
      </div>
    </div>
  );
}
