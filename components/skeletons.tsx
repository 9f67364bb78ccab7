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
