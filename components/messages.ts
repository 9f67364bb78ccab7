/**
 * Every string the kit's components render. Pass a whole set (or a few overrides) to SessionProvider's
 * `messages`; English is the default. `{name}`-style placeholders are filled by `formatMessage`.
 */
export interface KitMessages {
  signIn: string;
  signOut: string;
  signingOut: string;
  signOutFailed: string;
  /** The UserMenu trigger's accessible name. */
  accountMenuFor: string;
  dashboard: string;
  admin: string;
  /** The accessible name of the header's account navigation. */
  account: string;
  loadingAccount: string;
  sessionUnavailable: string;
  retry: string;
  /** The compact error control's accessible name and tooltip: the state and the action in one phrase. */
  sessionUnavailableRetry: string;
  /** The impersonation banner; `{name}` is the impersonated user. */
  impersonating: string;
  stopImpersonating: string;
  stoppingImpersonation: string;
  stopImpersonatingFailed: string;
  devices: string;
  thisDevice: string;
  /** `{time}` is a relative time, formatted for the locale. */
  lastSeen: string;
  unknownDevice: string;
  /** A device named by its browser and system: `{browser}` and `{os}` ("Chrome on Linux"). */
  browserOnSystem: string;
  signOutDevice: string;
  signOutOtherDevices: string;
  signOutDeviceFailed: string;
  /** The account switcher: the personal account and the user's organizations. */
  accounts: string;
  personalAccount: string;
  /** The account switcher trigger's accessible name; `{name}` is the current account. */
  switchAccountFrom: string;
  switchingAccount: string;
  switchAccountFailed: string;
  filterOrganizations: string;
  noMatchingOrganizations: string;
  noOrganizations: string;
  createOrganization: string;
  loadingAccounts: string;
  /** The user's role in an organization (better-auth's organization plugin roles); other roles show as they are. */
  roleOwner: string;
  roleAdmin: string;
  roleMember: string;
  /** Several accounts signed in on one device (better-auth's multiSession plugin). */
  otherAccounts: string;
  /** `{name}` is the account switched to. */
  switchToAccount: string;
  addAccount: string;
  signOutOfThisAccount: string;
  signOutOfAllAccounts: string;
}

export const englishMessages: KitMessages = {
  signIn: "Sign in",
  signOut: "Sign out",
  signingOut: "Signing out…",
  signOutFailed: "Sign out failed. You are still signed in; try again.",
  accountMenuFor: "Account menu for {name}",
  dashboard: "Dashboard",
  admin: "Admin",
  account: "Account",
  loadingAccount: "Loading account",
  sessionUnavailable: "Session unavailable",
  retry: "Retry",
  sessionUnavailableRetry: "Session unavailable. Retry",
  impersonating: "You are acting as {name}.",
  stopImpersonating: "Stop impersonating",
  stoppingImpersonation: "Stopping…",
  stopImpersonatingFailed: "Could not stop impersonating; try again.",
  devices: "Devices",
  thisDevice: "This device",
  lastSeen: "Last seen {time}",
  unknownDevice: "Unknown device",
  browserOnSystem: "{browser} on {os}",
  signOutDevice: "Sign out of this device",
  signOutOtherDevices: "Sign out everywhere else",
  signOutDeviceFailed: "Could not sign out; the device is still signed in. Try again.",
  accounts: "Accounts",
  personalAccount: "Personal account",
  switchAccountFrom: "Switch account, current: {name}",
  switchingAccount: "Switching…",
  switchAccountFailed: "Could not switch accounts. Try again.",
  filterOrganizations: "Filter organizations",
  noMatchingOrganizations: "No matching organizations",
  noOrganizations: "No organizations yet",
  createOrganization: "Create organization",
  loadingAccounts: "Loading accounts",
  roleOwner: "Owner",
  roleAdmin: "Admin",
  roleMember: "Member",
  otherAccounts: "Other accounts",
  switchToAccount: "Switch to {name}",
  addAccount: "Add account",
  signOutOfThisAccount: "Sign out of this account",
  signOutOfAllAccounts: "Sign out of all accounts",
};

/** Arabic (right to left): use with `dir="rtl"`. */
export const arabicMessages: KitMessages = {
  signIn: "تسجيل الدخول",
  signOut: "تسجيل الخروج",
  signingOut: "جارٍ تسجيل الخروج…",
  signOutFailed: "تعذّر تسجيل الخروج. ما زلت مسجّلًا؛ حاول مرة أخرى.",
  accountMenuFor: "قائمة حساب {name}",
  dashboard: "لوحة التحكم",
  admin: "الإدارة",
  account: "الحساب",
  loadingAccount: "جارٍ تحميل الحساب",
  sessionUnavailable: "الجلسة غير متاحة",
  retry: "إعادة المحاولة",
  sessionUnavailableRetry: "الجلسة غير متاحة. إعادة المحاولة",
  impersonating: "أنت تتصرّف بصفة {name}.",
  stopImpersonating: "إيقاف انتحال الهوية",
  stoppingImpersonation: "جارٍ الإيقاف…",
  stopImpersonatingFailed: "تعذّر إيقاف انتحال الهوية؛ حاول مرة أخرى.",
  devices: "الأجهزة",
  thisDevice: "هذا الجهاز",
  lastSeen: "آخر نشاط {time}",
  unknownDevice: "جهاز غير معروف",
  browserOnSystem: "{browser} على {os}",
  signOutDevice: "تسجيل الخروج من هذا الجهاز",
  signOutOtherDevices: "تسجيل الخروج من الأجهزة الأخرى",
  signOutDeviceFailed: "تعذّر تسجيل الخروج؛ ما زال الجهاز مسجّلًا. حاول مرة أخرى.",
  accounts: "الحسابات",
  personalAccount: "الحساب الشخصي",
  switchAccountFrom: "تبديل الحساب، الحساب الحالي: {name}",
  switchingAccount: "جارٍ التبديل…",
  switchAccountFailed: "تعذّر تبديل الحساب. حاول مرة أخرى.",
  filterOrganizations: "تصفية المؤسسات",
  noMatchingOrganizations: "لا توجد مؤسسات مطابقة",
  noOrganizations: "لا توجد مؤسسات بعد",
  createOrganization: "إنشاء مؤسسة",
  loadingAccounts: "جارٍ تحميل الحسابات",
  roleOwner: "مالك",
  roleAdmin: "مشرف",
  roleMember: "عضو",
  otherAccounts: "حسابات أخرى",
  switchToAccount: "التبديل إلى {name}",
  addAccount: "إضافة حساب",
  signOutOfThisAccount: "تسجيل الخروج من هذا الحساب",
  signOutOfAllAccounts: "تسجيل الخروج من جميع الحسابات",
};

/** Fills `{key}` placeholders: formatMessage("Last seen {time}", { time: "now" }). */
export function formatMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (placeholder, key: string) => values[key] ?? placeholder);
}
