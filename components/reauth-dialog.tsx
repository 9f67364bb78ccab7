"use client";

import { useId } from "react";
import { formatMessage } from "./messages";
import { RetryCountdown } from "./retry-countdown";
import { useKitMessages } from "./session-context";
import { Button, buttonVariants } from "./ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "./ui/dialog";

export type ReauthStatus =
  | "idle"
  | "verifying"
  | "wrong-password"
  | "failed"
  /** The account has no password (signed in with a social provider): sign in again instead. */
  | "no-password"
  /** Too many attempts: `retryIn` counts down. */
  | "rate-limited"
  /** Verified, but the request cannot be sent twice safely: the user sends it again. */
  | "verified-send-again";

export interface ReauthDialogProps {
  open: boolean;
  /** The signed-in user's email, named in the question. */
  email: string;
  status: ReauthStatus;
  /** Seconds until another attempt is allowed (rate-limited). */
  retryIn?: number | null;
  onSubmit?: (password: string) => void;
  onCancel?: () => void;
  /** The sign-in page, for an account without a password. */
  signInHref?: string;
}

/**
 * "Confirm it's you": the password for a sensitive action, asked in place (a modal dialog: focus kept
 * inside, Escape cancels). The form keeps what the user typed on a wrong password and while waiting
 * out a rate limit.
 */
export function ReauthDialog({ open, email, status, retryIn = null, onSubmit, onCancel, signInHref }: ReauthDialogProps) {
  const messages = useKitMessages();
  const passwordId = useId();
  const errorId = useId();
  const verifying = status === "verifying";
  const limited = status === "rate-limited" && retryIn !== null && retryIn > 0;
  const error =
    status === "wrong-password"
      ? messages.wrongPassword
      : status === "failed"
        ? messages.reauthFailed
        : status === "no-password"
          ? messages.reauthNoPassword
          : null;
  return (
    <Dialog open={open} onOpenChange={(next) => !next && onCancel?.()}>
      <DialogContent data-slot="reauth-dialog" data-state-detail={status}>
        <DialogTitle>{messages.reauthTitle}</DialogTitle>
        <DialogDescription>{formatMessage(messages.reauthDescription, { email })}</DialogDescription>
        {status === "verified-send-again" ? (
          <>
            <p role="status" className="text-sm">
              {messages.reauthVerifiedSendAgain}
            </p>
            <div className="flex justify-end">
              <Button type="button" onClick={onCancel}>
                {messages.dismiss}
              </Button>
            </div>
          </>
        ) : (
          <form
            className="grid gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              // React's events bubble through the portal: never to a form the dialog is rendered in.
              event.stopPropagation();
              const password = new FormData(event.currentTarget).get("password");
              if (typeof password === "string" && password !== "") onSubmit?.(password);
            }}
          >
            {/* The account's name, for password managers. */}
            <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
            <label htmlFor={passwordId} className="text-sm font-medium">
              {messages.password}
            </label>
            <input
              id={passwordId}
              name="password"
              type="password"
              required
              autoComplete="current-password"
              disabled={status === "no-password"}
              aria-invalid={status === "wrong-password" || undefined}
              aria-describedby={error || limited ? errorId : undefined}
              className="h-9 rounded-md border bg-background px-3 text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive"
            />
            {error && (
              <p id={errorId} role="alert" className="text-sm text-destructive">
                {error}
              </p>
            )}
            {limited && <RetryCountdown id={errorId} secondsLeft={retryIn} className="text-sm" />}
            <div className="flex justify-end gap-2">
              <Button type="button" variant="outline" onClick={onCancel}>
                {messages.cancel}
              </Button>
              {status === "no-password" && signInHref ? (
                <a href={signInHref} className={buttonVariants()}>
                  {messages.signInAgain}
                </a>
              ) : (
                <Button type="submit" disabled={verifying || limited} aria-busy={verifying || undefined}>
                  {verifying ? messages.verifying : messages.confirm}
                </Button>
              )}
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
