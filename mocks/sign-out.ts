import { delay, HttpResponse, http } from "msw";
import { endMockSession } from "./mock-server-session";
import { rateLimited } from "./rate-limit";

export const SIGN_OUT_URL = "*/api/auth/sign-out";

/** `POST /api/auth/sign-out`: succeeds (and ends the mocked session), fails, never answers, or is rate-limited. */
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
  /** 429 with `X-Retry-After: <seconds>`, as better-auth's limiter answers. */
  rateLimited: (seconds: number) => rateLimited(SIGN_OUT_URL, seconds),
};
