import { HttpResponse, http } from "msw";

/**
 * A POST endpoint answering as better-auth's rate limiter does: 429, `X-Retry-After: <seconds>`, its
 * message. `rateLimited("*\/api/auth/sign-in/email", 8)` in a story or test.
 */
export function rateLimited(url: string, seconds: number) {
  return http.post(url, () =>
    HttpResponse.json({ message: "Too many requests. Please try again later." }, { status: 429, statusText: "Too Many Requests", headers: { "X-Retry-After": String(seconds) } }),
  );
}
