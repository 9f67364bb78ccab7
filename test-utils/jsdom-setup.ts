import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { setupServer } from "msw/node";
import { cleanStores } from "nanostores";
import { authClient } from "../components/auth-client";
import { afterAll, afterEach, beforeAll } from "vitest";
import { resetMockSession } from "../mocks";

// Radix uses pointer capture and scrollIntoView, which jsdom lacks.
Object.assign(window.HTMLElement.prototype, {
  hasPointerCapture: () => false,
  releasePointerCapture: () => {},
  setPointerCapture: () => {},
  scrollIntoView: () => {},
});
// axe's colour-contrast rule probes a canvas, which jsdom does not draw (and says so on every call):
// no context, so axe skips that probe quietly. The contrast of the theme is checked in Chromium.
window.HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

/** The same handlers as the stories, through msw/node. Unhandled requests fail the test. */
export const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockSession();
});
afterAll(() => {
  // Unmount better-auth's session store now, while jsdom's window still exists; its own delayed
  // unmount would otherwise run after the environment is torn down.
  cleanStores(authClient.$store.atoms.session as Parameters<typeof cleanStores>[0]);
  server.close();
});
