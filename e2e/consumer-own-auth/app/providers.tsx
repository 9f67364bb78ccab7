"use client";
import type { ReactNode } from "react";
import { AuthClientProvider } from "session-kit";
import { authClient } from "../lib/auth-client";

export function Providers({ children }: { children: ReactNode }) {
  return <AuthClientProvider client={authClient}>{children}</AuthClientProvider>;
}
