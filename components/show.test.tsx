import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Show } from "./show";
import { renderInSession, renderWhileLoading } from "../test-utils/render";

const gate = <Show when={{ role: "admin" }} fallback="denied" loading="loading" error="error">allowed</Show>;

describe("<Show>", () => {
  it.each([
    ["admin", "allowed"],
    ["member", "denied"],
    ["signedOut", "denied"],
    ["unauthorized", "denied"],
    ["error", "error"],
    ["networkError", "error"],
  ] as const)("in the %s state shows %s", async (state, slot) => {
    renderInSession(gate, state);
    expect(await screen.findByText(slot)).toBeInTheDocument();
    for (const other of ["allowed", "denied", "loading", "error"].filter((s) => s !== slot)) {
      expect(screen.queryByText(other)).not.toBeInTheDocument();
    }
  });

  it("shows the loading slot, and nothing else, while the session loads", async () => {
    await renderWhileLoading(gate);
    expect(screen.getByText("loading")).toBeInTheDocument();
    expect(screen.queryByText("denied")).not.toBeInTheDocument();
  });

  it("tells signed out from signed in", async () => {
    renderInSession(<Show when="signed-out" fallback="hello again">please sign in</Show>, "member");
    expect(await screen.findByText("hello again")).toBeInTheDocument();
  });
});
