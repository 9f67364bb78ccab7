import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect } from "storybook/test";
import { AdminLink } from "../components/admin-link";
import { waitForSessionSettled } from "../mocks";

const meta = {
  title: "Session/AdminLink",
  component: AdminLink,
  decorators: [
    (Story) => (
      <nav aria-label="Main" className="flex h-10 min-w-64 items-center gap-2 rounded-md border px-3 text-sm">
        <a href="/home" className="px-2">
          Home
        </a>
        <Story />
      </nav>
    ),
  ],
} satisfies Meta<typeof AdminLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Admin: Story = {
  parameters: { session: "admin" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("link", { name: "Admin" })).toHaveAttribute("href", "/admin");
  },
};

export const Member: Story = {
  parameters: { session: "member" },
  play: async ({ canvas }) => {
    await waitForSessionSettled();
    await expect(canvas.queryByRole("link", { name: "Admin" })).not.toBeInTheDocument();
  },
};

export const Loading: Story = {
  parameters: { session: "pending" },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole("link", { name: "Admin" })).not.toBeInTheDocument();
  },
};

export const SignedOut: Story = {
  parameters: { session: "signedOut" },
  play: async ({ canvas }) => {
    await waitForSessionSettled();
    await expect(canvas.queryByRole("link", { name: "Admin" })).not.toBeInTheDocument();
  },
};
