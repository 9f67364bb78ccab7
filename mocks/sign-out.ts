import { delay, HttpResponse, http } from "msw";
import { endMockSession } from "./mock-server-session";

export const SIGN_OUT_URL = "*/api/auth/sign-out";

/** `POST /api/auth/sign-out`: succeeds (and ends the mocked session), fails, or never answers. */
export const signOutHandlers = {
  success: http.post(SIGN_OUT_URL, () => {
    endMockSession();
    return HttpResponse.json({ success: true });
  }),
  failure: http.post(SIGN_OUT_URL, () => HttpResponse.json({ message: "Internal Server Error" }, { status: 500 })),
  pending: http.post(SIGN_OUT_URL, async () => {
    await delay("infinite");
    return HttpResponse.json({ success: true });
  }),
};
