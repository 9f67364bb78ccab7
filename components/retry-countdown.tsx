"use client";

import type * as React from "react";
import { useState } from "react";
import { cn } from "../lib/cn";
import { formatMessage } from "./messages";
import { useKitMessages } from "./session-context";

export interface RetryCountdownProps extends React.ComponentProps<"span"> {
  /** Whole seconds left (from useRetryAfter). */
  secondsLeft: number;
}

/**
 * "Too many attempts — try again in 7 s", counting down on screen. Screen readers hear it once, with the
 * wait as it was first given (a polite live region that does not change every second).
 */
export function RetryCountdown({ secondsLeft, className, ...props }: RetryCountdownProps) {
  const messages = useKitMessages();
  const [firstWait] = useState(secondsLeft);
  const say = (seconds: number) => formatMessage(messages.tooManyAttempts, { seconds: String(seconds) });
  return (
    <span data-slot="retry-countdown" className={cn("text-xs text-destructive tabular-nums", className)} {...props}>
      <span role="status" aria-live="polite" className="sr-only">
        {say(firstWait)}
      </span>
      <span aria-hidden="true" data-slot="retry-countdown-seconds">
        {say(secondsLeft)}
      </span>
    </span>
  );
}
