import axe from "axe-core";
import { act, render } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { vi } from "vitest";
import type { RequestHandler } from "msw";
import type * as React from "react";
import { resetMockSession, resetSessionStore, type MockSessionState, sessionHandlers } from "../mocks";
import { server } from "./jsdom-setup";

/** Renders `ui` with the mocked server in `state`, after clearing what the client remembered. */
export function renderInSession(ui: React.ReactElement, state: MockSessionState, ...extraHandlers: RequestHandler[]) {
  server.use(...extraHandlers, ...sessionHandlers[state]);
  resetMockSession();
  void resetSessionStore();
  return render(ui);
}

/**
 * Renders while the session loads (get-session never answers), once better-auth's store has marked its
 * fetch as started: it does so a microtask after mounting, which must land inside act.
 */
export async function renderWhileLoading(ui: React.ReactElement) {
  const result = renderInSession(ui, "pending");
  await act(async () => {});
  return result;
}

/** Counts requests to the mocked server by method and path. */
export function recordRequests() {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  server.events.on("request:start", listener);
  return { seen, stop: () => server.events.removeListener("request:start", listener) };
}

/**
 * Runs axe on a rendered component. "region" is a whole-page rule (content inside landmarks) that a
 * component on its own cannot satisfy; Storybook's a11y addon leaves it out for the same reason.
 */
export async function axeViolations(node: Element = document.body) {
  const { violations } = await axe.run(node, { rules: { region: { enabled: false } } });
  return violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((n) => n.html) }));
}

/**
 * Renders `ui` to server HTML, then hydrates it in the document: returns the HTML and whatever React
 * reported (recoverable errors, console errors such as hydration mismatches) for the test to assert on.
 */
export async function renderOnServerThenHydrate(ui: React.ReactElement) {
  const html = renderToString(ui);
  const container = document.createElement("div");
  container.innerHTML = html;
  document.body.append(container);
  const consoleErrors = vi.spyOn(console, "error").mockImplementation(() => {});
  const recoverableErrors: unknown[] = [];
  try {
    const root = await act(async () => hydrateRoot(container, ui, { onRecoverableError: (error) => recoverableErrors.push(error) }));
    act(() => root.unmount());
    return { html, recoverableErrors, consoleErrors: [...consoleErrors.mock.calls] };
  } finally {
    consoleErrors.mockRestore();
    container.remove();
  }
}
