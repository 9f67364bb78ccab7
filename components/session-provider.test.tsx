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
import { AdminLink } from "./admin-link";


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

describe("<SessionProvider session={promise}> (a layout that does not wait: Cache Components)", () => {
  /** A session the server is still reading, resolved when the test says. */
  function deferred<T>() {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<T>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    return { promise, resolve, reject };
  }

  it("streams the skeleton first, then the user's menu in the same response, nothing of the user before", async () => {
    const { renderToReadableStream } = await import("react-dom/server.browser");
    const session = deferred<typeof ada | null>();
    const stream = await renderToReadableStream(
      <SessionProvider session={session.promise}>
        <header>
          <AdminLink />
          <UserMenu />
        </header>
      </SessionProvider>,
    );
    const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
    const shell = (await reader.read()).value ?? "";
    expect(shell).toContain('data-slot="user-menu-skeleton"');
    expect(shell).not.toContain("Ada");
    session.resolve(ada);
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += chunk.value;
    expect(rest).toContain("Account menu for Ada Lovelace");
  });

  /** Renders inside an async act, as React's retry after a suspended `use()` lands only in one here. */
  async function renderStreaming(ui: React.ReactElement, state: MockSessionState) {
    let result!: ReturnType<typeof renderWithServer>;
    await act(async () => {
      result = renderWithServer(ui, state);
    });
    return result;
  }
  /** Settles the promise, then lets React retry the suspended components. */
  const arrive = (settle: () => void) =>
    act(async () => {
      settle();
      await new Promise((resolve) => setTimeout(resolve, 10));
    });

  it("shows the skeleton while it is on its way, then the menu, and fetches nothing", async () => {
    const requests = recordRequests();
    const session = deferred<typeof ada | null>();
    await renderStreaming(
      <SessionProvider session={session.promise}>
        <UserMenu />
      </SessionProvider>,
      "signedOut",
    );
    expect(screen.getByRole("status", { name: "Loading account" })).toBeInTheDocument();
    await arrive(() => session.resolve(ada));
    expect(await screen.findByRole("button", { name: "Account menu for Ada Lovelace" })).toBeInTheDocument();
    await settle();
    requests.stop();
    expect(getSessionCalls(requests.seen)).toBe(0);
  });

  it("takes the bare thenable React Server Components hand over (its then() returns nothing)", async () => {
    const session = deferred<typeof ada | null>();
    // What a promise prop is after crossing from a Server Component: a thenable, not a Promise.
    const thenable = { then: (onFulfilled: (value: typeof ada | null) => void, onRejected: (error: unknown) => void) => void session.promise.then(onFulfilled, onRejected) };
    await renderStreaming(
      <SessionProvider session={thenable as unknown as Promise<typeof ada | null>}>
        <UserMenu />
      </SessionProvider>,
      "signedOut",
    );
    await arrive(() => session.resolve(ada));
    expect(await screen.findByRole("button", { name: "Account menu for Ada Lovelace" })).toBeInTheDocument();
  });

  it("reads a null session as signed out, and a failed read as the error state (no error boundary)", async () => {
    const signedOut = deferred<typeof ada | null>();
    const { unmount } = await renderStreaming(
      <SessionProvider session={signedOut.promise}>
        <UserMenu />
      </SessionProvider>,
      "signedOut",
    );
    await arrive(() => signedOut.resolve(null));
    expect(await screen.findByRole("link", { name: "Sign in" })).toBeInTheDocument();
    unmount();

    const failed = deferred<typeof ada | null>();
    await renderStreaming(
      <SessionProvider session={failed.promise}>
        <UserMenu />
      </SessionProvider>,
      "signedOut",
    );
    await arrive(() => failed.reject(new Error("database down")));
    expect(await screen.findByRole("button", { name: "Session unavailable. Retry" })).toBeInTheDocument();
  });

  it("keeps the streamed session for later reads: focus after arrival compares with it", async () => {
    const session = deferred<typeof ada | null>();
    await renderStreaming(
      <SessionProvider session={session.promise}>
        <UserMenu />
      </SessionProvider>,
      "admin",
    );
    await arrive(() => session.resolve(ada));
    await screen.findByRole("button", { name: "Account menu for Ada Lovelace" });
    fireEvent.focus(window);
    expect(await screen.findByRole("button", { name: "Account menu for Grace Hopper" })).toBeInTheDocument();
  });
});
