import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { http } from "msw";
import { DEFAULT_PATHS } from "../lib/paths";
import {
  deviceAccountFixtures,
  getSessionHandlers,
  multiSessionHandlers,
  resetMockSession,
  sessionFixtures,
  sessionHandlers,
  setActiveSessionFailure,
  signOutHandlers,
} from "../mocks";
import { arabicMessages as ar } from "./messages";
import { SessionProvider } from "./session-provider";
import { server } from "../test-utils/jsdom-setup";
import { axeViolations, recordRequests, renderInSession, renderWhileLoading, renderOnServerThenHydrate } from "../test-utils/render";
import { UserMenu, UserMenuView, type UserMenuViewProps } from "./user-menu";

const openMenu = async (name: RegExp) => {
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name }));
  return user;
};

describe("<UserMenu />", () => {
  it("shows a skeleton of the trigger's exact size while the session loads", async () => {
    const { container } = await renderWhileLoading(<UserMenu />);
    const skeleton = container.querySelector('[data-slot="user-menu-skeleton"]');
    expect(skeleton).toBeInTheDocument();
    // The loaded trigger is a size-9 avatar; the skeleton takes the same box.
    expect(skeleton).toHaveClass("size-9", "rounded-full");
    expect(screen.getByRole("status", { name: "Loading account" })).toBe(skeleton);
    expect(screen.queryByRole("link", { name: "Sign in" })).not.toBeInTheDocument();
  });

  it("keeps the error in the avatar's box, with its words as the Retry button's name and tooltip", async () => {
    renderInSession(<UserMenu />, "error");
    const alert = await screen.findByRole("alert");
    // A header control must fit the space the avatar takes (size-9), in any language.
    expect(alert).toHaveClass("size-9");
    const retry = within(alert).getByRole("button", { name: "Session unavailable. Retry" });
    expect(retry).toHaveClass("size-9", "rounded-full");
    expect(retry).toHaveAttribute("title", "Session unavailable. Retry");
  });

  it("shows the sign-in link when signed out", async () => {
    renderInSession(<UserMenu />, "signedOut");
    expect(await screen.findByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/auth/sign-in");
  });

  it("reads a 401 from get-session as signed out", async () => {
    renderInSession(<UserMenu />, "unauthorized");
    expect(await screen.findByRole("link", { name: "Sign in" })).toBeInTheDocument();
  });

  it.each(["error", "networkError"] as const)("shows an error with a retry, not the signed-out UI, on %s", async (state) => {
    renderInSession(<UserMenu />, state);
    expect(await screen.findByRole("alert")).toHaveTextContent("Session unavailable");
    expect(screen.queryByRole("link", { name: "Sign in" })).not.toBeInTheDocument();

    server.use(getSessionHandlers.member);
    await userEvent.click(screen.getByRole("button", { name: "Session unavailable. Retry" }));
    expect(await screen.findByRole("button", { name: /Ada Lovelace/ })).toBeInTheDocument();
  });

  it("opens a menu with the member's name, email and dashboard link, without the admin link", async () => {
    renderInSession(<UserMenu />, "member");
    await openMenu(/Account menu for Ada Lovelace/);
    const menu = await screen.findByRole("menu");
    expect(menu).toHaveTextContent("Ada Lovelace");
    expect(menu).toHaveTextContent("ada@example.com");
    expect(screen.getByRole("menuitem", { name: "Dashboard" })).toHaveAttribute("href", "/home");
    expect(screen.queryByRole("menuitem", { name: "Admin" })).not.toBeInTheDocument();
  });

  it("shows the admin link to admins", async () => {
    renderInSession(<UserMenu />, "admin");
    await openMenu(/Grace Hopper/);
    expect(await screen.findByRole("menuitem", { name: "Admin" })).toHaveAttribute("href", "/admin");
  });

  it("honours configured admin roles", async () => {
    renderInSession(<UserMenu adminRoles={["user"]} />, "member");
    await openMenu(/Ada Lovelace/);
    expect(await screen.findByRole("menuitem", { name: "Admin" })).toBeInTheDocument();
  });

  it("shows initials when the user has no image", async () => {
    renderInSession(<UserMenu />, "noImage");
    expect(await screen.findByRole("button", { name: /Alan Turing/ })).toHaveTextContent("AT");
  });

  it("works from the keyboard: Enter opens, arrows move, Escape closes and returns focus", async () => {
    renderInSession(<UserMenu />, "admin");
    const trigger = await screen.findByRole("button", { name: /Grace Hopper/ });
    const user = userEvent.setup();
    trigger.focus();
    await user.keyboard("{Enter}");
    const items = await screen.findAllByRole("menuitem");
    expect(items.map((item) => item.textContent)).toEqual(["Dashboard", "Admin", "Sign out"]);
    await waitFor(() => expect(items[0]).toHaveFocus());
    await user.keyboard("{ArrowDown}");
    expect(items[1]).toHaveFocus();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
  });

  it("opens with Space too", async () => {
    renderInSession(<UserMenu />, "member");
    const trigger = await screen.findByRole("button", { name: /Ada Lovelace/ });
    trigger.focus();
    await userEvent.keyboard(" ");
    expect(await screen.findByRole("menu")).toBeInTheDocument();
  });

  it("signs out: posts to sign-out, then shows the signed-out state", async () => {
    const onSignedOut = vi.fn();
    const requests = recordRequests();
    renderInSession(<UserMenu onSignedOut={onSignedOut} />, "member");
    const user = await openMenu(/Ada Lovelace/);
    await user.click(await screen.findByRole("menuitem", { name: "Sign out" }));
    expect(await screen.findByRole("link", { name: "Sign in" })).toBeInTheDocument();
    expect(onSignedOut).toHaveBeenCalledOnce();
    expect(requests.seen).toContain("POST /api/auth/sign-out");
    requests.stop();
  });

  it("keeps the user signed in and says so when sign-out fails", async () => {
    const onSignedOut = vi.fn();
    renderInSession(<UserMenu onSignedOut={onSignedOut} />, "member", signOutHandlers.failure);
    const user = await openMenu(/Ada Lovelace/);
    await user.click(await screen.findByRole("menuitem", { name: "Sign out" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Sign out failed");
    expect(screen.getByRole("button", { name: /Ada Lovelace/ })).toBeInTheDocument();
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it("shows the rate limit's wait on a 429 instead of a failure, with Sign out disabled", async () => {
    const onSignedOut = vi.fn();
    renderInSession(<UserMenu onSignedOut={onSignedOut} />, "member", signOutHandlers.rateLimited(30));
    const user = await openMenu(/Ada Lovelace/);
    await user.click(await screen.findByRole("menuitem", { name: "Sign out" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Too many attempts — try again in 30 s");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("menuitem", { name: "Sign out" })).toHaveAttribute("aria-disabled", "true");
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it("has no accessibility violations in the error state", async () => {
    const { container } = renderInSession(<UserMenu />, "error");
    await screen.findByRole("alert");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("has no accessibility violations, closed and open", async () => {
    const { container } = renderInSession(<UserMenu />, "admin");
    await screen.findByRole("button", { name: /Grace Hopper/ });
    expect(await axeViolations(container)).toEqual([]);
    await openMenu(/Grace Hopper/);
    await screen.findByRole("menu");
    expect(await axeViolations()).toEqual([]);
  });
});

describe("<UserMenuView />", () => {
  it("shows initials as soon as the image fails, without waiting out the fallback's delay", () => {
    // An image the browser has already given up on: complete, with no pixels (what a 404 leaves).
    vi.stubGlobal("Image", function BrokenImage() {
      const image = document.createElement("img");
      Object.defineProperties(image, { complete: { value: true }, naturalWidth: { value: 0 } });
      return image;
    });
    try {
      render(<UserMenuView user={sessionFixtures.brokenImage.user} />);
      // No timers run: the initials are there on the first commit, not after the 600 ms delay.
      expect(screen.getByRole("button", { name: /Ada Lovelace/ })).toHaveTextContent("AL");
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("renders on the server and hydrates without a mismatch", async () => {
    const { html, recoverableErrors, consoleErrors } = await renderOnServerThenHydrate(<UserMenuView user={sessionFixtures.noImage.user} isAdmin />);
    expect(html).toContain("Account menu for Alan Turing");
    expect(html).toContain("AT");
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe("<UserMenu /> on the server", () => {
  it("renders the loading skeleton, since the session is read in the browser", () => {
    const html = renderToString(<UserMenu />);
    expect(html).toContain('data-slot="user-menu-skeleton"');
  });
});

describe("<UserMenu /> in Arabic, right to left", () => {
  const inArabic = (ui: React.ReactElement) => (
    <SessionProvider messages={ar} dir="rtl" locale="ar">
      {ui}
    </SessionProvider>
  );

  it("announces the loading state in Arabic", async () => {
    await renderWhileLoading(inArabic(<UserMenu />));
    expect(screen.getByRole("status", { name: ar.loadingAccount })).toHaveAttribute("data-slot", "user-menu-skeleton");
  });

  it("shows the Arabic sign-in link when signed out", async () => {
    renderInSession(inArabic(<UserMenu />), "signedOut");
    expect(await screen.findByRole("link", { name: ar.signIn })).toHaveAttribute("href", "/auth/sign-in");
  });

  it("shows the error and Retry in Arabic", async () => {
    renderInSession(inArabic(<UserMenu />), "error");
    expect(await screen.findByRole("alert")).toHaveTextContent(ar.sessionUnavailable);
    expect(screen.getByRole("button", { name: ar.sessionUnavailableRetry })).toHaveAttribute("title", ar.sessionUnavailableRetry);
  });

  it("names the trigger and the items in Arabic and lays the menu out right to left", async () => {
    renderInSession(inArabic(<UserMenu />), "admin");
    await openMenu(/^قائمة حساب Grace Hopper$/u);
    const menu = await screen.findByRole("menu");
    expect(menu).toHaveAttribute("dir", "rtl");
    expect(within(menu).getAllByRole("menuitem").map((item) => item.textContent)).toEqual([ar.dashboard, ar.admin, ar.signOut]);
  });

  it("says in Arabic that sign-out failed", async () => {
    renderInSession(inArabic(<UserMenu onSignedOut={() => {}} />), "member", signOutHandlers.failure);
    const user = await openMenu(/Ada Lovelace/);
    await user.click(await screen.findByRole("menuitem", { name: ar.signOut }));
    expect(await screen.findByRole("alert")).toHaveTextContent(ar.signOutFailed);
  });

  it("has no accessibility violations with the menu open", async () => {
    renderInSession(inArabic(<UserMenu />), "admin");
    await openMenu(/Grace Hopper/);
    await screen.findByRole("menu");
    expect(await axeViolations()).toEqual([]);
  });
});

describe("<UserMenuView /> with several accounts on the device (multiSession)", () => {
  const { grace, alan } = deviceAccountFixtures;
  const ada = sessionFixtures.member.user;

  function renderMenu(props: Partial<UserMenuViewProps> = {}) {
    const callbacks = { onSwitchAccount: vi.fn(), onSignOutAccount: vi.fn(), onSignOutAllAccounts: vi.fn(), onSignOut: vi.fn() };
    const view = (overrides: Partial<UserMenuViewProps> = {}) => (
      <UserMenuView user={ada} otherAccounts={[grace, alan]} addAccountHref="/auth/sign-in?add-account" defaultOpen {...callbacks} {...props} {...overrides} />
    );
    const result = render(view());
    return { ...result, ...callbacks, rerenderWith: (overrides: Partial<UserMenuViewProps>) => result.rerender(view(overrides)) };
  }
  const itemNames = () => within(screen.getByRole("menu")).getAllByRole("menuitem").map((item) => item.getAttribute("aria-label") ?? item.textContent);

  it("without otherAccounts (the plugin off) shows the single-account menu, unchanged", () => {
    render(<UserMenuView user={ada} defaultOpen />);
    expect(itemNames()).toEqual(["Dashboard", "Sign out"]);
    expect(screen.queryByText("Other accounts")).not.toBeInTheDocument();
    expect(screen.getByRole("menu")).toHaveAttribute("data-slot", "user-menu-content");
  });

  it("with only this account, offers Add account and one plain Sign out, and no other accounts", () => {
    renderMenu({ otherAccounts: [] });
    expect(itemNames()).toEqual(["Add account", "Dashboard", "Sign out"]);
    expect(screen.getByRole("menuitem", { name: "Add account" })).toHaveAttribute("href", "/auth/sign-in?add-account");
    expect(screen.queryByRole("group", { name: "Other accounts" })).not.toBeInTheDocument();
  });

  it("lists the other accounts under their heading, each named for the switch to it, with its email", () => {
    renderMenu();
    const group = screen.getByRole("group", { name: "Other accounts" });
    const accounts = within(group).getAllByRole("menuitem");
    expect(accounts.map((item) => item.getAttribute("aria-label"))).toEqual(["Switch to Grace Hopper", "Switch to Alan Turing"]);
    expect(accounts[0]).toHaveTextContent("grace@example.com");
    expect(accounts[1]).toHaveTextContent("AT");
    expect(itemNames()).toEqual([
      "Switch to Grace Hopper",
      "Switch to Alan Turing",
      "Add account",
      "Dashboard",
      "Sign out of this account",
      "Sign out of all accounts",
    ]);
    // This account stays at the top, as the menu's label.
    expect(screen.getByRole("menu", { name: "Account menu for Ada Lovelace" })).toHaveTextContent(/^Ada Lovelaceada@example\.com/u);
  });

  it("leaves out Add account without addAccountHref", () => {
    renderMenu({ addAccountHref: undefined });
    expect(screen.queryByRole("menuitem", { name: "Add account" })).not.toBeInTheDocument();
  });

  it("switches to the chosen account by its session token and keeps the menu open while it does", async () => {
    const { onSwitchAccount } = renderMenu();
    await userEvent.click(screen.getByRole("menuitem", { name: "Switch to Alan Turing" }));
    expect(onSwitchAccount).toHaveBeenCalledExactlyOnceWith(alan.sessionToken);
    expect(screen.getByRole("menu")).toBeInTheDocument();
  });

  it("works from the keyboard", async () => {
    const { onSwitchAccount } = renderMenu({ defaultOpen: false });
    const user = userEvent.setup();
    screen.getByRole("button", { name: "Account menu for Ada Lovelace" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("menuitem", { name: "Switch to Grace Hopper" })).toHaveFocus());
    await user.keyboard("{Enter}");
    expect(onSwitchAccount).toHaveBeenCalledExactlyOnceWith(grace.sessionToken);
  });

  it("shows the account being switched to as busy and disables the accounts and sign-outs meanwhile", async () => {
    const { onSwitchAccount, onSignOutAccount } = renderMenu({ accountSwitchStatus: "pending", pendingSessionToken: alan.sessionToken });
    const target = screen.getByRole("menuitem", { name: "Switch to Alan Turing" });
    expect(target).toHaveAttribute("aria-busy", "true");
    expect(target).toHaveTextContent("Switching…");
    expect(target).not.toHaveTextContent("alan@example.com");
    expect(screen.getByRole("menuitem", { name: "Switch to Grace Hopper" })).not.toHaveAttribute("aria-busy");
    for (const name of ["Switch to Grace Hopper", "Switch to Alan Turing", "Sign out of this account", "Sign out of all accounts"]) {
      expect(screen.getByRole("menuitem", { name })).toHaveAttribute("aria-disabled", "true");
    }
    await userEvent.click(screen.getByRole("menuitem", { name: "Switch to Grace Hopper" }), { pointerEventsCheck: 0 });
    await userEvent.click(screen.getByRole("menuitem", { name: "Sign out of this account" }), { pointerEventsCheck: 0 });
    expect(onSwitchAccount).not.toHaveBeenCalled();
    expect(onSignOutAccount).not.toHaveBeenCalled();
  });

  it("closes the menu once the switch has gone through", async () => {
    const { rerenderWith } = renderMenu({ accountSwitchStatus: "pending", pendingSessionToken: grace.sessionToken });
    rerenderWith({ accountSwitchStatus: "idle", user: grace.user, otherAccounts: [{ sessionToken: "token-ada", user: ada }, alan] });
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Account menu for Grace Hopper" })).toBeInTheDocument();
  });

  it("says so when a switch failed, and lets the user try again", async () => {
    const { onSwitchAccount } = renderMenu({ accountSwitchStatus: "failed" });
    expect(screen.getByRole("alert")).toHaveTextContent("Could not switch accounts. Try again.");
    const graceItem = screen.getByRole("menuitem", { name: "Switch to Grace Hopper" });
    expect(graceItem).not.toHaveAttribute("aria-disabled");
    await userEvent.click(graceItem);
    expect(onSwitchAccount).toHaveBeenCalledOnce();
  });

  it("signs out of this account or of all of them, each through its own callback", async () => {
    const { onSignOutAccount, onSignOutAllAccounts, onSignOut } = renderMenu();
    await userEvent.click(screen.getByRole("menuitem", { name: "Sign out of this account" }));
    expect(onSignOutAccount).toHaveBeenCalledOnce();
    expect(onSignOutAllAccounts).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("menuitem", { name: "Sign out of all accounts" }));
    expect(onSignOutAllAccounts).toHaveBeenCalledOnce();
    expect(onSignOut).not.toHaveBeenCalled();
    expect(screen.queryByRole("menuitem", { name: "Sign out" })).not.toBeInTheDocument();
  });

  it("shows the chosen sign-out as busy, disables both meanwhile, and says so when it fails", async () => {
    const { rerenderWith, onSignOutAccount } = renderMenu();
    await userEvent.click(screen.getByRole("menuitem", { name: "Sign out of all accounts" }));
    rerenderWith({ signOutStatus: "pending" });
    const busy = screen.getByRole("menuitem", { name: "Signing out…" });
    expect(busy).toHaveAttribute("aria-busy", "true");
    expect(itemNames().slice(-2)).toEqual(["Sign out of this account", "Signing out…"]);
    expect(screen.getByRole("menuitem", { name: "Sign out of this account" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("menuitem", { name: "Switch to Grace Hopper" })).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(screen.getByRole("menuitem", { name: "Sign out of this account" }), { pointerEventsCheck: 0 });
    expect(onSignOutAccount).not.toHaveBeenCalled();

    rerenderWith({ signOutStatus: "failed" });
    expect(screen.getByRole("alert")).toHaveTextContent("Sign out failed. You are still signed in; try again.");
    expect(screen.getByRole("menuitem", { name: "Sign out of all accounts" })).not.toHaveAttribute("aria-disabled");
  });

  it("has no accessibility violations, with both failures showing", async () => {
    renderMenu({ accountSwitchStatus: "failed", signOutStatus: "failed" });
    expect(screen.getAllByRole("alert")).toHaveLength(2);
    expect(await axeViolations()).toEqual([]);
  });

  it("speaks Arabic and lays the menu out right to left", () => {
    render(
      <SessionProvider messages={ar} dir="rtl" locale="ar">
        <UserMenuView user={ada} otherAccounts={[grace]} addAccountHref="/auth/sign-in" accountSwitchStatus="failed" defaultOpen />
      </SessionProvider>,
    );
    const menu = screen.getByRole("menu");
    expect(menu.closest("[data-radix-menu-content]")).toHaveAttribute("dir", "rtl");
    expect(screen.getByRole("group", { name: ar.otherAccounts })).toBeInTheDocument();
    expect(itemNames()).toEqual([`التبديل إلى Grace Hopper`, ar.addAccount, ar.dashboard, ar.signOutOfThisAccount, ar.signOutOfAllAccounts]);
    expect(screen.getByRole("alert")).toHaveTextContent(ar.switchAccountFailed);
  });

  it("renders on the server and hydrates without a mismatch", async () => {
    const ui = <UserMenuView user={ada} otherAccounts={[grace, alan]} addAccountHref="/auth/sign-in" />;
    const { html, recoverableErrors, consoleErrors } = await renderOnServerThenHydrate(ui);
    expect(html).toContain("Account menu for Ada Lovelace");
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe("<UserMenu /> with several accounts on the device (better-auth's multiSession)", () => {
  const { member: ada, admin: grace } = sessionFixtures;
  /** Ada is active; Grace is signed in on the same device. Records the bodies the multi-session endpoints get. */
  function renderWithAccounts({ multiSession = true, refuseSwitch = false, onSignedOut = vi.fn() } = {}) {
    const bodies: Array<{ path: string; body: unknown }> = [];
    server.use(
      http.post("*/api/auth/multi-session/*", async ({ request }) => {
        bodies.push({ path: new URL(request.url).pathname, body: await request.clone().json() });
      }),
      ...(refuseSwitch ? [setActiveSessionFailure] : []),
      ...multiSessionHandlers([ada, grace], ada),
      ...sessionHandlers.member,
    );
    resetMockSession();
    const requests = recordRequests();
    render(
      <SessionProvider session={ada} multiSession={multiSession}>
        <UserMenu onSignedOut={onSignedOut} />
      </SessionProvider>,
    );
    return { bodies, requests, onSignedOut };
  }

  it("lists the other accounts signed in here, with Add account and both sign-outs", async () => {
    const { requests } = renderWithAccounts();
    await openMenu(/Ada Lovelace/u);
    expect(await screen.findByRole("menuitem", { name: "Switch to Grace Hopper" })).toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "Add account" })).toHaveAttribute("href", DEFAULT_PATHS.addAccount);
    expect(screen.getByRole("menuitem", { name: "Sign out of this account" })).toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "Sign out of all accounts" })).toBeInTheDocument();
    expect(screen.queryByRole("menuitem", { name: "Switch to Ada Lovelace" })).not.toBeInTheDocument();
    expect(requests.seen).toContain("GET /api/auth/multi-session/list-device-sessions");
    requests.stop();
  });

  it("signs out of this account only, by its own session token", async () => {
    const { bodies, onSignedOut } = renderWithAccounts();
    const user = await openMenu(/Ada Lovelace/u);
    await screen.findByRole("menuitem", { name: "Switch to Grace Hopper" });
    await user.click(screen.getByRole("menuitem", { name: "Sign out of this account" }));
    await waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    expect(bodies).toEqual([{ path: "/api/auth/multi-session/revoke", body: { sessionToken: ada.session.token } }]);
  });

  it("signs out of every account through better-auth's sign-out", async () => {
    const { requests, onSignedOut } = renderWithAccounts();
    const user = await openMenu(/Ada Lovelace/u);
    await screen.findByRole("menuitem", { name: "Switch to Grace Hopper" });
    await user.click(screen.getByRole("menuitem", { name: "Sign out of all accounts" }));
    await waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    expect(requests.seen).toContain("POST /api/auth/sign-out");
    requests.stop();
  });

  it("says so when the server refuses a switch, and stays on this account", async () => {
    const { bodies } = renderWithAccounts({ refuseSwitch: true });
    const user = await openMenu(/Ada Lovelace/u);
    await user.click(await screen.findByRole("menuitem", { name: "Switch to Grace Hopper" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not switch accounts. Try again.");
    expect(bodies).toEqual([{ path: "/api/auth/multi-session/set-active", body: { sessionToken: grace.session.token } }]);
    expect(screen.getByRole("button", { name: /Ada Lovelace/u })).toBeInTheDocument();
  });

  it("shows none of it, and asks for no device sessions, without the plugin", async () => {
    const { requests } = renderWithAccounts({ multiSession: false });
    await openMenu(/Ada Lovelace/u);
    expect(screen.getByRole("menuitem", { name: "Sign out" })).toBeInTheDocument();
    expect(screen.queryByText("Other accounts")).not.toBeInTheDocument();
    expect(screen.queryByRole("menuitem", { name: "Add account" })).not.toBeInTheDocument();
    expect(requests.seen.filter((request) => request.includes("multi-session"))).toEqual([]);
    requests.stop();
  });
});
