"use client";

import { useCallback, useEffect, useState } from "react";
import type { ActionStatus } from "../lib/action-status";
import { safeCallbackPath } from "../lib/callback-url";
import type { SessionUser } from "../lib/session";
import { useKitAuthClient } from "./auth-client-context";
import { useKitMultiSession } from "./session-context";

/** Another account signed in on this device (better-auth's multiSession plugin). */
export interface DeviceAccount {
  sessionToken: string;
  user: SessionUser & { id: string };
}

type ListedSession = { session: { token: string }; user: DeviceAccount["user"] };

/**
 * The accounts signed in on this device, through the app client's multiSession plugin: the others to
 * switch to, and sign-out of this account only or of all. `others` is undefined without the plugin (the
 * SessionProvider's `multiSession`; the menu then shows none of it). A switch or a sign-out changes
 * whose session this is, so each ends in a full page load: nothing rendered for the previous account
 * survives in the router's cache.
 */
export function useDeviceAccounts({ userId, redirectTo, onSignedOut }: {
  userId: string | undefined;
  /** Where signing out of the last account lands. */
  redirectTo: string;
  /** Called instead of navigating, once signed out. */
  onSignedOut?: () => void;
}) {
  const client = useKitAuthClient();
  // better-auth's client answers any property (it is a proxy, with a new object on every read): the
  // provider says whether the plugin is there, and each call reads `client.multiSession` afresh.
  const enabled = useKitMultiSession();
  const [accounts, setAccounts] = useState<DeviceAccount[]>([]);
  const [switchStatus, setSwitchStatus] = useState<ActionStatus>("idle");
  const [pendingSessionToken, setPendingSessionToken] = useState<string>();
  const [signOutStatus, setSignOutStatus] = useState<ActionStatus>("idle");

  useEffect(() => {
    if (!enabled || !userId || !client.multiSession) return;
    let current = true;
    client.multiSession
      .listDeviceSessions()
      .then(({ data, error }) => {
        if (!current || error || !Array.isArray(data)) return;
        setAccounts((data as ListedSession[]).map(({ session, user }) => ({ sessionToken: session.token, user })));
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [client, enabled, userId]);

  const switchTo = useCallback(
    async (sessionToken: string) => {
      const multiSession = enabled ? client.multiSession : undefined;
      if (!multiSession) return;
      setPendingSessionToken(sessionToken);
      setSwitchStatus("pending");
      try {
        if ((await multiSession.setActive({ sessionToken })).error) throw new Error("switch refused");
      } catch {
        setSwitchStatus("failed");
        return;
      }
      window.location.reload();
    },
    [client, enabled],
  );

  /** Runs one sign-out call; on success loads `to`, on failure the accounts stay as they were. */
  const signOutWith = useCallback(async (call: () => Promise<{ error: unknown }>, to: string) => {
    setSignOutStatus("pending");
    try {
      if ((await call()).error) throw new Error("sign-out refused");
    } catch {
      setSignOutStatus("failed");
      return;
    }
    if (onSignedOut) {
      setSignOutStatus("idle");
      onSignedOut();
    } else {
      window.location.assign(safeCallbackPath(to));
    }
  }, [onSignedOut]);

  const others = accounts.filter((account) => account.user.id !== userId);
  const signOutAccount = useCallback(() => {
    const multiSession = enabled ? client.multiSession : undefined;
    const token = accounts.find((account) => account.user.id === userId)?.sessionToken;
    if (!multiSession || !token) return signOutWith(() => client.signOut(), redirectTo);
    // better-auth makes another account on this device active, if there is one: stay on this page for it.
    const here = window.location.pathname + window.location.search;
    return signOutWith(() => multiSession.revoke({ sessionToken: token }), others.length > 0 ? here : redirectTo);
  }, [accounts, client, enabled, others.length, redirectTo, signOutWith, userId]);
  // better-auth's sign-out, with the plugin, ends every session on this device.
  const signOutAll = useCallback(() => signOutWith(() => client.signOut(), redirectTo), [client, redirectTo, signOutWith]);

  return {
    others: enabled ? others : undefined,
    switchTo,
    switchStatus,
    pendingSessionToken,
    signOutAccount,
    signOutAll,
    signOutStatus,
  };
}
