import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { SessionErrorView } from "../components/session-error";
import { SessionProvider } from "../components/session-provider";
import { SignInButton } from "../components/sign-in-button";
import { UserMenuSkeleton } from "../components/skeletons";
import { UserMenu, UserMenuView } from "../components/user-menu";
import { DEFAULT_PATHS } from "../lib/paths";
import { deviceAccountFixtures, sessionFixtures } from "../mocks";

const meta = {
  title: "Session/UserMenu",
  component: UserMenu,
  // onSignedOut instead of a page load, so the canvas stays put and shows the signed-out state.
  args: { onSignedOut: fn() },
  parameters: { layout: "padded" },
  decorators: [
    // Each state as it sits in an app's header; AllStates brings its own layout.
    (Story, { parameters }) =>
      parameters.inHeader === false ? (
        <Story />
      ) : (
        <header className="flex min-h-14 w-full min-w-72 items-center justify-end border-b px-4">
          <Story />
        </header>
      ),
  ],
} satisfies Meta<typeof UserMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  parameters: { session: "pending" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="user-menu-skeleton"]')).toBeInTheDocument();
  },
};

export const SignedOut: Story = {
  parameters: { session: "signedOut" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/auth/sign-in");
  },
};

export const Member: Story = {
  parameters: { session: "member" },
  play: async ({ canvas, step }) => {
    await step("open the menu with the mouse", async () => {
      await userEvent.click(await canvas.findByRole("button", { name: /Ada Lovelace/ }));
    });
    const menu = await screen.findByRole("menu");
    await expect(menu).toHaveTextContent("Ada Lovelace");
    await expect(menu).toHaveTextContent("ada@example.com");
    await expect(within(menu).getByRole("menuitem", { name: "Dashboard" })).toHaveAttribute("href", "/home");
    await expect(within(menu).queryByRole("menuitem", { name: "Admin" })).not.toBeInTheDocument();
  },
};

export const Admin: Story = {
  parameters: { session: "admin" },
  play: async ({ canvas, step }) => {
    const trigger = await canvas.findByRole("button", { name: /Grace Hopper/ });
    await step("open the menu with the keyboard", async () => {
      trigger.focus();
      await userEvent.keyboard("{Enter}");
    });
    const items = await screen.findAllByRole("menuitem");
    await waitFor(() => expect(items[0]).toHaveFocus());
    await userEvent.keyboard("{ArrowDown}");
    await expect(items[1]).toHaveFocus();
    await expect(items[1]).toHaveAttribute("href", "/admin");
    await step("Escape closes and returns focus", async () => {
      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
      await expect(trigger).toHaveFocus();
    });
    await step("leave it open for the picture", async () => {
      await userEvent.keyboard("{Enter}");
      await screen.findByRole("menu");
    });
  },
};

export const NoImage: Story = {
  parameters: { session: "noImage" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("button", { name: /Alan Turing/ })).toHaveTextContent("AT");
  },
};

export const BrokenImage: Story = {
  parameters: { session: "brokenImage" },
  play: async ({ canvas }) => {
    const trigger = await canvas.findByRole("button", { name: /Ada Lovelace/ });
    // The image 404s; the initials replace it as soon as it fails, not after the fallback's delay for a
    // slow image (the timeout only allows for a slow 404).
    await waitFor(() => expect(trigger).toHaveTextContent("AL"), { timeout: 3000 });
  },
};

export const LongName: Story = {
  parameters: { session: "longName" },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole("button", { name: /Maximiliana/ }));
    const menu = await screen.findByRole("menu");
    // Truncated inside the menu, full text still available on hover.
    const name = within(menu).getByTitle(/Maximiliana Theodora/);
    await expect(name.scrollWidth).toBeGreaterThan(name.clientWidth);
  },
};

export const SessionError: Story = {
  parameters: { session: "error" },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent("Session unavailable");
    const retry = within(alert).getByRole("button", { name: "Session unavailable. Retry" });
    await expect(retry).toHaveAttribute("title", "Session unavailable. Retry");
    // It takes the avatar's place in the header, so it takes the avatar's box.
    const { width, height } = retry.getBoundingClientRect();
    await expect([width, height]).toEqual([36, 36]);
    await expect(canvas.queryByRole("link", { name: "Sign in" })).not.toBeInTheDocument();
  },
};

/** Signing out through the menu: the POST goes out and the header returns to its signed-out state. */
export const SignOut: Story = {
  parameters: { session: "member" },
  play: async ({ canvas, args, msw }) => {
    const posts: string[] = [];
    msw.events.on("request:start", ({ request }) => {
      if (request.method === "POST") posts.push(new URL(request.url).pathname);
    });
    await userEvent.click(await canvas.findByRole("button", { name: /Ada Lovelace/ }));
    await userEvent.click(await screen.findByRole("menuitem", { name: "Sign out" }));
    await expect(await canvas.findByRole("link", { name: "Sign in" })).toBeInTheDocument();
    await expect(posts).toContain("/api/auth/sign-out");
    await expect(args.onSignedOut).toHaveBeenCalledOnce();
  },
};

/**
 * Right on first paint: under a SessionProvider given the server's session the menu is there at once,
 * although the mocked get-session endpoint here never answers. (The requests themselves are counted in
 * components/session-provider.test.tsx and e2e/session-everywhere.e2e.test.ts; here the preview's own
 * store reset asks the endpoint before every story.)
 */
export const FromServerSession: Story = {
  parameters: { session: "pending" },
  decorators: [
    (Story) => (
      <SessionProvider session={sessionFixtures.admin}>
        <Story />
      </SessionProvider>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole("button", { name: "Account menu for Grace Hopper" })).toBeInTheDocument();
    await expect(canvasElement.querySelector('[data-slot="user-menu-skeleton"]')).not.toBeInTheDocument();
  },
};

/**
 * Tabs agree: this tab rendered signed out; another tab signs in (a message on the kit's channel) and this
 * one reads the session again and shows the menu, without focus.
 */
export const FollowsAnotherTab: Story = {
  parameters: { session: "member" },
  decorators: [
    (Story) => (
      <SessionProvider session={null} refetchOnWindowFocus={false}>
        <Story />
      </SessionProvider>
    ),
  ],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("link", { name: "Sign in" })).toBeInTheDocument();
    const anotherTab = new BroadcastChannel("session-kit.session");
    anotherTab.postMessage({ type: "session-changed" });
    anotherTab.close();
    await expect(await canvas.findByRole("button", { name: "Account menu for Ada Lovelace" })).toBeInTheDocument();
  },
};

/** Several accounts on one device (better-auth's multiSession plugin), from the pure view, open. */
type MultiAccountStory = StoryObj<typeof UserMenuView>;
const multiAccountArgs = {
  user: sessionFixtures.member.user,
  addAccountHref: DEFAULT_PATHS.addAccount,
  onSignOut: fn(),
  onSwitchAccount: fn(),
  onSignOutAccount: fn(),
  onSignOutAllAccounts: fn(),
  defaultOpen: true,
};
const { grace, alan } = deviceAccountFixtures;
const itemNames = (menu: HTMLElement) => within(menu).getAllByRole("menuitem").map((item) => item.getAttribute("aria-label") ?? item.textContent);

/** The plugin is on and only this account is signed in: Add account, and both sign-outs. */
export const OneAccount: MultiAccountStory = {
  args: { ...multiAccountArgs, otherAccounts: [] },
  render: (args) => <UserMenuView {...args} />,
  play: async ({ args }) => {
    const menu = await screen.findByRole("menu", { name: "Account menu for Ada Lovelace" });
    await expect(itemNames(menu)).toEqual(["Add account", "Dashboard", "Sign out"]);
    await expect(within(menu).getByRole("menuitem", { name: "Add account" })).toHaveAttribute("href", DEFAULT_PATHS.addAccount);
    await expect(within(menu).queryByRole("group", { name: "Other accounts" })).not.toBeInTheDocument();
    await userEvent.click(within(menu).getByRole("menuitem", { name: "Sign out" }));
    await expect(args.onSignOut).toHaveBeenCalledOnce();
    await expect(args.onSignOutAccount).not.toHaveBeenCalled();
    await expect(args.onSignOutAllAccounts).not.toHaveBeenCalled();
  },
};

export const TwoAccounts: MultiAccountStory = {
  args: { ...multiAccountArgs, otherAccounts: [grace] },
  render: (args) => <UserMenuView {...args} />,
  play: async ({ args }) => {
    const menu = await screen.findByRole("menu", { name: "Account menu for Ada Lovelace" });
    const others = within(menu).getByRole("group", { name: "Other accounts" });
    const switchToGrace = within(others).getByRole("menuitem", { name: "Switch to Grace Hopper" });
    await expect(switchToGrace).toHaveTextContent("grace@example.com");
    await userEvent.click(switchToGrace);
    await expect(args.onSwitchAccount).toHaveBeenCalledOnce();
    await expect(args.onSwitchAccount).toHaveBeenCalledWith(grace.sessionToken);
    // Open while the switch runs, so its state shows.
    await expect(screen.getByRole("menu")).toBeVisible();
  },
};

export const SwitchingAccount: MultiAccountStory = {
  args: { ...multiAccountArgs, otherAccounts: [grace, alan], accountSwitchStatus: "pending", pendingSessionToken: alan.sessionToken },
  render: (args) => <UserMenuView {...args} />,
  play: async ({ args }) => {
    const target = await screen.findByRole("menuitem", { name: "Switch to Alan Turing" });
    await expect(target).toHaveAttribute("aria-busy", "true");
    await expect(target).toHaveTextContent("Switching…");
    for (const name of ["Switch to Grace Hopper", "Sign out of this account", "Sign out of all accounts"]) {
      await expect(screen.getByRole("menuitem", { name })).toHaveAttribute("aria-disabled", "true");
    }
    await userEvent.click(screen.getByRole("menuitem", { name: "Switch to Grace Hopper" }), { pointerEventsCheck: 0 });
    await expect(args.onSwitchAccount).not.toHaveBeenCalled();
  },
};

export const SwitchAccountFailed: MultiAccountStory = {
  args: { ...multiAccountArgs, otherAccounts: [grace, alan], accountSwitchStatus: "failed" },
  render: (args) => <UserMenuView {...args} />,
  play: async ({ args }) => {
    await expect(await screen.findByRole("alert")).toHaveTextContent("Could not switch accounts. Try again.");
    const switchToAlan = screen.getByRole("menuitem", { name: "Switch to Alan Turing" });
    await expect(switchToAlan).not.toHaveAttribute("aria-disabled");
    await userEvent.click(switchToAlan);
    await expect(args.onSwitchAccount).toHaveBeenCalledOnce();
    await expect(args.onSwitchAccount).toHaveBeenCalledWith(alan.sessionToken);
  },
};

const STATES = [
  ["Loading", <UserMenuSkeleton key="loading" />],
  ["Signed out", <SignInButton key="signed-out" />],
  ["Member", <UserMenuView key="member" user={sessionFixtures.member.user} />],
  ["Admin", <UserMenuView key="admin" user={sessionFixtures.admin.user} isAdmin />],
  ["No image", <UserMenuView key="no-image" user={sessionFixtures.noImage.user} />],
  ["Broken image", <UserMenuView key="broken" user={sessionFixtures.brokenImage.user} />],
  ["Long name", <UserMenuView key="long" user={sessionFixtures.longName.user} />],
  ["Error", <SessionErrorView key="error" onRetry={() => {}} />],
] as const;

/** Every state on one canvas, from the pure views: no network involved. */
export const AllStates: Story = {
  parameters: { inHeader: false },
  render: () => (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="User menu states">
      {STATES.map(([label, element]) => (
        <li key={label} className="flex min-h-24 flex-col items-center justify-center gap-2 rounded-lg border p-3">
          {element}
          <span className="text-xs text-muted-foreground">{label}</span>
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvas }) => {
    const cards = canvas.getAllByRole("listitem");
    await expect(cards).toHaveLength(STATES.length);
    await expect(canvas.getByRole("button", { name: /Alan Turing/ })).toHaveTextContent("AT");
    // The broken image's card shows initials (components/user-menu.test.tsx proves they come without the delay).
    const broken = within(cards[STATES.findIndex(([label]) => label === "Broken image")]!).getByRole("button");
    await waitFor(() => expect(broken).toHaveTextContent("AL"), { timeout: 3000 });
    // The error fits its card, as it must fit the avatar's slot in a header.
    const errorCard = cards[STATES.findIndex(([label]) => label === "Error")]!;
    const error = within(errorCard).getByRole("alert").getBoundingClientRect();
    const card = errorCard.getBoundingClientRect();
    await expect(error.left >= card.left && error.right <= card.right).toBe(true);
  },
};
