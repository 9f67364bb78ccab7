"use client";

import { type ComponentProps, useState } from "react";
import type { ActionStatus } from "../lib/action-status";
import { cn } from "../lib/cn";
import { initials } from "../lib/initials";
import { DEFAULT_PATHS } from "../lib/paths";
import { type AdminRule, isAdmin } from "../lib/roles";
import { formatMessage } from "./messages";
import { useKitMessages } from "./session-context";
import { SessionErrorView } from "./session-error";
import { SignInButton } from "./sign-in-button";
import { UserMenuSkeleton } from "./skeletons";
import { Avatar, AvatarFallback, AvatarImage } from "./ui/avatar";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "./ui/dropdown-menu";
import { type SignOutOptions, useSignOut } from "./use-sign-out";
import { useSessionState } from "./use-session-state";
import type { SessionUser } from "../lib/session";

export interface UserMenuViewProps {
  user: SessionUser;
  /** Shows the Admin link. */
  isAdmin?: boolean;
  homePath?: string;
  adminPath?: string;
  onSignOut?: () => void;
  /** Where "Sign out" stands. */
  signOutStatus?: ActionStatus;
  /** Opens the menu on first render (stories, screenshots). */
  defaultOpen?: boolean;
  className?: string;
}

/** The signed-in user's menu, from plain data: usable in stories and from a server-read session. */
export function UserMenuView({
  user,
  isAdmin: showAdmin = false,
  homePath = DEFAULT_PATHS.home,
  adminPath = DEFAULT_PATHS.admin,
  onSignOut,
  signOutStatus = "idle",
  defaultOpen,
  className,
}: UserMenuViewProps) {
  const messages = useKitMessages();
  return (
    <DropdownMenu defaultOpen={defaultOpen} modal={false}>
      <DropdownMenuTrigger
        data-slot="user-menu-trigger"
        data-role={showAdmin ? "admin" : "member"}
        aria-label={formatMessage(messages.accountMenuFor, { name: user.name })}
        className={cn("rounded-full outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50", className)}
      >
        <UserAvatar user={user} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" data-slot="user-menu-content">
        <DropdownMenuLabel className="grid min-w-0 gap-0.5">
          <span className="truncate font-medium" title={user.name}>
            {user.name}
          </span>
          <span className="truncate text-xs text-muted-foreground" title={user.email}>
            {user.email}
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <a href={homePath}>{messages.dashboard}</a>
        </DropdownMenuItem>
        {showAdmin && (
          <DropdownMenuItem asChild>
            <a href={adminPath} data-slot="user-menu-admin-link">
              {messages.admin}
            </a>
          </DropdownMenuItem>
        )}
        <DropdownMenuSeparator />
        <DropdownMenuItem
          disabled={signOutStatus === "pending"}
          aria-busy={signOutStatus === "pending" || undefined}
          onSelect={(event) => {
            // Keep the menu open so the busy state and any failure stay visible.
            event.preventDefault();
            onSignOut?.();
          }}
        >
          {signOutStatus === "pending" ? messages.signingOut : messages.signOut}
        </DropdownMenuItem>
        {signOutStatus === "failed" && (
          <p role="alert" className="px-2 py-1.5 text-xs text-destructive">
            {messages.signOutFailed}
          </p>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

type ImageLoadingStatus = Parameters<NonNullable<ComponentProps<typeof AvatarImage>["onLoadingStatusChange"]>>[0];

/** How long initials wait for an image that is still loading, so fast images never flash them. */
const FALLBACK_DELAY_MS = 600;

/** The user's picture, or their initials when there is none or it fails to load. */
export function UserAvatar({ user, className }: { user: SessionUser; className?: string }) {
  const [imageStatus, setImageStatus] = useState<ImageLoadingStatus>("idle");
  // Radix's delay runs even after the image has failed, leaving the circle blank until it ends: once
  // the image is known to be broken, a new fallback without a delay shows the initials at once.
  const imageFailed = !user.image || imageStatus === "error";
  return (
    <Avatar className={className}>
      {user.image && <AvatarImage src={user.image} alt={user.name} onLoadingStatusChange={setImageStatus} />}
      <AvatarFallback key={imageFailed ? "failed" : "waiting"} delayMs={imageFailed ? undefined : FALLBACK_DELAY_MS}>
        {initials(user.name)}
      </AvatarFallback>
    </Avatar>
  );
}

export interface UserMenuProps extends SignOutOptions, AdminRule {
  homePath?: string;
  adminPath?: string;
  signInPath?: string;
  className?: string;
}

/**
 * The account control for a header: a skeleton while the session loads, a Sign in link when signed
 * out, an error with Retry when the session cannot be read, and the user's menu when signed in.
 */
export function UserMenu({ redirectTo, onSignedOut, adminRoles, adminUserIds, signInPath, ...viewProps }: UserMenuProps) {
  const state = useSessionState();
  const { signOut, status: signOutStatus } = useSignOut({ redirectTo, onSignedOut });
  const messages = useKitMessages();
  switch (state.status) {
    case "pending":
      return <UserMenuSkeleton label={messages.loadingAccount} className={viewProps.className} />;
    case "signed-out":
      return <SignInButton signInPath={signInPath} className={viewProps.className} />;
    case "error":
      return <SessionErrorView onRetry={() => void state.refetch()} className={viewProps.className} />;
    case "signed-in":
      return (
        <UserMenuView
          user={state.user}
          isAdmin={isAdmin(state.user, { adminRoles, adminUserIds })}
          onSignOut={() => void signOut()}
          signOutStatus={signOutStatus}
          {...viewProps}
        />
      );
  }
}

