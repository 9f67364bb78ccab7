import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DEVICES_NOW, deviceFixtures } from "../mocks/fixtures";
import { DeviceListView } from "./device-list";
import { arabicMessages } from "./messages";
import { SessionProvider } from "./session-provider";
import { axeViolations, renderOnServerThenHydrate } from "../test-utils/render";

const { laptop, phone, desktop, script } = deviceFixtures;
const severalDevices = [laptop, phone, desktop, script];
const rows = () => within(screen.getByRole("list", { name: "Devices" })).getAllByRole("listitem");

describe("<DeviceListView />", () => {
  it("names each device by browser and system, with when it was last seen", () => {
    render(<DeviceListView devices={severalDevices} now={DEVICES_NOW} />);
    expect(rows().map((row) => row.textContent)).toEqual([
      "Chrome on LinuxThis deviceLast seen now",
      "Safari on iOSLast seen 5 minutes agoSign out of this device",
      "Firefox on WindowsLast seen 3 days agoSign out of this device",
      "Unknown deviceLast seen 2 weeks agoSign out of this device",
    ]);
  });

  it("marks only the current device as this device and offers no sign-out on it", () => {
    render(<DeviceListView devices={severalDevices} now={DEVICES_NOW} />);
    const [current, ...others] = rows();
    expect(within(current!).getByText("This device")).toBeVisible();
    expect(within(current!).queryByRole("button")).not.toBeInTheDocument();
    for (const row of others) expect(within(row).queryByText("This device")).not.toBeInTheDocument();
  });

  it("signs out the device whose button is pressed, described by its name", async () => {
    const onSignOutDevice = vi.fn();
    render(<DeviceListView devices={severalDevices} now={DEVICES_NOW} onSignOutDevice={onSignOutDevice} />);
    const button = within(rows()[2]!).getByRole("button", { name: "Sign out of this device" });
    expect(button).toHaveAccessibleDescription("Firefox on Windows Last seen 3 days ago");
    await userEvent.click(button);
    expect(onSignOutDevice).toHaveBeenCalledExactlyOnceWith(desktop.id);
  });

  it("signs out everywhere else, an action it offers only while there are other devices", async () => {
    const onSignOutOtherDevices = vi.fn();
    const { rerender } = render(<DeviceListView devices={severalDevices} now={DEVICES_NOW} onSignOutOtherDevices={onSignOutOtherDevices} />);
    await userEvent.click(screen.getByRole("button", { name: "Sign out everywhere else" }));
    expect(onSignOutOtherDevices).toHaveBeenCalledOnce();

    rerender(<DeviceListView devices={[laptop]} now={DEVICES_NOW} onSignOutOtherDevices={onSignOutOtherDevices} />);
    expect(screen.queryByRole("button", { name: "Sign out everywhere else" })).not.toBeInTheDocument();
  });

  it("shows the device being signed out as busy and disables every sign-out meanwhile", () => {
    render(<DeviceListView devices={severalDevices} now={DEVICES_NOW} status="pending" pendingDevice={phone.id} />);
    const busy = within(rows()[1]!).getByRole("button", { name: "Signing out…" });
    expect(busy).toHaveAttribute("aria-busy", "true");
    for (const button of screen.getAllByRole("button")) expect(button).toBeDisabled();
    expect(screen.getAllByRole("button", { name: "Sign out of this device" })).toHaveLength(2);
  });

  it("shows signing out everywhere else as busy", () => {
    render(<DeviceListView devices={severalDevices} now={DEVICES_NOW} status="pending" pendingDevice="others" />);
    const busy = screen.getByRole("button", { name: "Signing out…" });
    expect(busy).toHaveAttribute("aria-busy", "true");
    for (const button of screen.getAllByRole("button")) expect(button).toBeDisabled();
  });

  it("says so when a sign-out failed, and lets the user try again", () => {
    render(<DeviceListView devices={severalDevices} now={DEVICES_NOW} status="failed" />);
    expect(screen.getByRole("alert")).toHaveTextContent("Could not sign out; the device is still signed in.");
    for (const button of screen.getAllByRole("button")) expect(button).toBeEnabled();
  });

  it("speaks the provider's language: Arabic words, Arabic relative times", () => {
    render(
      <SessionProvider messages={arabicMessages} dir="rtl" locale="ar">
        <DeviceListView devices={[laptop, phone]} now={DEVICES_NOW} />
      </SessionProvider>,
    );
    const list = screen.getByRole("list", { name: arabicMessages.devices });
    const fiveMinutesAgo = new Intl.RelativeTimeFormat("ar", { numeric: "auto" }).format(-5, "minute");
    expect(list).toHaveTextContent(`Safari على iOS`);
    expect(list).toHaveTextContent(`آخر نشاط ${fiveMinutesAgo}`);
    expect(within(list).getByText(arabicMessages.thisDevice)).toBeVisible();
    expect(screen.getByRole("button", { name: arabicMessages.signOutDevice })).toBeEnabled();
    expect(screen.getByRole("button", { name: arabicMessages.signOutOtherDevices })).toBeEnabled();
  });

  it("has no accessibility violations", async () => {
    const { container } = render(<DeviceListView devices={severalDevices} now={DEVICES_NOW} status="failed" />);
    expect(await axeViolations(container)).toEqual([]);
  });

  it("renders on the server and hydrates without a mismatch from serialised dates", async () => {
    const serialised = severalDevices.map((device) => ({ ...device, lastSeenAt: device.lastSeenAt.toISOString() }));
    const ui = <DeviceListView devices={serialised} now={DEVICES_NOW.toISOString()} />;
    const { html, recoverableErrors, consoleErrors } = await renderOnServerThenHydrate(ui);
    expect(html).toContain("Last seen 5 minutes ago");
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
