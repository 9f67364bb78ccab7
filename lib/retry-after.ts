/**
 * How long a rate-limited answer asks to wait, in whole seconds: better-auth's `X-Retry-After` (seconds),
 * else the standard `Retry-After` (seconds, or an HTTP date). Null when neither says (or says nonsense):
 * callers then show the failure without a countdown.
 */
export function retryAfterSeconds(headers: Pick<Headers, "get">, now = Date.now()): number | null {
  for (const name of ["x-retry-after", "retry-after"]) {
    const value = headers.get(name)?.trim();
    if (!value) continue;
    if (/^\d+$/u.test(value)) return Number(value) > 0 ? Number(value) : null;
    const at = Date.parse(value);
    if (Number.isFinite(at)) return at > now ? Math.ceil((at - now) / 1000) : null;
  }
  return null;
}
