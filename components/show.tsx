"use client";

import type * as React from "react";
import { Suspense } from "react";
import { type ShowCondition, showMatches } from "../lib/show-condition";
import { useSessionState } from "./use-session-state";

export interface ShowProps {
  /** "signed-in", "signed-out", `{ role: "admin" }` (or several roles), or a test of the session. */
  when: ShowCondition;
  children: React.ReactNode;
  /** Shown when the condition does not hold (denied). Default nothing. */
  fallback?: React.ReactNode;
  /** Shown while the session is not known yet (never under a SessionProvider given the session). */
  loading?: React.ReactNode;
  /** Shown when the session could not be read (not the same as signed out). */
  error?: React.ReactNode;
}

/** Show itself, reading the session (it may suspend: see below). */
function ShowForSession({ when, children, fallback = null, loading = null, error = null }: ShowProps) {
  const state = useSessionState();
  if (state.status === "pending") return loading;
  if (state.status === "error") return error;
  const session = state.status === "signed-in" ? { user: state.user, session: state.session } : null;
  return showMatches(when, session) ? children : fallback;
}

/**
 * A gate with real states: children when `when` holds, `fallback` when it does not, `loading` while the
 * session loads, `error` when it cannot be read. Its server twin (createSessionComponents) takes the same
 * props. A UI gate only: protect the data itself on the server (requireAdmin, the action clients).
 * Behind its own Suspense boundary: under a SessionProvider given the session as a promise, `loading` shows until it streams in.
 */
export function Show(props: ShowProps) {
  return (
    <Suspense fallback={props.loading ?? null}>
      <ShowForSession {...props} />
    </Suspense>
  );
}
