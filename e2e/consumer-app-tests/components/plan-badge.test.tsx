import React from "react";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithSession } from "session-kit/testing";
import { PlanBadge } from "./plan-badge";

describe("<PlanBadge />", () => {
  it("shows an admin their badge", () => {
    renderWithSession(<PlanBadge />, { session: "admin" });
    expect(screen.getByTestId("plan").textContent).toBe("Admin plan");
  });

  it("shows the app's own plan field", () => {
    renderWithSession(<PlanBadge />, { session: { user: { name: "Ada", plan: "team" } } });
    expect(screen.getByTestId("plan").textContent).toBe("team plan");
  });

  it("asks a signed-out visitor to sign in", () => {
    renderWithSession(<PlanBadge />, { session: "signedOut" });
    expect(screen.getByRole("link", { name: "Sign in to see your plan" })).toBeTruthy();
  });
});
