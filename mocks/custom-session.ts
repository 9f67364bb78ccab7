import type { SessionData } from "../components/auth-client";
import { type SessionFixtureName, sessionFixtures } from "./fixtures";
import type { MockSessionState } from "./session-handlers";

/** A session for a story or a test: a state the mocks know by name, or the app's own user (its fields over a plain member's). */
export type SessionChoice = MockSessionState | { user: Partial<SessionData["user"]> & Record<string, unknown>; session?: Partial<SessionData["session"]> };

/**
 * The session `choice` stands for: a named fixture, a custom user (and session fields) laid over a
 * plain member ("App User", user@example.com, no picture), or null for the states without one (signed
 * out, loading, errors).
 */
export function sessionFor(choice: SessionChoice): SessionData | null {
  if (typeof choice === "object") {
    // A member's session and fields, none of the member's identity (name, address, picture).
    const base = sessionFixtures.member;
    const user = { ...base.user, id: "user-app", name: "App User", email: "user@example.com", image: null, ...choice.user } as SessionData["user"];
    return { user, session: { ...base.session, id: "session-app", token: "token-app", userId: user.id, ...choice.session } };
  }
  if (!(choice in sessionFixtures) && !["signedOut", "pending", "error", "unauthorized", "networkError"].includes(choice)) {
    throw new Error(`Unknown session state ${JSON.stringify(choice)}: use one of ${[...Object.keys(sessionFixtures), "signedOut", "pending", "error", "unauthorized", "networkError"].join(", ")}, or { user: { ... } }.`);
  }
  return sessionFixtures[choice as SessionFixtureName] ?? null;
}
