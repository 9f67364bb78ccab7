import { delay, HttpResponse, http } from "msw";
import { rateLimited } from "./rate-limit";

export const REAUTHENTICATE_URL = "*/api/auth/session-kit/reauthenticate";

/** The password the mocked re-authentication accepts. */
export const MOCK_PASSWORD = "password1234";

/**
 * `POST /api/auth/session-kit/reauthenticate` as the kit's plugin answers it: 200 for MOCK_PASSWORD and
 * 400 INVALID_PASSWORD for any other; or always wrong, never answering, or rate-limited (429 with
 * `X-Retry-After`, as better-auth's limiter sends it).
 */
export const reauthenticateHandlers = {
  success: http.post(REAUTHENTICATE_URL, async ({ request }) => {
    const { password } = (await request.json()) as { password?: string };
    return password === MOCK_PASSWORD
      ? HttpResponse.json({ status: true })
      : HttpResponse.json({ code: "INVALID_PASSWORD", message: "Wrong password." }, { status: 400 });
  }),
  wrongPassword: http.post(REAUTHENTICATE_URL, () => HttpResponse.json({ code: "INVALID_PASSWORD", message: "Wrong password." }, { status: 400 })),
  pending: http.post(REAUTHENTICATE_URL, async () => {
    await delay("infinite");
    return HttpResponse.json({ status: true });
  }),
  rateLimited: (seconds: number) => rateLimited(REAUTHENTICATE_URL, seconds),
};
