import type { SessionChoice } from "./custom-session";
import { sessionFor } from "./custom-session";
import { getSessionHandlers, signedIn } from "./get-session";
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

/** The handlers for a state by name, or for the app's own user (`{ user: { name, role, ...fields } }`) on a member's session. */
export function sessionHandlersFor(choice: SessionChoice): [typeof getSessionHandlers.member, typeof signOutHandlers.success] {
  if (typeof choice === "string") {
    sessionFor(choice); // an unknown name stops here, naming the states there are
    return sessionHandlers[choice];
  }
  return [signedIn(sessionFor(choice)!), signOutHandlers.success];
}
