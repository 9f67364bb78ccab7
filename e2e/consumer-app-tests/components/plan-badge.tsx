"use client";
import React from "react";
import { useSessionState } from "session-kit";

/** The app's own component: it reads the session through the kit's hook and shows the app's `plan` field. */
export function PlanBadge() {
  const state = useSessionState();
  if (state.status === "pending") return <span>Loading plan</span>;
  if (state.status !== "signed-in") return <a href="/auth/sign-in">Sign in to see your plan</a>;
  const { plan, role } = state.user as { plan?: string; role?: string };
  return <span data-testid="plan">{role === "admin" ? "Admin" : (plan ?? "free")} plan</span>;
}
