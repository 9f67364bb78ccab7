"use client";

import { authClient } from "./auth-client";

/**
 * Tabs agree on who is signed in. better-auth's client flips its `$sessionSignal` after every sign-in,
 * sign-out and update made through it; this module tells the other tabs of the same origin over a
 * BroadcastChannel, and each of them reads the session again (no focus needed). better-auth's own
 * broadcast covers sign-out and updates only, and only where its session store is in use.
 */
const CHANNEL_NAME = "session-kit.session";

type Listener = () => void;
/** better-auth's client flips this atom after each sign-in, sign-out and update made through it. */
export const sessionSignal = () => authClient.$store.atoms.$sessionSignal!;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;
let applyingRemoteChange = false;

function openChannel(): BroadcastChannel | null {
  if (channel || typeof window === "undefined" || typeof BroadcastChannel === "undefined") return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = () => {
    for (const listener of listeners) listener();
  };
  // This tab's sign-ins, sign-outs and updates, told to the others (never an echo of theirs).
  sessionSignal().listen(() => {
    if (!applyingRemoteChange) channel?.postMessage({ type: "session-changed" });
  });
  return channel;
}

/** Tells the other tabs that the session changed (the kit calls it; apps may after their own changes). */
export function announceSessionChange(): void {
  openChannel()?.postMessage({ type: "session-changed" });
}

/** Calls `listener` whenever another tab signs in, signs out or updates the session. */
export function onSessionChangeInOtherTab(listener: Listener): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-reads the session in better-auth's store, without announcing it back to the other tabs. */
function refetchSessionStore(): void {
  applyingRemoteChange = true;
  try {
    authClient.$store.notify("$sessionSignal");
  } finally {
    applyingRemoteChange = false;
  }
}

let storeFollowers = 0;
let stopFollowing: (() => void) | null = null;
/**
 * While any component reads the session from better-auth's store (no SessionProvider session), other
 * tabs' changes make the store read it again: once per change, however many components there are.
 */
export function followOtherTabsInStore(): () => void {
  if (storeFollowers++ === 0) stopFollowing = onSessionChangeInOtherTab(refetchSessionStore);
  return () => {
    if (--storeFollowers === 0) {
      stopFollowing?.();
      stopFollowing = null;
    }
  };
}
