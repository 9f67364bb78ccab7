import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import type * as React from "react";
import { expect, screen, userEvent, waitFor, within } from "storybook/test";
import { AdminLink } from "../components/admin-link";
import { arabicMessages as ar } from "../components/messages";
import { SignOutButton } from "../components/sign-out-button";
import { UserCardSkeleton } from "../components/skeletons";
import { UserMenu } from "../components/user-menu";
import { signOutHandlers } from "../mocks";

/** Every state in Arabic, right to left: the preview's language decorator gives the kit Arabic and `dir="rtl"`. */
const meta = {
  title: "Languages/Arabic",
  globals: { locale: "ar" },
  // Padded, so the header stories span the canvas; the others are centered like their English twins.
  parameters: { layout: "padded" },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const box = (element: Element) => element.getBoundingClientRect();

/** Direction as the browser lays the element out (computed, not just an attribute), under lang="ar". */
async function expectArabicRightToLeft(element: Element) {
  await expect(getComputedStyle(element).direction).toBe("rtl");
  await expect(element.closest("[lang]")).toHaveAttribute("lang", "ar");
}

/** An app's header: the account control at its end, which is the left edge right to left. */
function Header({ children }: { children: React.ReactNode }) {
  return <header className="flex min-h-14 w-full min-w-72 items-center justify-end border-b px-4">{children}</header>;
}

/** True when `element` sits in the left half of `container`: where "end" is, right to left. */
const inLeftHalf = (element: Element, container: Element) => box(element).right <= box(container).left + box(container).width / 2;

export const UserMenuAdmin: Story = {
  parameters: { session: "admin" },
  render: () => (
    <Header>
      <UserMenu />
    </Header>
  ),
  play: async ({ canvas, canvasElement }) => {
    const trigger = await canvas.findByRole("button", { name: "قائمة حساب Grace Hopper" });
    await expectArabicRightToLeft(trigger);
    await expect(inLeftHalf(trigger, canvas.getByRole("banner"))).toBe(true);

    await userEvent.click(trigger);
    const menu = await screen.findByRole("menu");
    const items = within(menu).getAllByRole("menuitem");
    await expect(items.map((item) => item.textContent)).toEqual([ar.dashboard, ar.admin, ar.signOut]);
    await expect(getComputedStyle(menu).direction).toBe("rtl");
    // align="end", right to left: the menu's left edge lines up with the trigger's and it opens rightwards.
    await waitFor(() => expect(Math.abs(box(menu).left - box(trigger).left)).toBeLessThan(1));
    await expect(box(menu).right).toBeGreaterThan(box(trigger).right);
    await expect(canvasElement.querySelector('[data-slot="story-language"]')).toHaveAttribute("dir", "rtl");
  },
};

export const UserMenuSignedOut: Story = {
  parameters: { session: "signedOut" },
  render: () => (
    <Header>
      <UserMenu />
    </Header>
  ),
  play: async ({ canvas }) => {
    const signIn = await canvas.findByRole("link", { name: ar.signIn });
    await expect(signIn).toHaveAttribute("href", "/auth/sign-in");
    await expectArabicRightToLeft(signIn);
    await expect(inLeftHalf(signIn, canvas.getByRole("banner"))).toBe(true);
  },
};

export const UserMenuLoading: Story = {
  parameters: { session: "pending" },
  render: () => (
    <Header>
      <UserMenu />
    </Header>
  ),
  play: async ({ canvas }) => {
    const skeleton = canvas.getByRole("status", { name: ar.loadingAccount });
    await expectArabicRightToLeft(skeleton);
    await expect(inLeftHalf(skeleton, canvas.getByRole("banner"))).toBe(true);
  },
};

export const UserMenuSessionError: Story = {
  parameters: { session: "error" },
  render: () => (
    <Header>
      <UserMenu />
    </Header>
  ),
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole("alert");
    const retry = within(alert).getByRole("button", { name: ar.sessionUnavailableRetry });
    await expect(retry).toHaveAttribute("title", ar.sessionUnavailableRetry);
    await expectArabicRightToLeft(alert);
    // At the header's end (its left, right to left), in the avatar's box however long the Arabic words.
    await expect(inLeftHalf(alert, canvas.getByRole("banner"))).toBe(true);
    await expect([box(retry).width, box(retry).height]).toEqual([36, 36]);
  },
};

export const SignOutButtonSigningOut: Story = {
  parameters: { session: "member", layout: "centered" },
  beforeEach({ msw }) {
    msw.use(signOutHandlers.pending);
  },
  render: () => <SignOutButton onSignedOut={() => {}} />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: ar.signOut }));
    const busy = await canvas.findByRole("button", { name: ar.signingOut });
    await expect(busy).toBeDisabled();
    await expectArabicRightToLeft(busy);
  },
};

export const SignOutButtonFailure: Story = {
  parameters: { session: "member", layout: "centered" },
  beforeEach({ msw }) {
    msw.use(signOutHandlers.failure);
  },
  render: () => <SignOutButton onSignedOut={() => {}} />,
  play: async ({ canvas }) => {
    const button = canvas.getByRole("button", { name: ar.signOut });
    await userEvent.click(button);
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent(ar.signOutFailed);
    await expectArabicRightToLeft(alert);
    // The button and the message start at the same edge: the right one, right to left.
    await expect(Math.abs(box(alert).right - box(button).right)).toBeLessThan(1);
    await expect(box(alert).left).toBeLessThan(box(button).left);
  },
};

export const AdminLinkAdmin: Story = {
  parameters: { session: "admin", layout: "centered" },
  render: () => (
    <nav aria-label="التنقل الرئيسي" className="flex h-10 min-w-64 items-center gap-2 rounded-md border px-3 text-sm">
      <a href="/home" className="px-2">
        الرئيسية
      </a>
      <AdminLink />
    </nav>
  ),
  play: async ({ canvas }) => {
    const admin = await canvas.findByRole("link", { name: ar.admin });
    await expect(admin).toHaveAttribute("href", "/admin");
    await expectArabicRightToLeft(admin);
    // Second in the nav, so to the left of the first link.
    await expect(box(admin).right).toBeLessThanOrEqual(box(canvas.getByRole("link", { name: "الرئيسية" })).left);
  },
};

export const Skeletons: Story = {
  parameters: { layout: "centered" },
  render: () => <UserCardSkeleton />,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('[data-slot="user-card-skeleton"]')!;
    const [avatar, nameLine] = card.querySelectorAll('[data-slot="skeleton"]');
    await expectArabicRightToLeft(card);
    // The avatar leads, so right to left it is on the right of the name and email lines.
    await expect(box(avatar!).left).toBeGreaterThanOrEqual(box(nameLine!).right);
  },
};
