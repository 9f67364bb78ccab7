// session-kit/testing: an app's own component tests (Vitest or Jest, jsdom, React Testing Library).
// Node-side helpers for end-to-end tests (Playwright sign-in, test users) are in session-kit/testing/e2e.
export { renderWithSession, sessionWrapper, type WithSessionOptions } from "./render-with-session";
export { type SessionChoice, sessionFor } from "../mocks/custom-session";
