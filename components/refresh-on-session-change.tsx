"use client";

import { useRouter } from "next/navigation";
import { useContext, useEffect, useRef } from "react";
import type { SessionLike } from "../lib/session";
import { ProvidedSessionContext } from "./session-context";

/** Who is signed in, in which session and which account: what the server-rendered parts depend on. */
const identityOf = (data: SessionLike | null | undefined) =>
  data ? `${data.user.id} ${data.session.id} ${data.session.activeOrganizationId ?? ""}` : "";

/**
 * Re-renders the page's Server Components (router.refresh()) when the provided session changes to
 * another user, session or active organization: after a switch in this tab, or in another one (the
 * provider reads the session again when told). Rendered by the server SessionProvider; Next.js only.
 */
export function RefreshOnSessionChange() {
  const router = useRouter();
  const identity = identityOf(useContext(ProvidedSessionContext)?.data);
  const rendered = useRef(identity);
  useEffect(() => {
    if (identity === rendered.current) return;
    rendered.current = identity;
    router.refresh();
  }, [identity, router]);
  return null;
}
