import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type MockSessionState, sessionFixtures, sessionHandlers } from "../mocks";
import { arabicMessages } from "./messages";
import { SessionProvider } from "./session-provider";
import { server } from "../test-utils/jsdom-setup";
import { recordRequests } from "../test-utils/render";
import { UserMenu } from "./user-menu";


/** Renders `ui` with the mocked server answering `state`, without touching better-auth's store. */
const renderWithServer = (ui: React.ReactElement, state: MockSessionState) => {
  server.use(...sessionHandlers[state]);
  return render(ui);
};

const ada = sessionFixtures.member;
const getSessionCalls = (seen: string[]) => seen.filter((request) => request.endsWith("/api/auth/get-session")).length;
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe("<SessionProvider session>", () => {
  it("puts the user's menu in the server HTML: no skeleton", () => {
    const html = renderToString(
      <SessionProvider session={ada}>
        <UserMenu />
      </SessionProvider>,
    );
    expect(html).toContain("Account menu for Ada Lovelace");
    expect(html).not.toContain("user-menu-skeleton");
  });

  it("renders the final state at once and fetches nothing while mounting", async () => {
    const requests = recordRequests();
    renderWithServer(
      <SessionProvider session={ada}>
        <UserMenu />
      </SessionProvider>,
      "signedOut",
    );
    expect(screen.getByRole("button", { name: "Account menu for Ada Lovelace" })).toBeInTheDocument();
    await settle();
    requests.stop();
    expect(getSessionCalls(requests.seen)).toBe(0);
  });

  it("shows Sign in at once for a session the server found absent", () => {
    renderWithServer(
      <SessionProvider session={null}>
        <UserMenu />
      </SessionProvider>,
      "member",
    );
    expect(screen.getByRole("link", { name: "Sign in" })).toBeInTheDocument();
  });

  it("reads the session again when the window regains focus", async () => {
    const requests = recordRequests();
    renderWithServer(
      <SessionProvider session={ada}>
        <UserMenu />
      </SessionProvider>,
      "signedOut",
    );
    fireEvent.focus(window);
    expect(await screen.findByRole("link", { name: "Sign in" })).toBeInTheDocument();
    requests.stop();
    expect(getSessionCalls(requests.seen)).toBe(1);
  });

  it("follows a sign-in made in another tab, without focus", async () => {
    renderWithServer(
      <SessionProvider session={null} refetchOnWindowFocus={false}>
        <UserMenu />
      </SessionProvider>,
      "admin",
    );
    expect(screen.getByRole("link", { name: "Sign in" })).toBeInTheDocument();
    const otherTab = new BroadcastChannel("session-kit.session");
    otherTab.postMessage({ type: "session-changed" });
    expect(await screen.findByRole("button", { name: "Account menu for Grace Hopper" })).toBeInTheDocument();
    otherTab.close();
  });

  it("keeps showing the known session when revalidation fails with a 500", async () => {
    renderWithServer(
      <SessionProvider session={ada}>
        <UserMenu />
      </SessionProvider>,
      "error",
    );
    fireEvent.focus(window);
    await settle();
    await waitFor(() => expect(screen.getByRole("button", { name: "Account menu for Ada Lovelace" })).toBeInTheDocument());
  });
});

describe("<SessionProvider> without a session", () => {
  it("leaves the session to the client, which fetches it", async () => {
    const requests = recordRequests();
    renderWithServer(
      <SessionProvider>
        <UserMenu />
      </SessionProvider>,
      "admin",
    );
    expect(await screen.findByRole("button", { name: "Account menu for Grace Hopper" })).toBeInTheDocument();
    requests.stop();
    expect(getSessionCalls(requests.seen)).toBeGreaterThanOrEqual(1);
  });

  it("gives the components its messages", async () => {
    renderWithServer(
      <SessionProvider session={null} messages={arabicMessages} dir="rtl" locale="ar">
        <UserMenu />
      </SessionProvider>,
      "signedOut",
    );
    expect(screen.getByRole("link", { name: arabicMessages.signIn })).toBeInTheDocument();
  });
});
