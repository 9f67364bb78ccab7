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
export { endMockSession, isMockSessionEnded, mockActiveOrganization, resetMockSession, setMockActiveOrganization } from "./mock-server-session";
export {
  LIST_DEVICE_SESSIONS_URL,
  multiSessionHandlers,
  REVOKE_DEVICE_SESSION_URL,
  SET_ACTIVE_SESSION_URL,
  setActiveSessionFailure,
} from "./multi-session";
export { SET_ACTIVE_ORGANIZATION_URL, setActiveOrganizationHandlers } from "./organization";
export { rateLimited } from "./rate-limit";
export { MOCK_PASSWORD, REAUTHENTICATE_URL, reauthenticateHandlers } from "./reauthentication";
export { EXTEND_SESSION_URL, expiringSession, extendSessionHandlers, SERVER_CLOCK_URL } from "./session-expiry";
export { resetSessionStore, waitForSessionSettled } from "./client-session-store";
export { SESSION_STATES, type MockSessionState, sessionHandlers, sessionHandlersFor } from "./session-handlers";
export { type SessionChoice, sessionFor } from "./custom-session";
export { SIGN_OUT_URL, signOutHandlers } from "./sign-out";
export { STOP_IMPERSONATING_URL, stopImpersonatingHandlers } from "./stop-impersonating";
