import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect } from "storybook/test";
import { UserCardSkeleton, UserMenuSkeleton } from "../components/skeletons";

function Skeletons() {
  return (
    <div className="grid gap-6">
      <UserMenuSkeleton />
      <UserCardSkeleton />
    </div>
  );
}

const meta = {
  title: "Session/Skeletons",
  component: Skeletons,
} satisfies Meta<typeof Skeletons>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="user-menu-skeleton"]')).toHaveClass("size-9");
    const card = canvasElement.querySelector('[data-slot="user-card-skeleton"]')!;
    await expect(card.querySelectorAll('[data-slot="skeleton"]')).toHaveLength(3);
  },
};
