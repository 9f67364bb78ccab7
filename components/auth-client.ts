"use client";

import { adminClient, organizationClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/**
 * better-auth's React client with the admin and organization plugins, talking to `/api/auth` on the
 * page's own origin. Apps use it directly: `authClient.useSession()`, `authClient.signOut()`.
 */
export const authClient = /* @__PURE__ */ createAuthClient({
  plugins: [adminClient(), organizationClient()],
  // Look fetch up at call time, so mocks installed after import (MSW in tests) are seen.
  fetchOptions: { customFetchImpl: (input, init) => globalThis.fetch(input, init) },
});

export type AuthClient = typeof authClient;
/** `{ user, session }` as `/api/auth/get-session` returns it, with the admin and organization fields. */
export type SessionData = typeof authClient.$Infer.Session;
