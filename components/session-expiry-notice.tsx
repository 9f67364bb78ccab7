"use client";

import type * as React from "react";
import { Suspense, useId } from "react";
import { cn } from "../lib/cn";
import { DEFAULT_PATHS } from "../lib/paths";
import { announcedSeconds, formatCountdown } from "../lib/session-expiry";
import { formatMessage } from "./messages";
import { useKitLocale, useKitMessages } from "./session-context";
import { buttonVariants, Button } from "./ui/button";
import { type SessionExpiryOptions, useSessionExpiry } from "./use-session-expiry";
import { useSignInAgainPath } from "./use-sign-in-again-path";

export type SessionExpiryNoticeState = "warning" | "extending" | "extend-failed" | "expired";

export interface SessionExpiryNoticeViewProps extends React.ComponentProps<"section"> {
  status: SessionExpiryNoticeState;
  /** Whole seconds left (ignored once expired). */
  secondsLeft: number;
  onExtend?: () => void;
  /** "Sign in again", back to this page. */
  signInHref: string;
}

/** "2 minutes", "30 seconds": the countdown in words, for screen readers. */
function inWords(seconds: number, locale: string): string {
  const minutes = seconds >= 60 && seconds % 60 === 0;
  return new Intl.NumberFormat(locale, { style: "unit", unit: minutes ? "minute" : "second", unitDisplay: "long" }).format(minutes ? seconds / 60 : seconds);
}

/**
 * The session's end, told ahead: a countdown with "Stay signed in" (WCAG 2.2.1, timing adjustable), then
 * "expired" with "Sign in again". The countdown changes every second on screen; screen readers are told
 * politely each half minute, then every ten seconds, so they are not talked over.
 */
export function SessionExpiryNoticeView({ status, secondsLeft, onExtend, signInHref, className, ...props }: SessionExpiryNoticeViewProps) {
  const messages = useKitMessages();
  const locale = useKitLocale();
  const titleId = useId();
  const expired = status === "expired";
  const extending = status === "extending";
  const announced = expired ? messages.sessionExpired : formatMessage(messages.sessionEndsIn, { time: inWords(announcedSeconds(secondsLeft), locale) });
  return (
    <section
      aria-labelledby={titleId}
      data-slot="session-expiry-notice"
      data-state={status}
      className={cn("grid w-80 max-w-full gap-3 rounded-lg border bg-popover p-4 text-start text-sm text-popover-foreground shadow-lg", className)}
      {...props}
    >
      {/* Read on screen every second; screen readers get the status line below instead. */}
      <p id={titleId} className="font-medium tabular-nums" aria-hidden={expired ? undefined : true}>
        {expired ? messages.sessionExpired : formatMessage(messages.sessionEndsIn, { time: formatCountdown(secondsLeft) })}
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {announced}
      </p>
      {status === "extend-failed" && (
        <p role="alert" className="text-destructive">
          {messages.extendSessionFailed}
        </p>
      )}
      <div className="flex justify-end">
        {expired ? (
          <a href={signInHref} className={buttonVariants({ size: "sm" })}>
            {messages.signInAgain}
          </a>
        ) : (
          <Button type="button" size="sm" disabled={extending} aria-busy={extending || undefined} onClick={onExtend}>
            {extending ? messages.extendingSession : messages.staySignedIn}
          </Button>
        )}
      </div>
    </section>
  );
}

export interface SessionExpiryNoticeProps extends SessionExpiryOptions, Omit<React.ComponentProps<"section">, "children"> {
  /** The sign-in page "Sign in again" opens (coming back to this page). Default DEFAULT_PATHS.signIn. */
  signInPath?: string;
}

/** SessionExpiryNotice itself, reading the session (it may suspend: see below). */
function SessionExpiryNoticeForSession({ warnBefore, signInPath = DEFAULT_PATHS.signIn, className, ...props }: SessionExpiryNoticeProps) {
  const expiry = useSessionExpiry({ warnBefore });
  const signInHref = useSignInAgainPath(signInPath);
  if (expiry.status === "none" || expiry.status === "active") return null;
  return (
    <SessionExpiryNoticeView
      status={expiry.status}
      secondsLeft={expiry.secondsLeft ?? 0}
      onExtend={() => void expiry.extend()}
      signInHref={signInHref}
      className={cn("fixed bottom-4 end-4 z-50", className)}
      {...props}
    />
  );
}

/**
 * Put it once in the root layout, under the SessionProvider: nothing while the session is far from its
 * end; a warning `warnBefore` seconds ahead (default 2 minutes) with "Stay signed in"; "expired" once the
 * server no longer has the session. Every tab follows an extension made in any of them. Fixed to the
 * bottom corner (end side); pass a className to place it elsewhere.
 * Behind its own Suspense boundary: under a SessionProvider given the session as a promise, nothing shows until it streams in.
 */
export function SessionExpiryNotice(props: SessionExpiryNoticeProps) {
  return (
    <Suspense fallback={null}>
      <SessionExpiryNoticeForSession {...props} />
    </Suspense>
  );
}
