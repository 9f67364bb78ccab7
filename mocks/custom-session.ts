import type { SessionData } from "../components/auth-client";
import { type SessionFixtureName, sessionFixtures } from "./fixtures";
import type { MockSessionState } from "./session-handlers";

/** A session for a story or a test: a state the mocks know by name, or the app's own user on a member's session. */
export type SessionChoice = MockSessionState | { user: Partial<SessionData["user"]> & Record<string, unknown>; session?: Partial<SessionData["session"]> };

/**
 * The session `choice` stands for: a named fixture, a custom user (and session fields) laid over the
 * member fixture, or null for the states without one (signed out, loading, errors).
 */
export function sessionFor(choice: SessionChoice): SessionData | null {
  if (typeof choice === "object") {
    const base = sessionFixtures.member;
    const user = { ...base.user, ...choice.user } as SessionData["user"];
    return { user, session: { ...base.session, userId: user.id, ...choice.session } };
  }
  if (!(choice in sessionFixtures) && !["signedOut", "pending", "error", "unauthorized", "networkError"].includes(choice)) {
    throw new Error(`Unknown session state ${JSON.stringify(choice)}: use one of ${[...Object.keys(sessionFixtures), "signedOut", "pending", "error", "unauthorized", "networkError"].join(", ")}, or { user: { ... } }.`);
  }
  return sessionFixtures[choice as SessionFixtureName] ?? null;
}
