import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { DeviceListView } from "../components/device-list";
import { arabicMessages as ar } from "../components/messages";
import { SessionProvider } from "../components/session-provider";
import { DEVICES_NOW, deviceFixtures } from "../mocks/fixtures";

const { laptop, phone, desktop, script } = deviceFixtures;

const meta = {
  title: "Session/DeviceList",
  component: DeviceListView,
  // A fixed "now" and fixed last-seen dates: the relative times never change between runs.
  args: { devices: [laptop, phone, desktop, script], now: DEVICES_NOW, onSignOutDevice: fn(), onSignOutOtherDevices: fn() },
  parameters: { layout: "padded", session: "member" },
  decorators: [
    // As wide as a settings page's column.
    (Story) => (
      <div className="w-[36rem] max-w-full">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DeviceListView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OneDevice: Story = {
  args: { devices: [laptop] },
  play: async ({ canvas }) => {
    const rows = within(canvas.getByRole("list", { name: "Devices" })).getAllByRole("listitem");
    await expect(rows).toHaveLength(1);
    await expect(rows[0]).toHaveTextContent("Chrome on Linux");
    await expect(within(rows[0]!).getByText("This device")).toBeVisible();
    await expect(rows[0]).toHaveTextContent("Last seen now");
    await expect(canvas.queryByRole("button")).not.toBeInTheDocument();
  },
};

export const SeveralDevices: Story = {
  play: async ({ canvas, args }) => {
    const rows = within(canvas.getByRole("list", { name: "Devices" })).getAllByRole("listitem");
    await expect(rows.map((row) => within(row).getByText(/ on |Unknown device/u).textContent)).toEqual([
      "Chrome on Linux",
      "Safari on iOS",
      "Firefox on Windows",
      "Unknown device",
    ]);
    await expect(rows[1]).toHaveTextContent("Last seen 5 minutes ago");
    await expect(rows[2]).toHaveTextContent("Last seen 3 days ago");
    await expect(within(rows[0]!).queryByRole("button")).not.toBeInTheDocument();

    await userEvent.click(within(rows[1]!).getByRole("button", { name: "Sign out of this device" }));
    await expect(args.onSignOutDevice).toHaveBeenCalledOnce();
    await expect(args.onSignOutDevice).toHaveBeenCalledWith(phone.id);
    await userEvent.click(canvas.getByRole("button", { name: "Sign out everywhere else" }));
    await expect(args.onSignOutOtherDevices).toHaveBeenCalledOnce();
  },
};

export const SigningOutOfDevice: Story = {
  args: { status: "pending", pendingDevice: phone.id },
  play: async ({ canvas, args }) => {
    const row = within(canvas.getByRole("list", { name: "Devices" })).getAllByRole("listitem")[1]!;
    const busy = within(row).getByRole("button", { name: "Signing out…" });
    await expect(busy).toHaveAttribute("aria-busy", "true");
    for (const button of canvas.getAllByRole("button")) await expect(button).toBeDisabled();
    await userEvent.click(canvas.getByRole("button", { name: "Sign out everywhere else" }), { pointerEventsCheck: 0 });
    await expect(args.onSignOutOtherDevices).not.toHaveBeenCalled();
  },
};

export const Failed: Story = {
  args: { status: "failed" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("Could not sign out; the device is still signed in. Try again.");
    for (const button of canvas.getAllByRole("button")) await expect(button).toBeEnabled();
  },
};

export const ArabicRightToLeft: Story = {
  args: { devices: [laptop, phone] },
  render: (args) => (
    <div dir="rtl" lang="ar">
      <SessionProvider messages={ar} dir="rtl" locale="ar">
        <DeviceListView {...args} />
      </SessionProvider>
    </div>
  ),
  play: async ({ canvas }) => {
    const list = canvas.getByRole("list", { name: ar.devices });
    const [current, other] = within(list).getAllByRole("listitem");
    await expect(current).toHaveTextContent(`Chrome على Linux${ar.thisDevice}`);
    const fiveMinutesAgo = new Intl.RelativeTimeFormat("ar", { numeric: "auto" }).format(-5, "minute");
    await expect(other).toHaveTextContent(`آخر نشاط ${fiveMinutesAgo}`);
    const button = within(other!).getByRole("button", { name: ar.signOutDevice });
    await expect(getComputedStyle(list).direction).toBe("rtl");
    // Mirrored: the name starts at the right edge and the row's button sits at its left end.
    const name = within(other!).getByText("Safari على iOS");
    await expect(button.getBoundingClientRect().right).toBeLessThan(name.getBoundingClientRect().left);
    await expect(Math.abs(name.getBoundingClientRect().right - other!.getBoundingClientRect().right)).toBeLessThan(24);
    await expect(canvas.getByRole("button", { name: ar.signOutOtherDevices })).toBeEnabled();
  },
};
