"use client";

import type * as React from "react";
import { cn } from "../lib/cn";
import { useKitMessages } from "./session-context";
import { Button } from "./ui/button";

export interface SessionErrorViewProps extends React.ComponentProps<"div"> {
  onRetry?: () => void;
}

/** Shown when the session could not be loaded: distinct from signed out, with a way to try again. */
export function SessionErrorView({ onRetry, className, ...props }: SessionErrorViewProps) {
  const messages = useKitMessages();
  return (
    <div
      role="alert"
      data-slot="session-error"
      className={cn("inline-flex h-9 items-center gap-2 whitespace-nowrap text-sm text-destructive", className)}
      {...props}
    >
      <span>{messages.sessionUnavailable}</span>
      {onRetry && (
        <Button type="button" variant="outline" size="sm" onClick={onRetry} className="text-foreground">
          {messages.retry}
        </Button>
      )}
    </div>
  );
}
