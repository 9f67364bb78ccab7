"use client";

import { Show } from "session-kit";

/** The client `<Show>` with a predicate: decided in the server HTML too, under the root SessionProvider. */
export function WorkspaceBadge() {
  return (
    <Show
      when={(session) => Boolean(session?.session.activeOrganizationId)}
      fallback={<span data-slot="workspace-badge" className="rounded-full border px-2 py-0.5 text-xs">Personal account</span>}
    >
      <span data-slot="workspace-badge" className="rounded-full border border-primary px-2 py-0.5 text-xs">
        Organization workspace
      </span>
    </Show>
  );
}
