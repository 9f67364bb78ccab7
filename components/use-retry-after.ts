"use client";

import { useEffect, useMemo, useState } from "react";
import { retryAfterSeconds } from "../lib/retry-after";

export interface RetryAfter {
  /** Whole seconds until another try is allowed; null when not limited. */
  secondsLeft: number | null;
  limited: boolean;
  /** Pass to a better-auth client call (`{ fetchOptions }`, or spread into `$fetch`): a 429's wait is recorded. */
  fetchOptions: { onError: (context: { response: Response }) => void };
  /** Records a plain fetch Response; true when it was a 429 with a wait. */
  noteResponse: (response: Pick<Response, "status" | "headers">) => boolean;
}

/**
 * A rate limit's countdown: better-auth answers 429 with `X-Retry-After` seconds (its client hides the
 * headers, hence `fetchOptions`). `secondsLeft` starts at exactly the header's number and counts down;
 * `limited` turns false when it ends, so the control enables itself again.
 */
export function useRetryAfter(): RetryAfter {
  const [until, setUntil] = useState<number | null>(null);
  // Read only once a wait is set (noteResponse sets both): no clock read while rendering, which Next.js
  // Cache Components refuse in a prerendered shell.
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) setUntil(null);
    }, 250);
    return () => clearInterval(timer);
  }, [until]);
  const handlers = useMemo(() => {
    const noteResponse = (response: Pick<Response, "status" | "headers">) => {
      const seconds = response.status === 429 ? retryAfterSeconds(response.headers) : null;
      if (seconds === null) return false;
      const current = Date.now();
      setNow(current);
      setUntil(current + seconds * 1000);
      return true;
    };
    return { noteResponse, fetchOptions: { onError: ({ response }: { response: Response }) => void noteResponse(response) } };
  }, []);
  const secondsLeft = until === null ? null : Math.max(0, Math.ceil((until - now) / 1000));
  return { secondsLeft, limited: secondsLeft !== null && secondsLeft > 0, ...handlers };
}
