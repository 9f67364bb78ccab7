"use client";

import type * as React from "react";
import { useId } from "react";
import { cn } from "../lib/cn";
import { authClient } from "./auth-client";
import { formatMessage } from "./messages";
import { useKitMessages } from "./session-context";
import { Button } from "./ui/button";
import { useAuthStep } from "./use-auth-step";
import { useSessionState } from "./use-session-state";

export interface ImpersonationBannerViewProps extends React.ComponentProps<"section"> {
  /** The impersonated user's name. */
  name: string;
  onStop?: () => void;
  isStopping?: boolean;
  failed?: boolean;
}

/**
 * A bar saying whom the admin is acting as, with "Stop impersonating": a landmark named by its message.
 * Inverted colours so it stands out in either theme; logical spacing so it mirrors under dir="rtl".
 */
export function ImpersonationBannerView({ name, onStop, isStopping = false, failed = false, className, ...props }: ImpersonationBannerViewProps) {
  const messages = useKitMessages();
  const messageId = useId();
  return (
    <section
      aria-labelledby={messageId}
      data-slot="impersonation-banner"
      data-state={isStopping ? "stopping" : failed ? "failed" : "idle"}
      className={cn("flex flex-wrap items-center gap-x-4 gap-y-2 bg-foreground px-4 py-2 text-sm text-background", className)}
      {...props}
    >
      <p id={messageId} className="text-start font-medium">
        {formatMessage(messages.impersonating, { name })}
      </p>
      {failed && (
        <p role="alert" className="rounded-sm bg-destructive px-2 py-0.5 text-start text-destructive-foreground">
          {messages.stopImpersonatingFailed}
        </p>
      )}
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="ms-auto text-foreground"
        disabled={isStopping}
        aria-busy={isStopping || undefined}
        onClick={onStop}
      >
        {isStopping ? messages.stoppingImpersonation : messages.stopImpersonating}
      </Button>
    </section>
  );
}

export interface ImpersonationBannerProps extends Omit<ImpersonationBannerViewProps, "name" | "onStop" | "isStopping" | "failed"> {
  /** Where to go once back in the admin's own session (same-origin paths only). Default "/admin". */
  redirectTo?: string;
  /** Called instead of navigating, once impersonation has stopped. */
  onStopped?: () => void;
}

const stopImpersonatingCall = () => authClient.admin.stopImpersonating();

/**
 * Shown while an admin is impersonating someone (`session.impersonatedBy` is set), nothing otherwise.
 * "Stop impersonating" ends the impersonated session and restores the admin's, then loads `redirectTo`
 * as a full page so nothing rendered for the impersonated user survives in the router's cache.
 */
export function ImpersonationBanner({ redirectTo = "/admin", onStopped, ...props }: ImpersonationBannerProps) {
  const state = useSessionState();
  const { run: stop, status } = useAuthStep(stopImpersonatingCall, { redirectTo, onDone: onStopped });

  if (state.status !== "signed-in" || !state.session.impersonatedBy) return null;
  return (
    <ImpersonationBannerView
      name={state.user.name}
      onStop={() => void stop()}
      isStopping={status === "working"}
      failed={status === "failed"}
      {...props}
    />
  );
}
