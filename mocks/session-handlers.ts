import { getSessionHandlers } from "./get-session";
import { signOutHandlers } from "./sign-out";

export type MockSessionState = keyof typeof getSessionHandlers;

/**
 * Every session state as a ready set of handlers: get-session answers with the state, sign-out works.
 * `server.use(...sessionHandlers.admin)` in a test, `msw.use(...sessionHandlers.admin)` in a story.
 */
export const sessionHandlers = Object.fromEntries(
  Object.entries(getSessionHandlers).map(([state, handler]) => [state, [handler, signOutHandlers.success]]),
) as Record<MockSessionState, [typeof getSessionHandlers.member, typeof signOutHandlers.success]>;

export const SESSION_STATES = Object.keys(getSessionHandlers) as MockSessionState[];
