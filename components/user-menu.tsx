"use client";

import { type ComponentProps, Suspense, useId, useState } from "react";
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
import { PlusIcon } from "./ui/plus-icon";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuList,
  DropdownMenuPanel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "./ui/dropdown-menu";
import { RetryCountdown } from "./retry-countdown";
import { type SignOutOptions, useSignOut } from "./use-sign-out";
import { useDeviceAccounts } from "./use-device-accounts";
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
  /** Rate-limited sign-out: seconds until another try (the item is disabled and the wait shown). */
  signOutRetryIn?: number | null;
  /** Opens the menu on first render (stories, screenshots). */
  defaultOpen?: boolean;
  className?: string;
  /** Other accounts signed in on this device (better-auth's multiSession plugin); undefined: the plugin is off and the menu shows none of this. */
  otherAccounts?: Array<{ sessionToken: string; user: SessionUser }>;
  onSwitchAccount?: (sessionToken: string) => void;
  /** "Add account": signs in another account and keeps this one. */
  addAccountHref?: string;
  /** Ends this account only (the others stay signed in). */
  onSignOutAccount?: () => void;
  /** Ends every account on this device. */
  onSignOutAllAccounts?: () => void;
  /** Where the last account switch stands, and which account it goes to while pending. */
  accountSwitchStatus?: ActionStatus;
  pendingSessionToken?: string;
}

/**
 * The signed-in user's menu, from plain data: usable in stories and from a server-read session. With
 * `otherAccounts` (multiSession) it also lists the device's other accounts to switch to, "Add account",
 * and signs out of this account or of all of them.
 */
export function UserMenuView({
  user,
  isAdmin: showAdmin = false,
  homePath = DEFAULT_PATHS.home,
  adminPath = DEFAULT_PATHS.admin,
  onSignOut,
  signOutStatus = "idle",
  signOutRetryIn = null,
  defaultOpen = false,
  className,
  otherAccounts,
  onSwitchAccount,
  addAccountHref,
  onSignOutAccount,
  onSignOutAllAccounts,
  accountSwitchStatus = "idle",
  pendingSessionToken,
}: UserMenuViewProps) {
  const messages = useKitMessages();
  const otherAccountsLabelId = useId();
  const [open, setOpen] = useState(defaultOpen);
  // A finished account switch closes the menu; it stays open while the switch runs so its state shows.
  const [previousSwitchStatus, setPreviousSwitchStatus] = useState(accountSwitchStatus);
  if (accountSwitchStatus !== previousSwitchStatus) {
    setPreviousSwitchStatus(accountSwitchStatus);
    if (previousSwitchStatus === "pending" && accountSwitchStatus === "idle") setOpen(false);
  }
  // Which of the two sign-outs was chosen, so "Signing out…" shows on that one.
  const [signOutScope, setSignOutScope] = useState<"account" | "all">("account");
  const trigger = (
    <DropdownMenuTrigger
      data-slot="user-menu-trigger"
      data-role={showAdmin ? "admin" : "member"}
      aria-label={formatMessage(messages.accountMenuFor, { name: user.name })}
      className={cn("rounded-full outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50", className)}
    >
      <UserAvatar user={user} />
    </DropdownMenuTrigger>
  );
  const userLabel = (
    <DropdownMenuLabel className="grid min-w-0 gap-0.5">
      <span className="truncate font-medium" title={user.name}>
        {user.name}
      </span>
      <span className="truncate text-xs text-muted-foreground" title={user.email}>
        {user.email}
      </span>
    </DropdownMenuLabel>
  );
  const pageLinks = (
    <>
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
    </>
  );

  if (otherAccounts === undefined) {
    return (
      <DropdownMenu open={open} onOpenChange={setOpen} modal={false}>
        {trigger}
        <DropdownMenuContent align="end" data-slot="user-menu-content">
          {userLabel}
          <DropdownMenuSeparator />
          {pageLinks}
          <DropdownMenuSeparator />
          <DropdownMenuItem
            disabled={signOutStatus === "pending" || signOutRetryIn !== null}
            aria-busy={signOutStatus === "pending" || undefined}
            onSelect={(event) => {
              // Keep the menu open so the busy state and any failure stay visible.
              event.preventDefault();
              onSignOut?.();
            }}
          >
            {signOutStatus === "pending" ? messages.signingOut : messages.signOut}
          </DropdownMenuItem>
          {signOutRetryIn !== null ? (
            <RetryCountdown secondsLeft={signOutRetryIn} className="block px-2 py-1.5" />
          ) : (
            signOutStatus === "failed" && (
              <p role="alert" className="px-2 py-1.5 text-xs text-destructive">
                {messages.signOutFailed}
              </p>
            )
          )}
        </DropdownMenuContent>
      </DropdownMenu>
    );
  }

  const switching = accountSwitchStatus === "pending";
  const signingOut = signOutStatus === "pending";
  // One account action at a time: a switch and a sign-out never run together.
  const busy = switching || signingOut;
  const signOutItem = (scope: "account" | "all", label: string, onSelect: (() => void) | undefined) => {
    const isSigningOut = signingOut && signOutScope === scope;
    return (
      <DropdownMenuItem
        data-slot={scope === "account" ? "user-menu-sign-out-account" : "user-menu-sign-out-all"}
        disabled={busy}
        aria-busy={isSigningOut || undefined}
        onSelect={(event) => {
          // Keep the menu open so the busy state and any failure stay visible.
          event.preventDefault();
          setSignOutScope(scope);
          onSelect?.();
        }}
      >
        {isSigningOut ? messages.signingOut : label}
      </DropdownMenuItem>
    );
  };
  // A panel, not a bare menu: the failures below are alerts, which a role="menu" may not contain.
  return (
    <DropdownMenu open={open} onOpenChange={setOpen} modal={false}>
      {trigger}
      <DropdownMenuPanel align="end" data-slot="user-menu-content">
        <DropdownMenuList aria-label={formatMessage(messages.accountMenuFor, { name: user.name })} data-slot="user-menu-list">
          {userLabel}
          <DropdownMenuSeparator />
          {otherAccounts.length > 0 && (
            <DropdownMenuGroup aria-labelledby={otherAccountsLabelId} data-slot="user-menu-other-accounts" data-state={accountSwitchStatus}>
              <DropdownMenuLabel id={otherAccountsLabelId} className="text-xs font-medium text-muted-foreground">
                {messages.otherAccounts}
              </DropdownMenuLabel>
              {otherAccounts.map((account) => {
                const isSwitching = switching && pendingSessionToken === account.sessionToken;
                return (
                  <DropdownMenuItem
                    key={account.sessionToken}
                    data-slot="user-menu-other-account"
                    aria-label={formatMessage(messages.switchToAccount, { name: account.user.name })}
                    disabled={busy}
                    aria-busy={isSwitching || undefined}
                    onSelect={(event) => {
                      // Keep the menu open so the busy state and any failure stay visible.
                      event.preventDefault();
                      onSwitchAccount?.(account.sessionToken);
                    }}
                  >
                    <UserAvatar user={account.user} className="size-7" />
                    <span className="grid min-w-0 flex-1 text-start leading-tight">
                      <span className="truncate font-medium" title={account.user.name}>
                        {account.user.name}
                      </span>
                      <span className="truncate text-xs text-muted-foreground" title={isSwitching ? undefined : account.user.email}>
                        {isSwitching ? messages.switchingAccount : account.user.email}
                      </span>
                    </span>
                  </DropdownMenuItem>
                );
              })}
            </DropdownMenuGroup>
          )}
          {addAccountHref && (
            <DropdownMenuItem asChild>
              <a href={addAccountHref} data-slot="user-menu-add-account">
                <PlusIcon />
                {messages.addAccount}
              </a>
            </DropdownMenuItem>
          )}
          {(otherAccounts.length > 0 || addAccountHref) && <DropdownMenuSeparator />}
          {pageLinks}
          <DropdownMenuSeparator />
          {otherAccounts.length > 0 ? (
            <>
              {signOutItem("account", messages.signOutOfThisAccount, onSignOutAccount)}
              {signOutItem("all", messages.signOutOfAllAccounts, onSignOutAllAccounts)}
            </>
          ) : (
            // The only account here: one plain "Sign out", as without the plugin.
            signOutItem("all", messages.signOut, onSignOut)
          )}
        </DropdownMenuList>
        {accountSwitchStatus === "failed" && (
          <p role="alert" data-slot="user-menu-switch-error" className="px-2 py-1.5 text-start text-xs text-destructive">
            {messages.switchAccountFailed}
          </p>
        )}
        {signOutStatus === "failed" && (
          <p role="alert" data-slot="user-menu-sign-out-error" className="px-2 py-1.5 text-start text-xs text-destructive">
            {messages.signOutFailed}
          </p>
        )}
      </DropdownMenuPanel>
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
  /** With the multiSession plugin: where "Add account" signs in another account. Default DEFAULT_PATHS.addAccount. */
  addAccountPath?: string;
  className?: string;
}

/** UserMenu itself, reading the session (it may suspend: see below). */
function UserMenuForSession({ redirectTo, onSignedOut, adminRoles, adminUserIds, signInPath, addAccountPath = DEFAULT_PATHS.addAccount, ...viewProps }: UserMenuProps) {
  const state = useSessionState();
  const { signOut, status: signOutStatus, retryIn: signOutRetryIn } = useSignOut({ redirectTo, onSignedOut });
  // With the app client's multiSession plugin: the other accounts on this device (undefined without it).
  const accounts = useDeviceAccounts({
    userId: state.status === "signed-in" ? state.user.id : undefined,
    redirectTo: redirectTo ?? DEFAULT_PATHS.site,
    onSignedOut,
  });
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
          signOutStatus={accounts.others ? accounts.signOutStatus : signOutStatus}
          signOutRetryIn={accounts.others ? null : signOutRetryIn}
          otherAccounts={accounts.others}
          onSwitchAccount={(sessionToken) => void accounts.switchTo(sessionToken)}
          accountSwitchStatus={accounts.switchStatus}
          pendingSessionToken={accounts.pendingSessionToken}
          addAccountHref={accounts.others ? addAccountPath : undefined}
          onSignOutAccount={() => void accounts.signOutAccount()}
          onSignOutAllAccounts={() => void accounts.signOutAll()}
          {...viewProps}
        />
      );
  }
}

/**
 * The account control for a header: a skeleton while the session loads, a Sign in link when signed
 * out, an error with Retry when the session cannot be read, and the user's menu when signed in.
 * Behind its own Suspense boundary: under a SessionProvider given the session as a promise, its skeleton shows until it streams in.
 */
export function UserMenu(props: UserMenuProps) {
  const messages = useKitMessages();
  return (
    <Suspense fallback={<UserMenuSkeleton label={messages.loadingAccount} className={props.className} />}>
      <UserMenuForSession {...props} />
    </Suspense>
  );
}
