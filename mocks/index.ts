// The kit's mocks: fixtures and MSW handlers for stories, tests and apps. Named exports only.
export {
  accountFixtures,
  acmeOrganization,
  DEVICES_NOW,
  deviceAccountFixtures,
  deviceFixtures,
  type SessionFixtureName,
  sessionFixtures,
} from "./fixtures";
export { GET_SESSION_URL, getSessionHandlers } from "./get-session";
export { endMockSession, isMockSessionEnded, resetMockSession } from "./mock-server-session";
export { resetSessionStore, waitForSessionSettled } from "./client-session-store";
export { SESSION_STATES, type MockSessionState, sessionHandlers } from "./session-handlers";
export { SIGN_OUT_URL, signOutHandlers } from "./sign-out";
export { STOP_IMPERSONATING_URL, stopImpersonatingHandlers } from "./stop-impersonating";
