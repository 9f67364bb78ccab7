import { HttpResponse, http } from "msw";
import type { SessionData } from "../components/auth-client";
import { endMockSession } from "./mock-server-session";

export const LIST_DEVICE_SESSIONS_URL = "*/api/auth/multi-session/list-device-sessions";
export const SET_ACTIVE_SESSION_URL = "*/api/auth/multi-session/set-active";
export const REVOKE_DEVICE_SESSION_URL = "*/api/auth/multi-session/revoke";

const invalidToken = () => HttpResponse.json({ message: "Invalid session token", code: "INVALID_SESSION_TOKEN" }, { status: 401 });

/**
 * better-auth's multiSession endpoints for the accounts signed in on this device (`sessions`, the
 * current one among them): listing them, switching (to a listed token only; any other is refused as the
 * real server refuses it) and revoking one (the current one ends the mocked session).
 */
export function multiSessionHandlers(sessions: SessionData[], current: SessionData) {
  const tokens = new Set(sessions.map(({ session }) => session.token));
  return [
    http.get(LIST_DEVICE_SESSIONS_URL, () => HttpResponse.json(sessions)),
    http.post(SET_ACTIVE_SESSION_URL, async ({ request }) => {
      const { sessionToken } = (await request.json()) as { sessionToken: string };
      const found = sessions.find(({ session }) => session.token === sessionToken);
      return found ? HttpResponse.json(found) : invalidToken();
    }),
    http.post(REVOKE_DEVICE_SESSION_URL, async ({ request }) => {
      const { sessionToken } = (await request.json()) as { sessionToken: string };
      if (!tokens.has(sessionToken)) return invalidToken();
      if (sessionToken === current.session.token) endMockSession();
      return HttpResponse.json({ status: true });
    }),
  ];
}

/** A switch the server refuses (the account's session ended elsewhere). */
export const setActiveSessionFailure = http.post(SET_ACTIVE_SESSION_URL, invalidToken);
