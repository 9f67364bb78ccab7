import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { AccountPanel } from "./account-panel";
import { PlanBadge } from "./plan-badge";
import { Header } from "../lib/kit";

function Dashboard() {
  return (
    <div>
      <Header brand="Acme" />
      <PlanBadge />
      <AccountPanel />
    </div>
  );
}

const meta = { title: "App/Dashboard", component: Dashboard } satisfies Meta<typeof Dashboard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SignedOut: Story = { parameters: { session: "signedOut" } };
export const Member: Story = { parameters: { session: "member" } };
export const Admin: Story = { parameters: { session: "admin" } };
export const TeamPlan: Story = { parameters: { session: { user: { name: "Katherine Johnson", plan: "team" } } } };
