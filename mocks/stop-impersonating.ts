import { delay, HttpResponse, http } from "msw";
import { sessionFixtures } from "./fixtures";

export const STOP_IMPERSONATING_URL = "*/api/auth/admin/stop-impersonating";

/**
 * `POST /api/auth/admin/stop-impersonating`: succeeds (answering the admin's restored session, as
 * better-auth does), fails, or never answers. get-session keeps answering its own state either way.
 */
export const stopImpersonatingHandlers = {
  success: http.post(STOP_IMPERSONATING_URL, () => HttpResponse.json(sessionFixtures.admin)),
  failure: http.post(STOP_IMPERSONATING_URL, () =>
    HttpResponse.json({ message: "Failed to find admin session" }, { status: 500 }),
  ),
  pending: http.post(STOP_IMPERSONATING_URL, async () => {
    await delay("infinite");
    return HttpResponse.json(sessionFixtures.admin);
  }),
};
