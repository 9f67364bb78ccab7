"use client";

import { clockOffsetFrom } from "../lib/session-expiry";

/**
 * The server's time as this page best knows it: the client's clock corrected by the offset read from the
 * last answer's `Date` header (the kit's session reads, its extend call, one `/ok` when nothing else has
 * answered yet). A client clock hours off still counts a session down to the server's second.
 */
let offset = 0;
let measured = false;
const listeners = new Set<() => void>();

/** Records an answer's `Date` header (received now). Returns whether it could be read. */
export function recordServerDate(response: Pick<Response, "headers"> | null | undefined, receivedAt = Date.now()): boolean {
  const measuredOffset = clockOffsetFrom(response?.headers.get("date"), receivedAt);
  if (measuredOffset === null) return false;
  const changed = !measured || Math.abs(measuredOffset - offset) > 250;
  offset = measuredOffset;
  measured = true;
  if (changed) for (const listener of listeners) listener();
  return true;
}

/** The server's now, in ms. */
export const serverNow = () => Date.now() + offset;

/** Whether any answer has told the server's time yet. */
export const isServerClockMeasured = () => measured;

/** Called when the measured offset changes. */
export function onServerClockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the measurement (tests and stories, between cases). */
export function resetServerClock(): void {
  offset = 0;
  measured = false;
}
