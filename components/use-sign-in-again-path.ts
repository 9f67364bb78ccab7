"use client";

import { usePathname } from "next/navigation";
import { signInPathFor } from "../lib/callback-url";

/**
 * The sign-in page with a way back to this very page (its path and query): the notices' "Sign in again".
 * The query is read from the location (they only show after hydration), so no Suspense boundary is needed.
 */
export function useSignInAgainPath(signInPath: string): string {
  const pathname = usePathname();
  const here = typeof window === "undefined" ? pathname : `${window.location.pathname}${window.location.search}`;
  return signInPathFor(signInPath, here);
}
