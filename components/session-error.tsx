"use client";

import type * as React from "react";
import { cn } from "../lib/cn";
import { useKitMessages } from "./session-context";
import { Button } from "./ui/button";

export interface SessionErrorViewProps extends React.ComponentProps<"div"> {
  onRetry?: () => void;
}

/**
 * Shown when the session could not be loaded: distinct from signed out, with a way to try again. It takes
 * the avatar's place in a header, so it keeps the avatar's size-9 box in every language: the words are
 * the button's hidden text (its accessible name) and its tooltip.
 */
export function SessionErrorView({ onRetry, className, ...props }: SessionErrorViewProps) {
  const messages = useKitMessages();
  return (
    <div
      role="alert"
      data-slot="session-error"
      className={cn("inline-flex size-9 shrink-0 items-center justify-center text-destructive", className)}
      {...props}
    >
      {onRetry ? (
        <Button
          type="button"
          variant="outline"
          size="icon"
          data-slot="session-error-retry"
          title={messages.sessionUnavailableRetry}
          onClick={onRetry}
          className="rounded-full border-destructive/50 text-destructive hover:text-destructive"
        >
          <RetryIcon />
          <span className="sr-only">{messages.sessionUnavailableRetry}</span>
        </Button>
      ) : (
        <span title={messages.sessionUnavailable}>
          <UnavailableIcon />
          <span className="sr-only">{messages.sessionUnavailable}</span>
        </span>
      )}
    </div>
  );
}

const iconProps = {
  "aria-hidden": true,
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  className: "size-4",
} as const;

/** A circular arrow: try again. */
function RetryIcon() {
  return (
    <svg {...iconProps}>
      <path d="M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8" />
      <path d="M3 3v5h5" />
    </svg>
  );
}

/** A circle with an exclamation mark: something is wrong. */
function UnavailableIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="12" cy="12" r="10" />
      <path d="M12 8v4M12 16h.01" />
    </svg>
  );
}
