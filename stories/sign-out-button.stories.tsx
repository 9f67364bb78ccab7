import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { SignOutButton } from "../components/sign-out-button";
import { signOutHandlers } from "../mocks";

const meta = {
  title: "Session/SignOutButton",
  component: SignOutButton,
  args: { onSignedOut: fn() },
  parameters: { session: "member" },
} satisfies Meta<typeof SignOutButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, args, msw }) => {
    const posts: string[] = [];
    msw.events.on("request:start", ({ request }) => {
      if (request.method === "POST") posts.push(new URL(request.url).pathname);
    });
    await userEvent.click(canvas.getByRole("button", { name: "Sign out" }));
    await waitFor(() => expect(args.onSignedOut).toHaveBeenCalledOnce());
    await expect(posts).toEqual(["/api/auth/sign-out"]);
  },
};

export const SigningOut: Story = {
  beforeEach({ msw }) {
    msw.use(signOutHandlers.pending);
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Sign out" }));
    const busy = await canvas.findByRole("button", { name: "Signing out…" });
    await expect(busy).toBeDisabled();
    await expect(busy).toHaveAttribute("aria-busy", "true");
  },
};

export const Failure: Story = {
  beforeEach({ msw }) {
    msw.use(signOutHandlers.failure);
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Sign out" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Sign out failed");
    await expect(args.onSignedOut).not.toHaveBeenCalled();
  },
};

/** better-auth's limiter answered 429: the wait it named, counting down, the button disabled until it ends. */
export const RateLimited: Story = {
  beforeEach({ msw }) {
    msw.use(signOutHandlers.rateLimited(90));
    // The clock held still, so the countdown (and its screenshot) stays at its first second.
    const realNow = Date.now;
    const now = realNow();
    Date.now = () => now;
    return () => {
      Date.now = realNow;
    };
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Sign out" }));
    await expect(await canvas.findByRole("status")).toHaveTextContent("Too many attempts — try again in 90 s");
    await expect(canvas.getByRole("button", { name: "Sign out" })).toBeDisabled();
    await expect(args.onSignedOut).not.toHaveBeenCalled();
  },
};
