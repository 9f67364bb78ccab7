import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect } from "storybook/test";
import { mockSessionComponents } from "../storybook";

// The server Header, an async Server Component, rendered in Storybook (experimentalRSC) over the mock
// kit that session-kit/storybook hands an app's `sb.mock`: its server-decided Admin link follows the
// same session state as the client UserMenu beside it.
const { Header } = mockSessionComponents;

const meta = {
  title: "Session/Header (server)",
  component: Header,
  args: { brand: "Acme" },
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof Header>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignedOut: Story = {
  parameters: { session: "signedOut" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("link", { name: "Sign in" })).toBeInTheDocument();
    await expect(canvas.queryByRole("link", { name: "Admin" })).not.toBeInTheDocument();
  },
};

export const Member: Story = {
  parameters: { session: "member" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("button", { name: "Account menu for Ada Lovelace" })).toBeInTheDocument();
    await expect(canvas.queryByRole("link", { name: "Admin" })).not.toBeInTheDocument();
  },
};

export const Admin: Story = {
  parameters: { session: "admin" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("link", { name: "Admin" })).toHaveAttribute("href", "/admin");
    await expect(await canvas.findByRole("button", { name: "Account menu for Grace Hopper" })).toBeInTheDocument();
  },
};

export const AppUser: Story = {
  parameters: { session: { user: { name: "Katherine Johnson", role: "admin" } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("button", { name: "Account menu for Katherine Johnson" })).toBeInTheDocument();
    await expect(await canvas.findByRole("link", { name: "Admin" })).toBeInTheDocument();
  },
};
