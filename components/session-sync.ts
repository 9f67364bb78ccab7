"use client";

import type { KitAuthClient } from "./auth-client-context";

/**
 * Tabs agree on who is signed in. better-auth's client flips its `$sessionSignal` after every sign-in,
 * sign-out and update made through it; this module tells the other tabs of the same origin over a
 * BroadcastChannel, and each of them reads the session again (no focus needed). better-auth's own
 * broadcast covers sign-out and updates only, and only where its session store is in use.
 */
const CHANNEL_NAME = "session-kit.session";

type Listener = () => void;
/** better-auth's client flips this atom after each sign-in, sign-out and update made through it. */
export const sessionSignal = (client: KitAuthClient) =>
  client.$store.atoms.$sessionSignal as { listen(listener: () => void): () => void };
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;
let applyingRemoteChange = false;
const announcedClients = new WeakSet<KitAuthClient>();

function openChannel(client?: KitAuthClient): BroadcastChannel | null {
  if (typeof window === "undefined" || typeof BroadcastChannel === "undefined") return null;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = () => {
      for (const listener of listeners) listener();
    };
  }
  // This tab's sign-ins, sign-outs and updates through `client`, told to the others (never an echo).
  if (client && !announcedClients.has(client)) {
    announcedClients.add(client);
    sessionSignal(client).listen(() => {
      if (!applyingRemoteChange) channel?.postMessage({ type: "session-changed" });
    });
  }
  return channel;
}

/** Tells the other tabs that the session changed (the kit calls it; apps may after their own changes). */
export function announceSessionChange(): void {
  openChannel()?.postMessage({ type: "session-changed" });
}

/** Calls `listener` whenever another tab signs in, signs out or updates the session (through `client`, in this tab, they are announced). */
export function onSessionChangeInOtherTab(client: KitAuthClient, listener: Listener): () => void {
  openChannel(client);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-reads the session in the client's store, without announcing it back to the other tabs. */
function refetchSessionStore(client: KitAuthClient): void {
  applyingRemoteChange = true;
  try {
    client.$store.notify("$sessionSignal");
  } finally {
    applyingRemoteChange = false;
  }
}

const followers = new Map<KitAuthClient, { count: number; stop: () => void }>();
/**
 * While any component reads the session from a client's store (no SessionProvider session), other
 * tabs' changes make that store read it again: once per change, however many components there are.
 */
export function followOtherTabsInStore(client: KitAuthClient): () => void {
  const following = followers.get(client) ?? { count: 0, stop: () => {} };
  if (following.count++ === 0) following.stop = onSessionChangeInOtherTab(client, () => refetchSessionStore(client));
  followers.set(client, following);
  return () => {
    if (--following.count === 0) {
      following.stop();
      followers.delete(client);
    }
  };
}
