// The client entry: every public name listed one by one (no `export *` across the client/server line).
// No "use client" here: each module that needs it says so itself, so plain values (messages, isAdmin,
// showMatches, safeCallbackPath, the skeletons) stay usable from Server Components.
export {
  AccountSwitcher,
  type AccountOrganization,
  type AccountSwitcherProps,
  AccountSwitcherView,
  type AccountSwitcherViewProps,
} from "./account-switcher";
export { AdminLink, type AdminLinkProps } from "./admin-link";
// The kit's default client itself is `session-kit/auth-client`: here it would put better-auth's client
// in every app's first load, though components load it only when the app gives them no client.
export type { AuthClient, SessionData } from "./auth-client";
export { AuthClientProvider, type KitAuthClient, useKitAuthClient } from "./auth-client-context";
export { type Device, DeviceListView, type DeviceListViewProps } from "./device-list";
export { ImpersonationBanner, type ImpersonationBannerProps, ImpersonationBannerView, type ImpersonationBannerViewProps } from "./impersonation-banner";
export { arabicMessages, englishMessages, formatMessage, type KitMessages } from "./messages";
export { ReauthDialog, type ReauthDialogProps, type ReauthStatus } from "./reauth-dialog";
export { RetryCountdown, type RetryCountdownProps } from "./retry-countdown";
export { type RetryAfter, useRetryAfter } from "./use-retry-after";
export { type ReauthenticationOptions, useReauthentication } from "./use-reauthentication";
export { SessionExpiryNotice, type SessionExpiryNoticeProps, type SessionExpiryNoticeState, SessionExpiryNoticeView, type SessionExpiryNoticeViewProps } from "./session-expiry-notice";
export { type SessionExpiry, type SessionExpiryOptions, type SessionExpiryStatus, useSessionExpiry } from "./use-session-expiry";
export { SignedOutNotice, type SignedOutNoticeProps, SignedOutNoticeView, type SignedOutNoticeViewProps } from "./signed-out-notice";
export { recordServerDate, serverNow } from "./server-clock";
export { type SessionEndReason, useKitDirection, useKitLocale, useKitMessages, useSessionEnd } from "./session-context";
export { SessionErrorView, type SessionErrorViewProps } from "./session-error";
export { SessionProvider, type SessionProviderProps } from "./session-provider";
export { announceSessionChange } from "./session-sync";
export { Show, type ShowProps } from "./show";
export { SignInButton, type SignInButtonProps } from "./sign-in-button";
export { SignOutButton, type SignOutButtonProps } from "./sign-out-button";
export { AccountSwitcherSkeleton, UserCardSkeleton, UserMenuSkeleton } from "./skeletons";
export { RefreshOnSessionChange } from "./refresh-on-session-change";
export { type DeviceAccount, useDeviceAccounts } from "./use-device-accounts";
export { type AuthStepOptions, useAuthStep } from "./use-auth-step";
export { type SessionState, useSessionState } from "./use-session-state";
export { type SignOutOptions, useSignOut } from "./use-sign-out";
export { UserAvatar, UserMenu, type UserMenuProps, UserMenuView, type UserMenuViewProps } from "./user-menu";
export { isAdmin, type AdminRule } from "../lib/roles";
export { type ShowCondition, showMatches } from "../lib/show-condition";
export type { KitSession, SessionLike, SessionUser } from "../lib/session";
export { safeCallbackPath, signInPathFor } from "../lib/callback-url";
export { DEFAULT_PATHS } from "../lib/paths";
// Used by the registry's copied markup (npm run build:registry), so the logic stays in the package.
export { initials } from "../lib/initials";
export { type DeviceDescription, describeUserAgent } from "../lib/device-label";
export { formatRelativeTime } from "../lib/relative-time";
export { SESSION_NOT_FRESH, isSessionNotFresh } from "../lib/fresh-session";
export type { ActionStatus } from "../lib/action-status";
