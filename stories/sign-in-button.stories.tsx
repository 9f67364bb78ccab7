import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect } from "storybook/test";
import { SignInButton } from "../components/sign-in-button";

const meta = {
  title: "Session/SignInButton",
  component: SignInButton,
  parameters: { session: "signedOut" },
} satisfies Meta<typeof SignInButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { redirectTo: "/home/settings" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      "/auth/sign-in?callbackURL=%2Fhome%2Fsettings",
    );
  },
};
