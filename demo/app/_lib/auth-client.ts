"use client";

import { adminClient, multiSessionClient, organizationClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/** The demo's own better-auth client, with the plugins its server has; the kit's components use it too. */
export const authClient = createAuthClient({ plugins: [adminClient(), organizationClient(), multiSessionClient()] });
