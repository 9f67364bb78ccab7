import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AdminLink } from "../components/admin-link";
import { UserMenu } from "../components/user-menu";
import { useSessionState } from "../components/use-session-state";
import { recordRequests } from "../test-utils/render";
import { renderWithSession } from "./render-with-session";

/** An app's own component, reading the session through the kit's hook. */
function BillingCard() {
  const state = useSessionState();
  if (state.status !== "signed-in") return <p>Sign in to see billing</p>;
  const plan = (state.user as { plan?: string }).plan ?? "free";
  return (
    <p>
      {state.user.name} is on the {plan} plan
    </p>
  );
}

describe("renderWithSession", () => {
  it("renders the kit's components and the app's own in the state asked for, fetching nothing", async () => {
    const requests = recordRequests();
    renderWithSession(
      <>
        <UserMenu />
        <AdminLink />
      </>,
      { session: "admin" },
    );
    expect(screen.getByRole("button", { name: "Account menu for Grace Hopper" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Admin" })).toBeInTheDocument();
    requests.stop();
    expect(requests.seen.filter((request) => request.endsWith("/get-session"))).toEqual([]);
  });

  it("takes the app's own user, with its own fields", () => {
    renderWithSession(<BillingCard />, { session: { user: { name: "Katherine Johnson", plan: "team" } } });
    expect(screen.getByText("Katherine Johnson is on the team plan")).toBeInTheDocument();
  });

  it("renders signed out, loading and failed states", async () => {
    const { unmount } = renderWithSession(<BillingCard />, { session: "signedOut" });
    expect(screen.getByText("Sign in to see billing")).toBeInTheDocument();
    unmount();
    const loading = renderWithSession(<UserMenu />, { session: "pending" });
    expect(screen.getByRole("status", { name: "Loading account" })).toBeInTheDocument();
    loading.unmount();
    renderWithSession(<UserMenu />, { session: "error" });
    expect(await screen.findByRole("button", { name: "Session unavailable. Retry" })).toBeInTheDocument();
  });

  it("names the states it knows when given one it does not", () => {
    expect(() => renderWithSession(<BillingCard />, { session: "superuser" as never })).toThrow(/Unknown session state "superuser": use one of member, admin/u);
  });
});
