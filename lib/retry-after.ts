/** The longest wait a countdown shows. A longer (or absurd) one is cut to this: the control comes back
 * then, and a try that is still too early gets a fresh 429 with the wait that is left. */
export const MAX_RETRY_AFTER_SECONDS = 3600;

// RFC 9110's three HTTP-date forms all start with the day's name ("Sun, 06 Nov 1994 08:49:37 GMT",
// "Sunday, 06-Nov-94 …", "Sun Nov  6 …"); Date.parse alone also takes "1.5" or "soon 2099".
const HTTP_DATE = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? /iu;

/**
 * How long a rate-limited answer asks to wait, in whole seconds: better-auth's `X-Retry-After` (seconds),
 * else the standard `Retry-After` (seconds, or an HTTP date), at most MAX_RETRY_AFTER_SECONDS. Null when
 * neither says (missing, zero, negative, a date already past, or nonsense): callers then show the
 * failure without a countdown.
 */
export function retryAfterSeconds(headers: Pick<Headers, "get">, now = Date.now()): number | null {
  for (const name of ["x-retry-after", "retry-after"]) {
    const value = headers.get(name)?.trim();
    if (!value) continue;
    if (/^\d+$/u.test(value)) return inRange(Number(value));
    const at = HTTP_DATE.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isFinite(at)) return inRange(Math.ceil((at - now) / 1000));
  }
  return null;
}

function inRange(seconds: number): number | null {
  return seconds > 0 ? Math.min(seconds, MAX_RETRY_AFTER_SECONDS) : null;
}
