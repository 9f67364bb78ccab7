"use client";

import type * as React from "react";
import { RetryCountdown } from "./retry-countdown";
import { useKitMessages } from "./session-context";
import { Button } from "./ui/button";
import { type SignOutOptions, useSignOut } from "./use-sign-out";

export interface SignOutButtonProps extends React.ComponentProps<typeof Button>, SignOutOptions {}

/**
 * Signs the user out: the session row is deleted and the cookie cleared, then `redirectTo` loads.
 * Busy and disabled while it works; a failure is shown and the user stays signed in; a rate limit shows
 * its countdown and keeps the button disabled until it ends. With `asChild`,
 * the caller's own element becomes the button; the caller's onClick runs first and can preventDefault.
 */
export function SignOutButton({ redirectTo, onSignedOut, onClick, asChild, children, ...props }: SignOutButtonProps) {
  const { signOut, status, retryIn } = useSignOut({ redirectTo, onSignedOut });
  const messages = useKitMessages();
  const pending = status === "pending";
  // Rate-limited: disabled until the wait the server named is over, then enabled again.
  const limited = retryIn !== null;
  return (
    <span data-slot="sign-out-button" data-state={status} className="inline-flex flex-col items-start gap-1">
      <Button
        type={asChild ? undefined : "button"}
        variant="outline"
        size="sm"
        asChild={asChild}
        disabled={pending || limited}
        aria-busy={pending || undefined}
        onClick={(event) => {
          onClick?.(event);
          if (!event.defaultPrevented) void signOut();
        }}
        {...props}
      >
        {asChild ? children : pending ? messages.signingOut : (children ?? messages.signOut)}
      </Button>
      {limited ? (
        <RetryCountdown secondsLeft={retryIn} />
      ) : (
        status === "failed" && (
          <span role="alert" className="text-xs text-destructive">
            {messages.signOutFailed}
          </span>
        )
      )}
    </span>
  );
}
