import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import { SessionExpiryNotice, SessionExpiryNoticeView } from "../components/session-expiry-notice";
import { SessionProvider } from "../components/session-provider";
import { expiringSession } from "../mocks";

// The view, state by state: a countdown frozen at 1:45, so the screenshots hold still.
const meta = {
  title: "Session/SessionExpiryNotice",
  component: SessionExpiryNoticeView,
  args: { status: "warning", secondsLeft: 105, signInHref: "/auth/sign-in?callbackURL=%2Fhome" },
  parameters: { session: "member" },
} satisfies Meta<typeof SessionExpiryNoticeView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Warning: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("region")).toHaveAccessibleName("Your session ends in 1:45.");
    // Screen readers hear it in words, at the half minute.
    await expect(canvas.getByRole("status")).toHaveTextContent("Your session ends in 2 minutes.");
    await expect(canvas.getByRole("button", { name: "Stay signed in" })).toBeEnabled();
  },
};

export const Extending: Story = {
  args: { status: "extending" },
  play: async ({ canvas }) => {
    const busy = canvas.getByRole("button", { name: "Extending…" });
    await expect(busy).toBeDisabled();
    await expect(busy).toHaveAttribute("aria-busy", "true");
  },
};

export const ExtendFailed: Story = {
  args: { status: "extend-failed" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("Could not extend your session. Try again.");
    await expect(canvas.getByRole("button", { name: "Stay signed in" })).toBeEnabled();
  },
};

export const Expired: Story = {
  args: { status: "expired", secondsLeft: 0 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("region")).toHaveAccessibleName("Your session has expired.");
    await expect(canvas.getByRole("link", { name: "Sign in again" })).toHaveAttribute("href", "/auth/sign-in?callbackURL=%2Fhome");
  },
};

/** The live component on the mocked server (handlers installed before the story renders). */
let live: ReturnType<typeof expiringSession>;
const liveNotice = (endsIn: number): Pick<Story, "beforeEach" | "render"> => ({
  beforeEach({ msw }) {
    live = expiringSession({ endsIn });
    msw.use(live.handlers.getSession, live.handlers.serverClock, live.handlers.extend());
  },
  render: () => (
    <SessionProvider session={live.session()}>
      <SessionExpiryNotice className="static" />
    </SessionProvider>
  ),
});

/** A session ending in a minute warns; "Stay signed in" extends it and the notice closes (the canvas ends empty). */
export const StaySignedIn: Story = {
  ...liveNotice(60),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Stay signed in" }));
    await waitFor(() => expect(canvas.queryByRole("region")).not.toBeInTheDocument());
  },
};

/** A session a second from its end, which the server then no longer has: expired, not signed out. */
export const ExpiresLive: Story = {
  ...liveNotice(1),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("region", { name: "Your session has expired." }, { timeout: 5000 })).toHaveAttribute("data-state", "expired");
  },
};
