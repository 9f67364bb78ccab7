import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect, fn, userEvent } from "storybook/test";
import { SignedOutNoticeView } from "../components/signed-out-notice";

const meta = {
  title: "Session/SignedOutNotice",
  component: SignedOutNoticeView,
  args: { signInHref: "/auth/sign-in?callbackURL=%2Fhome", onDismiss: fn() },
  parameters: { session: "signedOut" },
} satisfies Meta<typeof SignedOutNoticeView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The session ended on another device or tab (or was revoked): said, instead of the header just flipping. */
export const SignedOutElsewhere: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole("region")).toHaveAccessibleName(/You were signed out/u);
    await expect(canvas.getByRole("link", { name: "Sign in again" })).toHaveAttribute("href", "/auth/sign-in?callbackURL=%2Fhome");
    await userEvent.click(canvas.getByRole("button", { name: "Dismiss" }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
  },
};
