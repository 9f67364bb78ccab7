"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { type Device, DeviceListView } from "session-kit";
import { endDeviceAction, signOutOtherDevicesAction } from "./device-actions";

/** The user's devices with working sign-out buttons; each action re-renders the page with the new list. */
export function Devices({ devices, now }: { devices: Device[]; now: Date }) {
  const router = useRouter();
  // Signed out meanwhile (another device signed this one out): reload, and the page sends us to sign in.
  const onError = ({ error }: { error: { serverError?: string } }) => {
    if (error.serverError === "Unauthorized") router.refresh();
  };
  const endDevice = useAction(endDeviceAction, { onError });
  const signOutOthers = useAction(signOutOtherDevicesAction, { onError });
  return (
    <DeviceListView
      devices={devices}
      now={now}
      onSignOutDevice={(sessionId) => {
        signOutOthers.reset();
        endDevice.execute({ sessionId });
      }}
      onSignOutOtherDevices={() => {
        endDevice.reset();
        signOutOthers.execute();
      }}
      status={endDevice.isPending || signOutOthers.isPending ? "pending" : endDevice.hasErrored || signOutOthers.hasErrored ? "failed" : "idle"}
      pendingDevice={signOutOthers.isPending ? "others" : endDevice.input?.sessionId}
    />
  );
}
