/**
 * The arithmetic of a session's end, pure: how far the client's clock is from the server's (read from an
 * answer's `Date` header), and where a session stands against a corrected now.
 */

/**
 * The server's clock minus this one's, in ms, from an answer's `Date` header (whole seconds, so the
 * server's time at `receivedAt` is taken as the middle of that second). Null for a missing or unreadable
 * header.
 */
export function clockOffsetFrom(dateHeader: string | null | undefined, receivedAt: number): number | null {
  if (!dateHeader) return null;
  const serverSecond = Date.parse(dateHeader);
  if (!Number.isFinite(serverSecond)) return null;
  return serverSecond + 500 - receivedAt;
}

export type ExpiryPhase = "active" | "warning" | "due";

export interface ExpiryStanding {
  phase: ExpiryPhase;
  /** Whole seconds left (0 once due). */
  secondsLeft: number;
  /** Ms until the phase changes or the shown second does (for the next timer); null once due. */
  nextChangeIn: number | null;
}

/**
 * Where a session ending at `expiresAt` stands at `serverNow` (the corrected now), warning `warnBefore`
 * seconds ahead: "active" until then, "warning" with a countdown, "due" at the end. An unreadable
 * `expiresAt` is never due (nothing to count down from).
 */
export function expiryStanding(expiresAt: Date | string, serverNow: number, warnBefore: number): ExpiryStanding {
  const end = new Date(expiresAt).getTime();
  if (!Number.isFinite(end)) return { phase: "active", secondsLeft: Number.POSITIVE_INFINITY, nextChangeIn: null };
  const left = end - serverNow;
  if (left <= 0) return { phase: "due", secondsLeft: 0, nextChangeIn: null };
  const secondsLeft = Math.ceil(left / 1000);
  if (left > warnBefore * 1000) return { phase: "active", secondsLeft, nextChangeIn: left - warnBefore * 1000 };
  return { phase: "warning", secondsLeft, nextChangeIn: left - (secondsLeft - 1) * 1000 };
}

/**
 * What a screen reader is told of a countdown: not every second (that would talk over everything), but
 * each half minute, then every ten seconds in the last thirty.
 */
export function announcedSeconds(secondsLeft: number): number {
  if (secondsLeft <= 0) return 0;
  const step = secondsLeft > 30 ? 30 : 10;
  return Math.ceil(secondsLeft / step) * step;
}

/** "1:05" for 65 seconds. */
export function formatCountdown(secondsLeft: number): string {
  const seconds = Math.max(0, Math.ceil(secondsLeft));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
