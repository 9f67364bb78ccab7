import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type * as React from "react";
import { describe, expect, it, vi } from "vitest";
import { accountFixtures, resetMockSession, sessionFixtures, sessionHandlers, setActiveOrganizationHandlers } from "../mocks";
import { server } from "../test-utils/jsdom-setup";
import { axeViolations, recordRequests, renderInSession, renderOnServerThenHydrate, renderWhileLoading } from "../test-utils/render";
import { AccountSwitcher, AccountSwitcherSkeleton, AccountSwitcherView, type AccountSwitcherViewProps } from "./account-switcher";
import { arabicMessages as ar, formatMessage } from "./messages";
import { SessionProvider } from "./session-provider";

const ada = sessionFixtures.member.user;
const { acme, globex, longName, many } = accountFixtures;

function renderSwitcher(props: Partial<AccountSwitcherViewProps> = {}) {
  const onSwitch = vi.fn();
  const view = (overrides: Partial<AccountSwitcherViewProps> = {}) => (
    <AccountSwitcherView user={ada} organizations={[acme, globex]} activeOrganizationId={null} onSwitch={onSwitch} {...props} {...overrides} />
  );
  const result = render(view());
  return { ...result, onSwitch, rerenderWith: (overrides: Partial<AccountSwitcherViewProps>) => result.rerender(view(overrides)) };
}

const trigger = () => screen.getByRole("button", { name: /^Switch account, current: / });
const openMenu = async () => {
  const user = userEvent.setup();
  await user.click(trigger());
  return { user, menu: await screen.findByRole("menu") };
};
const accounts = () => screen.getAllByRole("menuitemradio");
/** The text an item points to with aria-labelledby or aria-describedby. */
const referenced = (item: HTMLElement, attribute: "aria-labelledby" | "aria-describedby") => document.getElementById(item.getAttribute(attribute)!)?.textContent;
/** The account items in order, each as "name (description)": the account, then its role or "Switching…". */
const expectAccounts = (names: string[]) =>
  expect(accounts().map((item) => `${referenced(item, "aria-labelledby")} (${referenced(item, "aria-describedby")})`)).toEqual(names);

describe("<AccountSwitcherView />", () => {
  it("shows the personal account on the trigger when no organization is active", () => {
    renderSwitcher();
    expect(trigger()).toHaveAccessibleName("Switch account, current: Personal account");
    expect(trigger()).toHaveAttribute("data-account", "personal");
    expect(trigger()).toHaveTextContent("Personal account");
    // Ada's picture (initials until it loads), not an organization's logo.
    expect(trigger().querySelector('[data-kind="organization"]')).not.toBeInTheDocument();
  });

  it("shows the active organization on the trigger: its initials, its name and the user's role in it", () => {
    renderSwitcher({ activeOrganizationId: acme.id });
    expect(trigger()).toHaveAccessibleName("Switch account, current: Acme Inc");
    expect(trigger()).toHaveAttribute("data-account", "organization");
    expect(within(trigger()).getByTitle("Acme Inc")).toHaveClass("truncate");
    expect(trigger().querySelector('[data-slot="account-switcher-role"]')).toHaveTextContent("Owner");
    // No logo: the initials show at once, without waiting for a picture.
    expect(trigger()).toHaveTextContent("AI");
  });

  it("names the known roles in the kit's language and shows any other role as it is", () => {
    const { rerenderWith } = renderSwitcher({ organizations: [{ ...globex, role: "billing" }], activeOrganizationId: globex.id });
    expect(trigger().querySelector('[data-slot="account-switcher-role"]')).toHaveTextContent(/^billing$/u);
    rerenderWith({ organizations: [{ ...globex, role: "admin,member" }] });
    expect(trigger().querySelector('[data-slot="account-switcher-role"]')).toHaveTextContent(/^Admin, Member$/u);
  });

  it("reads an active organization it does not list (left or deleted) as the personal account", () => {
    renderSwitcher({ activeOrganizationId: "org-gone" });
    expect(trigger()).toHaveAttribute("data-account", "personal");
  });

  it("keeps the trigger narrow enough for a header and truncates long names, whole on hover", () => {
    renderSwitcher({ organizations: [longName], activeOrganizationId: longName.id });
    expect(trigger()).toHaveClass("max-w-56");
    expect(within(trigger()).getByTitle(longName.name)).toHaveClass("truncate");
  });

  it("lists the personal account first, then each organization, with the active one checked", async () => {
    renderSwitcher({ activeOrganizationId: globex.id });
    const { menu } = await openMenu();
    expect(menu).toHaveAccessibleName("Accounts");
    expectAccounts(["Ada Lovelace (Personal account)", "Acme Inc (Owner)", "Globex Corporation (Member)"]);
    expect(accounts().map((item) => item.getAttribute("aria-checked"))).toEqual(["false", "false", "true"]);
    // The pictures are beside the names, so they stay out of each item's name.
    expect(screen.getByRole("menuitemradio", { name: "Acme Inc" })).toHaveAccessibleDescription("Owner");
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
  });

  it("switches to the chosen organization and keeps the menu open while it does", async () => {
    const { onSwitch } = renderSwitcher();
    const { user } = await openMenu();
    await user.click(screen.getByRole("menuitemradio", { name: /Globex/ }));
    expect(onSwitch).toHaveBeenCalledExactlyOnceWith(globex.id);
    expect(screen.getByRole("menu")).toBeInTheDocument();
  });

  it("switches back to the personal account with null", async () => {
    const { onSwitch } = renderSwitcher({ activeOrganizationId: acme.id });
    const { user } = await openMenu();
    await user.click(screen.getByRole("menuitemradio", { name: "Ada Lovelace" }));
    expect(onSwitch).toHaveBeenCalledExactlyOnceWith(null);
  });

  it("does nothing but close when the active account is chosen again", async () => {
    const { onSwitch } = renderSwitcher({ activeOrganizationId: acme.id });
    const { user } = await openMenu();
    await user.click(screen.getByRole("menuitemradio", { name: /Acme Inc/ }));
    expect(onSwitch).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
  });

  it("works from the keyboard: Enter opens, arrows move, Enter switches", async () => {
    const { onSwitch } = renderSwitcher();
    const user = userEvent.setup();
    trigger().focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(accounts()[0]).toHaveFocus());
    await user.keyboard("{ArrowDown}");
    expect(accounts()[1]).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onSwitch).toHaveBeenCalledExactlyOnceWith(acme.id);
  });

  it("shows the account being switched to as busy and disables every account meanwhile", async () => {
    const { onSwitch } = renderSwitcher({ status: "pending", pendingOrganizationId: globex.id, defaultOpen: true });
    const target = screen.getByRole("menuitemradio", { name: /Globex/ });
    expect(target).toHaveAttribute("aria-busy", "true");
    expect(target).toHaveAccessibleName("Globex Corporation");
    expect(target).toHaveAccessibleDescription("Switching…");
    for (const item of accounts()) expect(item).toHaveAttribute("aria-disabled", "true");
    expect(accounts().filter((item) => item.hasAttribute("aria-busy"))).toEqual([target]);
    await userEvent.click(screen.getByRole("menuitemradio", { name: /Acme/ }), { pointerEventsCheck: 0 });
    expect(onSwitch).not.toHaveBeenCalled();
  });

  it("shows a switch back to the personal account as busy on the personal account", () => {
    renderSwitcher({ activeOrganizationId: acme.id, status: "pending", pendingOrganizationId: null, defaultOpen: true });
    expect(screen.getByRole("menuitemradio", { name: /Ada Lovelace/ })).toHaveAttribute("aria-busy", "true");
    expect(screen.getByRole("menuitemradio", { name: /Ada Lovelace/ })).toHaveTextContent("Switching…");
  });

  it("closes the menu once the switch has gone through", async () => {
    const { rerenderWith } = renderSwitcher({ status: "pending", pendingOrganizationId: globex.id, defaultOpen: true });
    expect(screen.getByRole("menu")).toBeInTheDocument();
    rerenderWith({ status: "idle", activeOrganizationId: globex.id });
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    expect(trigger()).toHaveAccessibleName("Switch account, current: Globex Corporation");
  });

  it("says so when a switch failed, and lets the user try again", async () => {
    const { onSwitch } = renderSwitcher({ status: "failed", defaultOpen: true });
    expect(screen.getByRole("alert")).toHaveTextContent("Could not switch accounts. Try again.");
    for (const item of accounts()) expect(item).not.toHaveAttribute("aria-disabled");
    await userEvent.click(screen.getByRole("menuitemradio", { name: /Acme/ }));
    expect(onSwitch).toHaveBeenCalledExactlyOnceWith(acme.id);
  });

  it("offers no filter up to eight organizations", () => {
    renderSwitcher({ organizations: many.slice(0, 8), defaultOpen: true });
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
    expect(document.querySelector('[data-slot="account-switcher-organizations"]')).not.toHaveClass("overflow-y-auto");
  });

  describe("with more than eight organizations", () => {
    const filterField = () => screen.getByRole("searchbox", { name: "Filter organizations" });

    it("starts in a filter field above a list that scrolls", async () => {
      renderSwitcher({ organizations: many });
      await openMenu();
      expect(filterField()).toHaveAttribute("placeholder", "Filter organizations");
      await waitFor(() => expect(filterField()).toHaveFocus());
      expect(document.querySelector('[data-slot="account-switcher-organizations"]')).toHaveClass("max-h-56", "overflow-y-auto");
      expect(accounts()).toHaveLength(many.length + 1);
    });

    it("narrows the organizations by name or slug, ignoring case, while typed letters stay in the field", async () => {
      renderSwitcher({ organizations: many });
      const { user } = await openMenu();
      await waitFor(() => expect(filterField()).toHaveFocus());
      // "w" and "o" would each move focus to an item through the menu's typeahead.
      await user.type(filterField(), "WO");
      expect(filterField()).toHaveFocus();
      expect(filterField()).toHaveValue("WO");
      expectAccounts(["Ada Lovelace (Personal account)", "Wonka Industries (Owner)"]);

      await user.clear(filterField());
      await user.type(filterField(), "tyrell");
      expectAccounts(["Ada Lovelace (Personal account)", "Tyrell Corporation (Admin)"]);

      await user.clear(filterField());
      await user.type(filterField(), " corp ");
      expectAccounts(["Ada Lovelace (Personal account)", "Globex Corporation (Member)", "Umbrella Corporation (Admin)", "Soylent Corp (Member)", "Tyrell Corporation (Admin)"]);
    });

    it("says when no organization matches, and still offers the personal account", async () => {
      renderSwitcher({ organizations: many });
      const { user } = await openMenu();
      await user.type(filterField(), "zzz");
      expect(screen.getByText("No matching organizations")).toBeVisible();
      expectAccounts(["Ada Lovelace (Personal account)"]);
    });

    it("moves from the field to the accounts with ArrowDown, closes on Escape and forgets the filter", async () => {
      const { onSwitch } = renderSwitcher({ organizations: many });
      const { user } = await openMenu();
      await user.type(filterField(), "hooli");
      await user.keyboard("{ArrowDown}");
      expect(accounts()[0]).toHaveFocus();
      await user.keyboard("{ArrowDown}{Enter}");
      expect(onSwitch).toHaveBeenCalledExactlyOnceWith("org-hooli");

      filterField().focus();
      await user.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
      await user.click(trigger());
      await waitFor(() => expect(filterField()).toHaveValue(""));
    });

    it("has no accessibility violations with the filter and the scrolling list open", async () => {
      renderSwitcher({ organizations: many, status: "failed", createOrganizationHref: "/home/organizations/new" });
      await openMenu();
      expect(await axeViolations()).toEqual([]);
    });
  });

  it("with no organizations, says so and offers to create one", async () => {
    renderSwitcher({ organizations: [], createOrganizationHref: "/home/organizations/new", defaultOpen: true });
    const menu = screen.getByRole("menu");
    expectAccounts(["Ada Lovelace (Personal account)"]);
    expect(menu).toHaveTextContent("No organizations yet");
    expect(within(menu).getByRole("menuitem", { name: "Create organization" })).toHaveAttribute("href", "/home/organizations/new");
    expect(within(menu).queryByRole("separator")).not.toBeInTheDocument();
  });

  it("with no organizations and nowhere to create one, only says so", () => {
    renderSwitcher({ organizations: [], defaultOpen: true });
    expect(screen.getByRole("menu")).toHaveTextContent("No organizations yet");
    expect(screen.queryByRole("menuitem")).not.toBeInTheDocument();
  });

  it("puts the create link last, after a separator, when there are organizations", () => {
    renderSwitcher({ createOrganizationHref: "/home/organizations/new", defaultOpen: true });
    const menu = screen.getByRole("menu");
    const items = [...menu.querySelectorAll('[role^="menuitem"]')];
    expect(items.at(-1)).toHaveAccessibleName("Create organization");
    expect(items.at(-1)?.previousElementSibling).toHaveAttribute("role", "separator");
  });

  it("has no accessibility violations, closed and open", async () => {
    const { container } = renderSwitcher({ activeOrganizationId: acme.id, createOrganizationHref: "/home/organizations/new" });
    expect(await axeViolations(container)).toEqual([]);
    await openMenu();
    expect(await axeViolations()).toEqual([]);
  });

  it("renders on the server and hydrates without a mismatch", async () => {
    const ui = <AccountSwitcherView user={ada} organizations={[acme, globex]} activeOrganizationId={globex.id} />;
    const { html, recoverableErrors, consoleErrors } = await renderOnServerThenHydrate(ui);
    expect(html).toContain("Switch account, current: Globex Corporation");
    expect(html).toContain('data-account="organization"');
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe("<AccountSwitcherSkeleton />", () => {
  it("announces the loading state when given a label", () => {
    render(<AccountSwitcherSkeleton label="Loading accounts" />);
    expect(screen.getByRole("status", { name: "Loading accounts" })).toHaveAttribute("data-slot", "account-switcher-skeleton");
  });

  it("is hidden from assistive technology without one", () => {
    const { container } = render(<AccountSwitcherSkeleton />);
    expect(container.querySelector('[data-slot="account-switcher-skeleton"]')).toHaveAttribute("aria-hidden", "true");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });
});

describe("<AccountSwitcherView /> in Arabic, right to left", () => {
  const inArabic = (ui: React.ReactElement) => (
    <SessionProvider messages={ar} dir="rtl" locale="ar">
      {ui}
    </SessionProvider>
  );

  it("names the trigger, the accounts and the roles in Arabic and lays the menu out right to left", async () => {
    render(inArabic(<AccountSwitcherView user={ada} organizations={[acme, globex]} activeOrganizationId={acme.id} />));
    const arabicTrigger = screen.getByRole("button", { name: formatMessage(ar.switchAccountFrom, { name: acme.name }) });
    expect(arabicTrigger).toHaveTextContent(`${acme.name}${ar.roleOwner}`);
    await userEvent.click(arabicTrigger);
    const menu = await screen.findByRole("menu", { name: ar.accounts });
    expect(menu.closest("[data-radix-menu-content]")).toHaveAttribute("dir", "rtl");
    expectAccounts([`Ada Lovelace (${ar.personalAccount})`, `Acme Inc (${ar.roleOwner})`, `Globex Corporation (${ar.roleMember})`]);
  });

  it("filters and fails in Arabic", async () => {
    render(inArabic(<AccountSwitcherView user={ada} organizations={many} activeOrganizationId={null} status="failed" defaultOpen />));
    expect(screen.getByRole("searchbox", { name: ar.filterOrganizations })).toHaveAttribute("placeholder", ar.filterOrganizations);
    expect(screen.getByRole("alert")).toHaveTextContent(ar.switchAccountFailed);
    await userEvent.type(screen.getByRole("searchbox"), "zzz");
    expect(screen.getByText(ar.noMatchingOrganizations)).toBeVisible();
  });

  it("has no accessibility violations with the menu open", async () => {
    render(inArabic(<AccountSwitcherView user={ada} organizations={[]} activeOrganizationId={null} createOrganizationHref="/home/organizations/new" defaultOpen />));
    await screen.findByRole("menu");
    expect(screen.getByRole("menuitem", { name: ar.createOrganization })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });
});

describe("<AccountSwitcher /> (the session-aware shell)", () => {
  const shell = (organizations = [acme, globex]) => (
    <SessionProvider session={sessionFixtures.organizationMember}>
      <AccountSwitcher organizations={organizations} />
    </SessionProvider>
  );
  const current = () => trigger().getAttribute("aria-label");

  it("switches through the app client's organization plugin, then shows the account the server now has", async () => {
    server.use(...sessionHandlers.organizationMember, setActiveOrganizationHandlers.success);
    resetMockSession();
    const requests = recordRequests();
    render(shell());
    expect(current()).toBe("Switch account, current: Acme Inc");
    const { user } = await openMenu();
    await user.click(screen.getByRole("menuitemradio", { name: "Globex Corporation" }));
    await waitFor(() => expect(current()).toBe("Switch account, current: Globex Corporation"));
    expect(requests.seen).toContain("POST /api/auth/organization/set-active");
    expect(requests.seen).toContain("GET /api/auth/get-session"); // the provider read the session again
    requests.stop();
  });

  it("says so when the server refuses the switch (not a member), and stays in the same account", async () => {
    server.use(...sessionHandlers.organizationMember, setActiveOrganizationHandlers.forbidden);
    resetMockSession();
    render(shell());
    const { user } = await openMenu();
    await user.click(screen.getByRole("menuitemradio", { name: "Globex Corporation" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not switch accounts. Try again.");
    expect(current()).toBe("Switch account, current: Acme Inc");
  });

  it("reads an active organization the server no longer lists (membership ended) as the personal account", () => {
    render(shell([globex]));
    expect(current()).toBe("Switch account, current: Personal account");
  });

  it("shows a skeleton while the session loads and nothing when signed out", async () => {
    const loading = await renderWhileLoading(<AccountSwitcher organizations={[acme]} />);
    expect(loading.container.querySelector('[data-slot="account-switcher-skeleton"]')).toBeInTheDocument();
    loading.unmount();
    const signedOut = renderInSession(<AccountSwitcher organizations={[acme]} />, "signedOut");
    await waitFor(() => expect(signedOut.container.querySelector('[data-slot="account-switcher-skeleton"]')).not.toBeInTheDocument());
    expect(signedOut.container).toBeEmptyDOMElement();
  });
});
