"use client";

import type * as React from "react";
import { AuthClientProvider } from "session-kit";
import { authClient } from "../_lib/auth-client";

/** Hands the demo's own auth client to every kit component (a Server Component cannot pass it). */
export function DemoAuthClientProvider({ children }: { children: React.ReactNode }) {
  return <AuthClientProvider client={authClient}>{children}</AuthClientProvider>;
}
