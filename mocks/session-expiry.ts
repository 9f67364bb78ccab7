import { delay, HttpResponse, http } from "msw";
import { sessionFixtures } from "./fixtures";
import { endMockSession, isMockSessionEnded } from "./mock-server-session";
import { GET_SESSION_URL } from "./get-session";
import type { SessionData } from "../components/auth-client";

export const EXTEND_SESSION_URL = "*/api/auth/session-kit/extend-session";
export const SERVER_CLOCK_URL = "*/api/auth/ok";

/**
 * A mocked server with its own clock and a session that ends: `serverOffset` ms ahead of this machine
 * (negative: behind), so a test or story can play a client clock hours off. Every answer carries the
 * server's `Date` header, as a real server's do; once the end passes, get-session answers `null`.
 */
export function expiringSession({ endsIn, serverOffset = 0, fixture = sessionFixtures.member }: { endsIn: number; serverOffset?: number; fixture?: SessionData }) {
  const serverTime = () => Date.now() + serverOffset;
  let expiresAt = serverTime() + endsIn * 1000;
  const dated = (body: unknown, init: ResponseInit = {}) =>
    HttpResponse.json(body as never, { ...init, headers: { date: new Date(serverTime()).toUTCString(), ...init.headers } });
  const current = (): SessionData => ({ ...fixture, session: { ...fixture.session, expiresAt: new Date(expiresAt) } });
  return {
    /** The session as the server would hand it to the page now (for a SessionProvider's `session`). */
    session: current,
    handlers: {
      getSession: http.get(GET_SESSION_URL, () => dated(isMockSessionEnded() || expiresAt <= serverTime() ? null : current())),
      serverClock: http.get(SERVER_CLOCK_URL, () => dated({ ok: true })),
      /** "Stay signed in" works: the session ends `extendBy` seconds from now (default 7 days). */
      extend: (extendBy = 7 * 86_400) =>
        http.post(EXTEND_SESSION_URL, () => {
          if (isMockSessionEnded() || expiresAt <= serverTime()) return dated({ code: "UNAUTHORIZED", message: "Unauthorized" }, { status: 401 });
          expiresAt = serverTime() + extendBy * 1000;
          return dated({ expiresAt: new Date(expiresAt).toISOString() });
        }),
    },
    /** The session was ended on the server (another device signed out, an admin revoked it). */
    end: endMockSession,
  };
}

/** `POST /api/auth/session-kit/extend-session` answers that fail or never come. */
export const extendSessionHandlers = {
  failure: http.post(EXTEND_SESSION_URL, () => HttpResponse.json({ message: "Internal Server Error" }, { status: 500 })),
  pending: http.post(EXTEND_SESSION_URL, async () => {
    await delay("infinite");
    return HttpResponse.json({});
  }),
};
