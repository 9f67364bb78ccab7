import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import type * as React from "react";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { AccountSwitcherSkeleton, AccountSwitcherView } from "../components/account-switcher";
import { arabicMessages as ar, formatMessage } from "../components/messages";
import { useKitMessages } from "../components/session-context";
import { SessionProvider } from "../components/session-provider";
import { accountFixtures, sessionFixtures } from "../mocks";

const { acme, globex, longName, many } = accountFixtures;

/** An app's header: the account switcher at its start, where a team switcher sits. */
function Header({ children }: { children: React.ReactNode }) {
  return <header className="flex min-h-14 w-full min-w-72 items-center justify-start border-b px-4">{children}</header>;
}

const meta = {
  title: "Session/AccountSwitcher",
  component: AccountSwitcherView,
  args: { user: sessionFixtures.member.user, organizations: [acme, globex], activeOrganizationId: null, onSwitch: fn() },
  parameters: { layout: "padded", session: "member" },
  decorators: [
    // Each state as it sits in an app's header; the Arabic story brings its own, inside its direction.
    (Story, { parameters }) =>
      parameters.inHeader === false ? (
        <Story />
      ) : (
        <Header>
          <Story />
        </Header>
      ),
  ],
} satisfies Meta<typeof AccountSwitcherView>;

export default meta;
type Story = StoryObj<typeof meta>;

const box = (element: Element) => element.getBoundingClientRect();
const trigger = (canvas: { getByRole: typeof screen.getByRole }) => canvas.getByRole("button", { name: /^Switch account, current: / });
const referenced = (item: HTMLElement, attribute: string) => document.getElementById(item.getAttribute(attribute) ?? "")?.textContent;
/** An account item's name: the account alone. */
const nameOf = (item: HTMLElement) => referenced(item, "aria-labelledby");
/** An account item's description: its role, "Personal account" or "Switching…". */
const description = (item: HTMLElement) => referenced(item, "aria-describedby");

function LoadingAccountSwitcher() {
  const messages = useKitMessages();
  return <AccountSwitcherSkeleton label={messages.loadingAccounts} />;
}

export const Loading: Story = {
  render: () => <LoadingAccountSwitcher />,
  play: async ({ canvas }) => {
    const skeleton = canvas.getByRole("status", { name: "Loading accounts" });
    await expect(skeleton).toHaveAttribute("data-slot", "account-switcher-skeleton");
    // The loaded trigger's height, so the header does not move when the accounts arrive.
    await expect(box(skeleton).height).toBe(40);
  },
};

export const Personal: Story = {
  play: async ({ canvas, args, step }) => {
    const button = trigger(canvas);
    await expect(button).toHaveAccessibleName("Switch account, current: Personal account");
    await expect(button).toHaveAttribute("data-account", "personal");
    await step("open the menu with the mouse", async () => {
      await userEvent.click(button);
    });
    const menu = await screen.findByRole("menu", { name: "Accounts" });
    const items = within(menu).getAllByRole("menuitemradio");
    await expect(items.map((item) => item.getAttribute("aria-checked"))).toEqual(["true", "false", "false"]);
    await expect(items.map(description)).toEqual(["Personal account", "Owner", "Member"]);
    await step("switch to Globex; the menu stays open for the switch's state", async () => {
      await userEvent.click(within(menu).getByRole("menuitemradio", { name: "Globex Corporation" }));
      await expect(args.onSwitch).toHaveBeenCalledOnce();
      await expect(args.onSwitch).toHaveBeenCalledWith(globex.id);
      await expect(screen.getByRole("menu")).toBeVisible();
    });
  },
};

export const Organization: Story = {
  args: { activeOrganizationId: acme.id },
  play: async ({ canvas, args, step }) => {
    const button = trigger(canvas);
    await expect(button).toHaveAccessibleName("Switch account, current: Acme Inc");
    await expect(button).toHaveAttribute("data-account", "organization");
    await expect(button).toHaveTextContent("Acme Inc");
    await expect(button.querySelector('[data-slot="account-switcher-role"]')).toHaveTextContent("Owner");
    await step("open with the keyboard: the active organization is checked", async () => {
      button.focus();
      await userEvent.keyboard("{Enter}");
      const items = await screen.findAllByRole("menuitemradio");
      await waitFor(() => expect(items[0]).toHaveFocus());
      await expect(screen.getByRole("menuitemradio", { name: "Acme Inc" })).toHaveAttribute("aria-checked", "true");
    });
    await step("choosing the active organization again only closes the menu", async () => {
      await userEvent.keyboard("{ArrowDown}{Enter}");
      await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
      await expect(args.onSwitch).not.toHaveBeenCalled();
    });
    await step("switch back to the personal account", async () => {
      await userEvent.click(button);
      await userEvent.click(await screen.findByRole("menuitemradio", { name: "Ada Lovelace" }));
      await expect(args.onSwitch).toHaveBeenCalledOnce();
      await expect(args.onSwitch).toHaveBeenCalledWith(null);
    });
  },
};

export const ManyOrganizations: Story = {
  args: { organizations: many, activeOrganizationId: acme.id, defaultOpen: true },
  play: async ({ step }) => {
    const filter = await screen.findByRole("searchbox", { name: "Filter organizations" });
    await waitFor(() => expect(filter).toHaveFocus());
    const list = document.querySelector<HTMLElement>('[data-slot="account-switcher-organizations"]')!;
    await step("the organizations scroll inside the menu", async () => {
      await expect(getComputedStyle(list).overflowY).toBe("auto");
      await expect(list.scrollHeight).toBeGreaterThan(list.clientHeight);
      await expect(within(list).getAllByRole("menuitemradio")).toHaveLength(many.length);
    });
    await step("typing narrows the list, and the menu's typeahead leaves the letters alone", async () => {
      await userEvent.type(filter, "corp");
      await expect(filter).toHaveFocus();
      await expect(filter).toHaveValue("corp");
      await expect(within(list).getAllByRole("menuitemradio").map(nameOf)).toEqual(["Globex Corporation", "Umbrella Corporation", "Soylent Corp", "Tyrell Corporation"]);
      await userEvent.clear(filter);
      await userEvent.type(filter, "VANDELAY");
      const [vandelay] = within(list).getAllByRole("menuitemradio");
      // A role the kit has no word for shows as it is.
      await expect(description(vandelay!)).toBe("billing");
      await userEvent.clear(filter);
      await userEvent.type(filter, "nothing like it");
      await expect(list).toHaveTextContent("No matching organizations");
      await expect(screen.getByRole("menuitemradio", { name: "Ada Lovelace" })).toBeVisible();
    });
    await step("clear the filter for the picture", async () => {
      await userEvent.clear(filter);
      await expect(within(list).getAllByRole("menuitemradio")).toHaveLength(many.length);
    });
  },
};

export const Switching: Story = {
  args: { activeOrganizationId: acme.id, status: "pending", pendingOrganizationId: globex.id, defaultOpen: true },
  play: async ({ args }) => {
    const target = await screen.findByRole("menuitemradio", { name: "Globex Corporation" });
    await expect(target).toHaveAttribute("aria-busy", "true");
    await expect(description(target)).toBe("Switching…");
    for (const item of screen.getAllByRole("menuitemradio")) await expect(item).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(screen.getByRole("menuitemradio", { name: "Ada Lovelace" }), { pointerEventsCheck: 0 });
    await expect(args.onSwitch).not.toHaveBeenCalled();
  },
};

export const SwitchFailed: Story = {
  args: { activeOrganizationId: acme.id, status: "failed", defaultOpen: true },
  play: async ({ args }) => {
    await expect(await screen.findByRole("alert")).toHaveTextContent("Could not switch accounts. Try again.");
    for (const item of screen.getAllByRole("menuitemradio")) await expect(item).not.toHaveAttribute("aria-disabled");
    await expect(screen.getByRole("menuitemradio", { name: "Acme Inc" })).toHaveAttribute("aria-checked", "true");
    await userEvent.click(screen.getByRole("menuitemradio", { name: "Globex Corporation" }));
    await expect(args.onSwitch).toHaveBeenCalledOnce();
    await expect(args.onSwitch).toHaveBeenCalledWith(globex.id);
  },
};

export const NoOrganizations: Story = {
  args: { organizations: [], createOrganizationHref: "/home/organizations/new", defaultOpen: true },
  play: async () => {
    const menu = await screen.findByRole("menu", { name: "Accounts" });
    await expect(within(menu).getAllByRole("menuitemradio")).toHaveLength(1);
    await expect(menu).toHaveTextContent("No organizations yet");
    await expect(within(menu).getByRole("menuitem", { name: "Create organization" })).toHaveAttribute("href", "/home/organizations/new");
  },
};

export const LongNames: Story = {
  args: {
    user: sessionFixtures.longName.user,
    organizations: [longName, acme],
    activeOrganizationId: longName.id,
    createOrganizationHref: "/home/organizations/new",
    defaultOpen: true,
  },
  play: async ({ canvas }) => {
    const button = trigger(canvas);
    // A header keeps its room: the trigger stops at 14rem and the name is cut, whole on hover.
    await expect(box(button).width).toBeLessThanOrEqual(224);
    const name = within(button).getByTitle(longName.name);
    await expect(name.scrollWidth).toBeGreaterThan(name.clientWidth);
    const menu = await screen.findByRole("menu");
    for (const title of [longName.name, sessionFixtures.longName.user.name]) {
      const cut = within(menu).getByTitle(title);
      await expect(cut.scrollWidth).toBeGreaterThan(cut.clientWidth);
      await expect(box(cut).right).toBeLessThanOrEqual(box(menu).right);
    }
  },
};

export const ArabicRightToLeft: Story = {
  args: { activeOrganizationId: acme.id, createOrganizationHref: "/home/organizations/new", defaultOpen: true },
  parameters: { inHeader: false },
  render: (args) => (
    <div dir="rtl" lang="ar">
      <SessionProvider messages={ar} dir="rtl" locale="ar">
        <Header>
          <AccountSwitcherView {...args} />
        </Header>
      </SessionProvider>
    </div>
  ),
  play: async ({ canvas }) => {
    const button = canvas.getByRole("button", { name: formatMessage(ar.switchAccountFrom, { name: acme.name }) });
    await expect(getComputedStyle(button).direction).toBe("rtl");
    await expect(button.querySelector('[data-slot="account-switcher-role"]')).toHaveTextContent(ar.roleOwner);
    // The header's start is its right edge: the switcher sits there, its logo at its right.
    const header = canvas.getByRole("banner");
    await expect(box(button).left).toBeGreaterThan(box(header).left + box(header).width / 2);
    const logo = button.querySelector('[data-slot="avatar"]')!;
    await expect(box(logo).left).toBeGreaterThan(box(within(button).getByTitle(acme.name)).right);

    const menu = await screen.findByRole("menu", { name: ar.accounts });
    await expect(getComputedStyle(menu).direction).toBe("rtl");
    const items = within(menu).getAllByRole("menuitemradio");
    await expect(items.map(description)).toEqual([ar.personalAccount, ar.roleOwner, ar.roleMember]);
    await expect(within(menu).getByRole("menuitem", { name: ar.createOrganization })).toBeVisible();
    // align="start", right to left: the menu's right edge lines up with the trigger's and it opens leftwards.
    const panel = menu.closest("[data-radix-menu-content]")!;
    await waitFor(() => expect(Math.abs(box(panel).right - box(button).right)).toBeLessThan(1));
  },
};
