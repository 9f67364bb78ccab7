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
  const provided = useContext(ProvidedSessionContext);
  const pending = provided?.pending ?? null;
  const streaming = Boolean(pending) && !provided?.arrived;
  const identity = identityOf(provided?.data);
  // A session streamed in is the one the page was rendered for: its arrival is no change, and what the
  // first read after it compares with.
  const rendered = useRef<string | null>(streaming ? null : identity);
  useEffect(() => {
    if (!pending) return;
    void pending.then((settled) => {
      rendered.current ??= identityOf("data" in settled ? settled.data : null);
    });
  }, [pending]);
  useEffect(() => {
    if (streaming) return;
    if (rendered.current === null) {
      rendered.current = identity;
      return;
    }
    if (identity === rendered.current) return;
    rendered.current = identity;
    router.refresh();
  }, [identity, router, streaming]);
  return null;
}
