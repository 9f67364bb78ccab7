"use client";

import type * as React from "react";
import { useContext, useEffect, useId, useState } from "react";
import { cn } from "../lib/cn";
import { DEFAULT_PATHS } from "../lib/paths";
import { ProvidedSessionContext, useKitMessages, useSessionEnd } from "./session-context";
import { buttonVariants, Button } from "./ui/button";
import { useSignInAgainPath } from "./use-sign-in-again-path";

export interface SignedOutNoticeViewProps extends React.ComponentProps<"section"> {
  signInHref: string;
  onDismiss?: () => void;
}

/** "You were signed out" (the session ended on another device or tab, or was revoked), with "Sign in again". */
export function SignedOutNoticeView({ signInHref, onDismiss, className, ...props }: SignedOutNoticeViewProps) {
  const messages = useKitMessages();
  const messageId = useId();
  return (
    <section
      aria-labelledby={messageId}
      data-slot="signed-out-notice"
      className={cn("grid w-80 max-w-full gap-3 rounded-lg border bg-popover p-4 text-start text-sm text-popover-foreground shadow-lg", className)}
      {...props}
    >
      <p id={messageId} role="status" className="font-medium">
        {messages.signedOutElsewhere}
      </p>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={onDismiss}>
          {messages.dismiss}
        </Button>
        <a href={signInHref} className={buttonVariants({ size: "sm" })}>
          {messages.signInAgain}
        </a>
      </div>
    </section>
  );
}

export interface SignedOutNoticeProps extends Omit<React.ComponentProps<"section">, "children"> {
  /** The sign-in page "Sign in again" opens (coming back to this page). Default DEFAULT_PATHS.signIn. */
  signInPath?: string;
}

/**
 * Says so when the session this page showed ended somewhere else (another device or tab signed out,
 * an admin revoked it, the user was banned), instead of the header just flipping to "Sign in". Needs a
 * SessionProvider given the server's session (it tells a sign-out here from one elsewhere). Fixed to the
 * bottom corner (end side).
 */
export function SignedOutNotice({ signInPath = DEFAULT_PATHS.signIn, className, ...props }: SignedOutNoticeProps) {
  const provided = useContext(ProvidedSessionContext);
  const ended = useSessionEnd();
  const [dismissed, setDismissed] = useState(false);
  const signInHref = useSignInAgainPath(signInPath);
  const signedIn = Boolean(provided?.data);
  // Dismissed for this ending only: a later one (after signing in again) shows again.
  useEffect(() => {
    if (signedIn) setDismissed(false);
  }, [signedIn]);
  if (ended !== "signed-out" || dismissed) return null;
  return <SignedOutNoticeView signInHref={signInHref} onDismiss={() => setDismissed(true)} className={cn("fixed bottom-4 end-4 z-50", className)} {...props} />;
}
