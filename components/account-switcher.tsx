"use client";

import { type ComponentProps, type KeyboardEvent, type ReactNode, Suspense, useEffect, useId, useRef, useState } from "react";
import type { AccountOrganization } from "../lib/accounts";
import type { ActionStatus } from "../lib/action-status";
import { cn } from "../lib/cn";
import { initials } from "../lib/initials";
import type { SessionUser } from "../lib/session";
import { formatMessage, type KitMessages } from "./messages";
import { useKitAuthClient } from "./auth-client-context";
import { useKitMessages } from "./session-context";
import { AccountSwitcherSkeleton } from "./skeletons";
import { useSessionState } from "./use-session-state";
import { Avatar, AvatarFallback, AvatarImage } from "./ui/avatar";
import { PlusIcon } from "./ui/plus-icon";
import {
  DropdownMenu,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuList,
  DropdownMenuPanel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "./ui/dropdown-menu";
import { UserAvatar } from "./user-menu";

export { AccountSwitcherSkeleton } from "./skeletons";

/** One of the user's organizations with the user's role in it (the server's listAccounts() gives them). */
export type { AccountOrganization } from "../lib/accounts";

export interface AccountSwitcherViewProps {
  /** The signed-in user: the personal account. */
  user: SessionUser;
  organizations: AccountOrganization[];
  /** null: the personal account is active. */
  activeOrganizationId: string | null;
  onSwitch?: (organizationId: string | null) => void;
  /** Where the last switch stands; "failed": the active account is unchanged. */
  status?: ActionStatus;
  /** While pending: the account being switched to (organization id, or null for personal). */
  pendingOrganizationId?: string | null;
  /** Shown as a "Create organization" link in the menu (always at the bottom when given; prominent when there are no organizations). */
  createOrganizationHref?: string;
  /** Opens the menu on first render (stories, screenshots). */
  defaultOpen?: boolean;
  className?: string;
}

/** Above this many organizations the menu gets a filter field and its list scrolls. */
const FILTER_ABOVE = 8;
const PERSONAL_VALUE = "personal";
const organizationValue = (id: string) => `organization:${id}`;

/** "owner" → "Owner" in the kit's language; a role the organization plugin was configured with shows as it is. */
function roleName(role: string, messages: KitMessages): string {
  const named = (part: string) => {
    switch (part) {
      case "owner":
        return messages.roleOwner;
      case "admin":
        return messages.roleAdmin;
      case "member":
        return messages.roleMember;
      default:
        return part;
    }
  };
  // better-auth stores several roles as one comma-separated string.
  return role
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map(named)
    .join(", ");
}

function matches(organization: AccountOrganization, query: string): boolean {
  return organization.name.toLocaleLowerCase().includes(query) || organization.slug.toLocaleLowerCase().includes(query);
}

/**
 * The header's account switcher from plain data: the personal account or the active organization on the
 * trigger, and a menu to switch between them. The switch itself is the caller's (`onSwitch`); while it is
 * under way every account is disabled and the target says so, and a failure is announced.
 */
export function AccountSwitcherView({
  user,
  organizations,
  activeOrganizationId,
  onSwitch,
  status = "idle",
  pendingOrganizationId,
  createOrganizationHref,
  defaultOpen = false,
  className,
}: AccountSwitcherViewProps) {
  const messages = useKitMessages();
  const labelId = useId();
  const filterRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(defaultOpen);
  const [filter, setFilter] = useState("");
  // A finished switch closes the menu; the menu stays open while it runs so its state shows.
  const [previousStatus, setPreviousStatus] = useState(status);
  if (status !== previousStatus) {
    setPreviousStatus(status);
    if (previousStatus === "pending" && status === "idle") setOpen(false);
  }

  // An id that is not among the organizations (left, deleted) reads as the personal account.
  const active = organizations.find((organization) => organization.id === activeOrganizationId) ?? null;
  const activeId = active?.id ?? null;
  const pending = status === "pending";
  const filterable = organizations.length > FILTER_ABOVE;
  const query = filter.trim().toLocaleLowerCase();
  const shown = filterable && query ? organizations.filter((organization) => matches(organization, query)) : organizations;
  const currentName = active ? active.name : messages.personalAccount;

  // With many organizations typing is the quickest way to one, and the field is not reachable from the
  // items by keyboard: start in it, a frame after Radix has put focus on the menu it mounted.
  useEffect(() => {
    if (!open || !filterable) return;
    const frame = requestAnimationFrame(() => filterRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open, filterable]);

  const switchTo = (organizationId: string | null) => (event: Event) => {
    // Choosing the active account just closes the menu.
    if (organizationId === activeId) return;
    // Keep the menu open so the busy state and any failure stay visible.
    event.preventDefault();
    onSwitch?.(organizationId);
  };

  return (
    <DropdownMenu
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFilter("");
      }}
      modal={false}
    >
      <DropdownMenuTrigger
        data-slot="account-switcher-trigger"
        data-account={active ? "organization" : "personal"}
        aria-label={formatMessage(messages.switchAccountFrom, { name: currentName })}
        className={cn(
          "flex h-10 min-w-0 max-w-56 items-center gap-2 rounded-md px-2 text-start text-sm outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 data-[state=open]:bg-accent",
          className,
        )}
      >
        {active ? <OrganizationLogo organization={active} className="size-7" /> : <UserAvatar user={user} className="size-7" />}
        <span data-slot="account-switcher-current" className="grid min-w-0 flex-1 leading-tight">
          <span className="truncate font-medium" title={currentName}>
            {currentName}
          </span>
          {active && (
            <span data-slot="account-switcher-role" className="truncate text-xs text-muted-foreground">
              {roleName(active.role, messages)}
            </span>
          )}
        </span>
        <svg
          data-slot="account-switcher-chevron"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          aria-hidden="true"
          className="size-4 shrink-0 text-muted-foreground"
        >
          <path d="m7 15 5 5 5-5" />
          <path d="m7 9 5-5 5 5" />
        </svg>
      </DropdownMenuTrigger>
      <DropdownMenuPanel align="start" data-slot="account-switcher-content" className="w-72">
        <DropdownMenuLabel id={labelId} data-slot="account-switcher-label" className="text-xs font-medium text-muted-foreground">
          {messages.accounts}
        </DropdownMenuLabel>
        {filterable && (
          <div data-slot="account-switcher-filter" className="px-1 pb-1">
            <input
              ref={filterRef}
              type="search"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
              onKeyDown={keepKeysInFilter}
              aria-label={messages.filterOrganizations}
              placeholder={messages.filterOrganizations}
              autoComplete="off"
              spellCheck={false}
              className="h-8 w-full rounded-md border bg-transparent px-2 text-start text-sm outline-none placeholder:text-muted-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
            />
          </div>
        )}
        <DropdownMenuList aria-labelledby={labelId} data-slot="account-switcher-list" data-state={status}>
          <DropdownMenuRadioGroup value={activeId === null ? PERSONAL_VALUE : organizationValue(activeId)}>
            <AccountItem
              value={PERSONAL_VALUE}
              picture={<UserAvatar user={user} className="size-7" />}
              name={user.name}
              detail={messages.personalAccount}
              isSwitching={pending && pendingOrganizationId === null}
              disabled={pending}
              onSelect={switchTo(null)}
            />
            {organizations.length === 0 ? (
              <p data-slot="account-switcher-empty" className="px-2 py-1.5 text-start text-xs text-muted-foreground">
                {messages.noOrganizations}
              </p>
            ) : (
              <>
                <DropdownMenuSeparator />
                <div
                  data-slot="account-switcher-organizations"
                  data-scrolls={filterable || undefined}
                  // A region that scrolls must be reachable by keyboard; inside a menu only a group may be.
                  role={filterable ? "group" : undefined}
                  tabIndex={filterable ? 0 : undefined}
                  className={cn(filterable && "max-h-56 overflow-y-auto rounded-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50")}
                >
                  {shown.map((organization) => (
                    <AccountItem
                      key={organization.id}
                      value={organizationValue(organization.id)}
                      picture={<OrganizationLogo organization={organization} className="size-7" />}
                      name={organization.name}
                      detail={roleName(organization.role, messages)}
                      isSwitching={pending && pendingOrganizationId === organization.id}
                      disabled={pending}
                      onSelect={switchTo(organization.id)}
                    />
                  ))}
                  {shown.length === 0 && (
                    <p data-slot="account-switcher-no-match" className="px-2 py-1.5 text-start text-xs text-muted-foreground">
                      {messages.noMatchingOrganizations}
                    </p>
                  )}
                </div>
              </>
            )}
          </DropdownMenuRadioGroup>
          {createOrganizationHref && (
            <>
              {organizations.length > 0 && <DropdownMenuSeparator />}
              <DropdownMenuItem asChild className={cn(organizations.length === 0 && "font-medium")}>
                <a href={createOrganizationHref} data-slot="account-switcher-create-organization">
                  <PlusIcon />
                  {messages.createOrganization}
                </a>
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuList>
        {status === "failed" && (
          <p role="alert" data-slot="account-switcher-error" className="px-2 py-1.5 text-start text-xs text-destructive">
            {messages.switchAccountFailed}
          </p>
        )}
      </DropdownMenuPanel>
    </DropdownMenu>
  );
}

/**
 * Typing in the filter stays in the filter: the menu's typeahead would otherwise take each letter and
 * move focus to a matching item. Escape still closes the menu, Tab stays trapped as in the menu, and
 * ArrowDown moves on to the first account.
 */
function keepKeysInFilter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === "Escape" || event.key === "Tab") return;
  event.stopPropagation();
  if (event.key === "ArrowDown") {
    event.preventDefault();
    const panel = event.currentTarget.closest("[data-radix-menu-content]");
    panel?.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')?.focus();
  }
}

function AccountItem({
  value,
  picture,
  name,
  detail,
  isSwitching,
  disabled,
  onSelect,
}: {
  value: string;
  picture: ReactNode;
  name: string;
  detail: string;
  isSwitching: boolean;
  disabled: boolean;
  onSelect: (event: Event) => void;
}) {
  const messages = useKitMessages();
  const nameId = useId();
  const detailId = useId();
  return (
    <DropdownMenuRadioItem
      value={value}
      data-slot="account-switcher-item"
      disabled={disabled}
      // Named by the account alone, its role or "Switching…" as the description: the picture's alt and
      // initials would only repeat the name.
      aria-labelledby={nameId}
      aria-describedby={detailId}
      aria-busy={isSwitching || undefined}
      onSelect={onSelect}
    >
      {picture}
      <span className="grid min-w-0 flex-1 text-start leading-tight">
        <span id={nameId} className="truncate font-medium" title={name}>
          {name}
        </span>
        <span id={detailId} className="truncate text-xs text-muted-foreground">
          {isSwitching ? messages.switchingAccount : detail}
        </span>
      </span>
    </DropdownMenuRadioItem>
  );
}

type ImageLoadingStatus = Parameters<NonNullable<ComponentProps<typeof AvatarImage>["onLoadingStatusChange"]>>[0];

/** How long initials wait for a logo that is still loading, as UserAvatar waits for a picture. */
const FALLBACK_DELAY_MS = 600;

/** An organization's logo, or its initials when it has none or it fails to load; square, where a user's picture is round. */
function OrganizationLogo({ organization, className }: { organization: AccountOrganization; className?: string }) {
  const [imageStatus, setImageStatus] = useState<ImageLoadingStatus>("idle");
  const imageFailed = !organization.logo || imageStatus === "error";
  return (
    <Avatar data-kind="organization" className={cn("rounded-md", className)}>
      {organization.logo && <AvatarImage src={organization.logo} alt={organization.name} onLoadingStatusChange={setImageStatus} />}
      <AvatarFallback
        key={imageFailed ? "failed" : "waiting"}
        delayMs={imageFailed ? undefined : FALLBACK_DELAY_MS}
        className="rounded-md text-xs"
      >
        {initials(organization.name)}
      </AvatarFallback>
    </Avatar>
  );
}

export interface AccountSwitcherProps
  extends Omit<AccountSwitcherViewProps, "user" | "organizations" | "activeOrganizationId" | "onSwitch" | "status" | "pendingOrganizationId"> {
  /**
   * The user's organizations as the server read them (`listAccounts()`; the server AccountSwitcher
   * passes them), checked against membership on every request.
   */
  organizations: AccountOrganization[];
}

/** AccountSwitcher itself, reading the session (it may suspend: see below). */
function AccountSwitcherForSession({ organizations, ...viewProps }: AccountSwitcherProps) {
  const state = useSessionState();
  const client = useKitAuthClient();
  const messages = useKitMessages();
  const [status, setStatus] = useState<ActionStatus>("idle");
  const [pendingOrganizationId, setPendingOrganizationId] = useState<string | null>();
  if (state.status === "pending") return <AccountSwitcherSkeleton label={messages.loadingAccounts} className={viewProps.className} />;
  if (state.status !== "signed-in") return null;
  const sessionActive = state.session.activeOrganizationId ?? null;
  // Only an organization the server listed counts as active: a membership ended elsewhere reads as personal.
  const activeOrganizationId = organizations.some((organization) => organization.id === sessionActive) ? sessionActive : null;

  async function switchTo(organizationId: string | null) {
    setPendingOrganizationId(organizationId);
    setStatus("pending");
    try {
      if (!client.organization) throw new Error("[session-kit] AccountSwitcher needs organizationClient() in the app's createAuthClient({ plugins }).");
      if ((await client.organization.setActive({ organizationId })).error) throw new Error("switch refused");
      await state.refetch();
      setStatus("idle");
    } catch (error) {
      if (!client.organization) console.error(error);
      setStatus("failed");
    }
  }

  return (
    <AccountSwitcherView
      user={state.user}
      organizations={organizations}
      activeOrganizationId={activeOrganizationId}
      onSwitch={(organizationId) => void switchTo(organizationId)}
      status={status}
      pendingOrganizationId={pendingOrganizationId}
      {...viewProps}
    />
  );
}

/**
 * The account switcher for a header: the personal account and every organization, switched through
 * the app client's organization plugin (`setActive`). After a switch the provider reads the session
 * again, which tells the other tabs, and the page's Server Components render again for the new account
 * (RefreshOnSessionChange). A skeleton while the session loads; nothing when signed out.
 * Behind its own Suspense boundary: under a SessionProvider given the session as a promise, its skeleton shows until it streams in.
 */
export function AccountSwitcher(props: AccountSwitcherProps) {
  const messages = useKitMessages();
  return (
    <Suspense fallback={<AccountSwitcherSkeleton label={messages.loadingAccounts} className={props.className} />}>
      <AccountSwitcherForSession {...props} />
    </Suspense>
  );
}
