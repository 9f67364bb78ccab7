"use client";

import type * as React from "react";
import { useId } from "react";
import type { ActionStatus } from "../lib/action-status";
import { cn } from "../lib/cn";
import { describeUserAgent } from "../lib/device-label";
import { formatRelativeTime } from "../lib/relative-time";
import { formatMessage, type KitMessages } from "./messages";
import { useKitLocale, useKitMessages } from "./session-context";
import { Button } from "./ui/button";

/** One signed-in device, as plain data (what the server's listDevices() gives, never a token). */
export interface Device {
  id: string;
  userAgent: string | null;
  /** When the device was last seen (the session's `updatedAt`). */
  lastSeenAt: Date | string;
  isCurrent: boolean;
}

export interface DeviceListViewProps extends React.ComponentProps<"div"> {
  devices: Device[];
  /** The moment "last seen" is measured from: the server's render time in an app, a fixed date in stories. */
  now: Date | string;
  onSignOutDevice?: (deviceId: string) => void;
  onSignOutOtherDevices?: () => void;
  /** Where the last sign-out stands; "failed": the device is still signed in. */
  status?: ActionStatus;
  /** While `status` is "pending": the device being signed out, or "others" for every other device. */
  pendingDevice?: string | "others";
}

/** "Chrome on Linux", "Firefox", "Android", or "Unknown device", in the kit's language. */
function deviceName(userAgent: string | null, messages: KitMessages): string {
  const { browser, os } = describeUserAgent(userAgent);
  if (browser && os) return formatMessage(messages.browserOnSystem, { browser, os });
  return browser ?? os ?? messages.unknownDevice;
}

/**
 * The user's signed-in devices from plain data: each named by its browser and system with when it was
 * last seen, "This device" on the current one, "Sign out of this device" on the others and "Sign out
 * everywhere else" while there are others. Every sign-out button is disabled while one is under way.
 */
export function DeviceListView({
  devices,
  now,
  onSignOutDevice,
  onSignOutOtherDevices,
  status = "idle",
  pendingDevice,
  className,
  ...props
}: DeviceListViewProps) {
  const messages = useKitMessages();
  const pending = status === "pending";
  const signingOutOthers = pending && pendingDevice === "others";
  const hasOtherDevices = devices.some((device) => !device.isCurrent);
  return (
    <div
      data-slot="device-list"
      data-state={status}
      className={cn("grid gap-3", className)}
      {...props}
    >
      <ul aria-label={messages.devices} className="grid divide-y rounded-md border">
        {devices.map((device) => (
          <DeviceRow
            key={device.id}
            device={device}
            now={now}
            onSignOut={() => onSignOutDevice?.(device.id)}
            isSigningOut={pending && pendingDevice === device.id}
            disabled={pending}
          />
        ))}
      </ul>
      {status === "failed" && (
        <p role="alert" className="text-start text-sm text-destructive">
          {messages.signOutDeviceFailed}
        </p>
      )}
      {hasOtherDevices && (
        <Button
          type="button"
          variant="outline"
          className="justify-self-start"
          disabled={pending}
          aria-busy={signingOutOthers || undefined}
          onClick={onSignOutOtherDevices}
        >
          {signingOutOthers ? messages.signingOut : messages.signOutOtherDevices}
        </Button>
      )}
    </div>
  );
}

function DeviceRow({ device, now, onSignOut, isSigningOut, disabled }: {
  device: Device;
  now: Date | string;
  onSignOut: () => void;
  isSigningOut: boolean;
  disabled: boolean;
}) {
  const messages = useKitMessages();
  const locale = useKitLocale();
  const descriptionId = useId();
  // The current device is the one asking for this list: it is being seen now.
  const lastSeenAt = device.isCurrent ? now : device.lastSeenAt;
  return (
    <li data-slot="device" data-current={device.isCurrent || undefined} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
      <div id={descriptionId} className="grid min-w-0 gap-0.5 text-start">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          <span title={device.userAgent ?? undefined}>{deviceName(device.userAgent, messages)}</span>
          {device.isCurrent && (
            <span data-slot="this-device-badge" className="rounded-full bg-primary px-2 py-0.5 text-xs text-primary-foreground">
              {messages.thisDevice}
            </span>
          )}
        </p>
        <p className="text-sm text-muted-foreground">
          <time dateTime={new Date(lastSeenAt).toISOString()}>
            {formatMessage(messages.lastSeen, { time: formatRelativeTime(lastSeenAt, now, locale) })}
          </time>
        </p>
      </div>
      {!device.isCurrent && (
        <Button
          type="button"
          variant="outline"
          size="sm"
          className="ms-auto"
          aria-describedby={descriptionId}
          disabled={disabled}
          aria-busy={isSigningOut || undefined}
          onClick={onSignOut}
        >
          {isSigningOut ? messages.signingOut : messages.signOutDevice}
        </Button>
      )}
    </li>
  );
}
