import { delay, HttpResponse, http } from "msw";
import { sessionFixtures } from "./fixtures";
import { isMockSessionEnded, mockActiveOrganization } from "./mock-server-session";
import type { SessionData } from "../components/auth-client";

/** Matches the endpoint on any origin, so the same handlers serve Storybook, jsdom and apps. */
export const GET_SESSION_URL = "*/api/auth/get-session";

/** get-session answering `fixture` (a sign-out or organization switch made against the mocks is followed). */
export const signedIn = (fixture: SessionData) =>
  http.get(GET_SESSION_URL, () => {
    if (isMockSessionEnded()) return HttpResponse.json(null);
    const switched = mockActiveOrganization();
    return HttpResponse.json(switched === undefined ? fixture : { ...fixture, session: { ...fixture.session, activeOrganizationId: switched } });
  });

/** One handler per session state of `GET /api/auth/get-session`. */
export const getSessionHandlers = {
  /** 200 with body `null`, as better-auth answers a visitor without a session. */
  signedOut: http.get(GET_SESSION_URL, () => HttpResponse.json(null)),
  /** Never answers: the loading state. */
  pending: http.get(GET_SESSION_URL, async () => {
    await delay("infinite");
    return HttpResponse.json(null);
  }),
  error: http.get(GET_SESSION_URL, () =>
    HttpResponse.json({ message: "Internal Server Error" }, { status: 500 }),
  ),
  unauthorized: http.get(GET_SESSION_URL, () =>
    HttpResponse.json({ message: "Unauthorized" }, { status: 401 }),
  ),
  networkError: http.get(GET_SESSION_URL, () => HttpResponse.error()),
  member: signedIn(sessionFixtures.member),
  admin: signedIn(sessionFixtures.admin),
  noImage: signedIn(sessionFixtures.noImage),
  brokenImage: signedIn(sessionFixtures.brokenImage),
  longName: signedIn(sessionFixtures.longName),
  organizationMember: signedIn(sessionFixtures.organizationMember),
  impersonating: signedIn(sessionFixtures.impersonating),
};
