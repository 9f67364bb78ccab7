"use client";

import type * as React from "react";
import { Suspense, useId } from "react";
import type { ActionStatus } from "../lib/action-status";
import { cn } from "../lib/cn";
import { DEFAULT_PATHS } from "../lib/paths";
import { useCallback } from "react";
import { useKitAuthClient } from "./auth-client-context";
import { formatMessage } from "./messages";
import { useKitMessages } from "./session-context";
import { Button } from "./ui/button";
import { useAuthStep } from "./use-auth-step";
import { useSessionState } from "./use-session-state";

export interface ImpersonationBannerViewProps extends React.ComponentProps<"section"> {
  /** The impersonated user's name. */
  name: string;
  onStop?: () => void;
  /** Where "Stop impersonating" stands. */
  status?: ActionStatus;
}

/**
 * A bar saying whom the admin is acting as, with "Stop impersonating": a landmark named by its message.
 * Inverted colours so it stands out in either theme; logical spacing so it mirrors under dir="rtl".
 */
export function ImpersonationBannerView({ name, onStop, status = "idle", className, ...props }: ImpersonationBannerViewProps) {
  const messages = useKitMessages();
  const pending = status === "pending";
  const messageId = useId();
  return (
    <section
      aria-labelledby={messageId}
      data-slot="impersonation-banner"
      data-state={status}
      className={cn("flex flex-wrap items-center gap-x-4 gap-y-2 bg-foreground px-4 py-2 text-sm text-background", className)}
      {...props}
    >
      <p id={messageId} className="text-start font-medium">
        {formatMessage(messages.impersonating, { name })}
      </p>
      {status === "failed" && (
        <p role="alert" className="rounded-sm bg-destructive px-2 py-0.5 text-start text-destructive-foreground">
          {messages.stopImpersonatingFailed}
        </p>
      )}
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="ms-auto text-foreground"
        disabled={pending}
        aria-busy={pending || undefined}
        onClick={onStop}
      >
        {pending ? messages.stoppingImpersonation : messages.stopImpersonating}
      </Button>
    </section>
  );
}

export interface ImpersonationBannerProps extends Omit<ImpersonationBannerViewProps, "name" | "onStop" | "status"> {
  /** Where to go once back in the admin's own session (same-origin paths only). Default DEFAULT_PATHS.admin. */
  redirectTo?: string;
  /** Called instead of navigating, once impersonation has stopped. */
  onStopped?: () => void;
}

/** ImpersonationBanner itself, reading the session (it may suspend: see below). */
function ImpersonationBannerForSession({ redirectTo = DEFAULT_PATHS.admin, onStopped, ...props }: ImpersonationBannerProps) {
  const state = useSessionState();
  const client = useKitAuthClient();
  // Without better-auth's admin plugin no session is an impersonation, so the banner never shows.
  const stopImpersonatingCall = useCallback(async () => (client.admin ? client.admin.stopImpersonating() : { error: new Error("no admin plugin") }), [client]);
  const { run: stop, status } = useAuthStep(stopImpersonatingCall, { redirectTo, onDone: onStopped });

  if (state.status !== "signed-in" || !state.session.impersonatedBy) return null;
  return (
    <ImpersonationBannerView
      name={state.user.name}
      onStop={() => void stop()}
      status={status}
      {...props}
    />
  );
}

/**
 * Shown while an admin is impersonating someone (`session.impersonatedBy` is set), nothing otherwise.
 * "Stop impersonating" ends the impersonated session and restores the admin's, then loads `redirectTo`
 * as a full page so nothing rendered for the impersonated user survives in the router's cache.
 * Behind its own Suspense boundary: under a SessionProvider given the session as a promise, nothing shows until it streams in.
 */
export function ImpersonationBanner(props: ImpersonationBannerProps) {
  return (
    <Suspense fallback={null}>
      <ImpersonationBannerForSession {...props} />
    </Suspense>
  );
}
