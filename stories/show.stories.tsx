import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect } from "storybook/test";
import { Show } from "../components/show";
import { UserCardSkeleton } from "../components/skeletons";
import { sessionFixtures } from "../mocks";
import { SessionProvider } from "../components/session-provider";

/** Each slot is labelled, so every story shows which one the gate chose. */
const slots = {
  children: <p className="rounded-md border border-primary px-3 py-2 text-sm">Admin tools: manage users</p>,
  fallback: <p className="rounded-md border px-3 py-2 text-sm text-muted-foreground">Denied: admins only</p>,
  loading: <UserCardSkeleton />,
  error: (
    <p role="alert" className="rounded-md border border-destructive px-3 py-2 text-sm text-destructive">
      Could not check your access
    </p>
  ),
};

const meta = {
  title: "Session/Show",
  component: Show,
  args: { when: { role: "admin" }, ...slots },
  parameters: { layout: "padded" },
} satisfies Meta<typeof Show>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Allowed: Story = {
  parameters: { session: "admin" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Admin tools: manage users")).toBeInTheDocument();
  },
};

export const Denied: Story = {
  parameters: { session: "member" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Denied: admins only")).toBeInTheDocument();
    await expect(canvas.queryByText("Admin tools: manage users")).not.toBeInTheDocument();
  },
};

export const SignedOutVisitor: Story = {
  parameters: { session: "signedOut" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Denied: admins only")).toBeInTheDocument();
  },
};

export const Loading: Story = {
  parameters: { session: "pending" },
  play: async ({ canvasElement, canvas }) => {
    await expect(canvasElement.querySelector('[data-slot="user-card-skeleton"]')).toBeInTheDocument();
    await expect(canvas.queryByText("Denied: admins only")).not.toBeInTheDocument();
  },
};

export const SessionError: Story = {
  parameters: { session: "error" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Could not check your access");
    await expect(canvas.queryByText("Denied: admins only")).not.toBeInTheDocument();
  },
};

export const SignedInOnly: Story = {
  args: { when: "signed-in", children: <p className="text-sm">Welcome back</p>, fallback: <p className="text-sm">Please sign in</p> },
  parameters: { session: "member" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Welcome back")).toBeInTheDocument();
  },
};

export const Predicate: Story = {
  args: {
    when: (session) => Boolean(session?.session.activeOrganizationId),
    children: <p className="text-sm">Working in an organization</p>,
    fallback: <p className="text-sm">Personal account</p>,
  },
  parameters: { session: "organizationMember" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Working in an organization")).toBeInTheDocument();
  },
};

/** Under a SessionProvider given the server's session there is no loading state at all. */
export const FromServerSession: Story = {
  parameters: { session: "pending" },
  decorators: [
    (Story) => (
      <SessionProvider session={sessionFixtures.admin}>
        <Story />
      </SessionProvider>
    ),
  ],
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Admin tools: manage users")).toBeInTheDocument();
  },
};
