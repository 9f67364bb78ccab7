import axe from "axe-core";
import { render } from "@testing-library/react";
import type { RequestHandler } from "msw";
import type * as React from "react";
import { resetMockSession, resetSessionStore, type MockSessionState, sessionHandlers } from "../mocks";
import { server } from "./test-setup";

/** Renders `ui` with the mocked server in `state`, after clearing what the client remembered. */
export function renderInSession(ui: React.ReactElement, state: MockSessionState, ...extraHandlers: RequestHandler[]) {
  server.use(...extraHandlers, ...sessionHandlers[state]);
  resetMockSession();
  void resetSessionStore();
  return render(ui);
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
