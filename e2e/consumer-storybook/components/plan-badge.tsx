"use client";
import { useSessionState } from "session-kit";

/** The app's own client component: it reads the session through the kit's hook. */
export function PlanBadge() {
  const state = useSessionState();
  if (state.status === "pending") return <span data-testid="plan-badge">Loading plan</span>;
  if (state.status !== "signed-in") return <span data-testid="plan-badge">No plan: signed out</span>;
  const { plan, role } = state.user as { plan?: string; role?: string };
  return <span data-testid="plan-badge">{role === "admin" ? `${state.user.name}: admin` : `${state.user.name}: ${plan ?? "free"} plan`}</span>;
}
