"use client";

import type * as React from "react";
import { createContext, useContext } from "react";
import { deferredAuthClient } from "./default-auth-client";

/**
 * What the components need of a better-auth React client: its session store, getSession, signOut and,
 * for the impersonation banner, the admin plugin's stopImpersonating. The app's own `createAuthClient()`
 * (its plugins, baseURL, basePath) is one; so is the kit's default `authClient`.
 */
export interface KitAuthClient {
  $store: {
    // biome-ignore lint: better-auth's atoms are typed per client; the kit reads the session ones.
    atoms: Record<string, any>;
    notify(signal: string): void;
  };
  // biome-ignore lint: better-fetch's result types are per client.
  getSession(input?: { fetchOptions?: KitFetchOptions }): Promise<{ data: any; error: { status?: number } | null }>;
  /** better-fetch bound to the client's base URL and path: the kit plugin's endpoints (extend, re-authenticate). */
  // biome-ignore lint: better-fetch's result types are per endpoint.
  $fetch(path: string, options?: KitFetchOptions & { method?: string; body?: unknown }): Promise<{ data: any; error: { status?: number; code?: string; message?: string } | null }>;
  signOut(input?: { fetchOptions?: KitFetchOptions }): Promise<{ error: unknown }>;
  admin?: { stopImpersonating(): Promise<{ error: unknown }> };
  /** The organization plugin's client (organizationClient()), for the account switcher. */
  organization?: { setActive(input: { organizationId: string | null }): Promise<{ error: unknown }> };
  /** The multiSession plugin's client (multiSessionClient()): several accounts signed in on one device. */
  multiSession?: {
    // biome-ignore lint: better-fetch's result types are per client.
    listDeviceSessions(): Promise<{ data: any; error: unknown }>;
    setActive(input: { sessionToken: string }): Promise<{ error: unknown }>;
    revoke(input: { sessionToken: string }): Promise<{ error: unknown }>;
  };
}

/** The better-fetch hooks the kit passes (to read an answer's Date and X-Retry-After headers). */
export interface KitFetchOptions {
  onResponse?: (context: { response: Response }) => void | Promise<void>;
  onError?: (context: { response: Response; error: unknown }) => void | Promise<void>;
}

const AuthClientContext = createContext<KitAuthClient>(deferredAuthClient);

/** The auth client the components talk to: the app's, given to AuthClientProvider or SessionProvider; else the kit's own `authClient`, loaded when first used. */
export function useKitAuthClient(): KitAuthClient {
  return useContext(AuthClientContext);
}

/**
 * Hands the app's own better-auth client to every kit component below it. Use it in a client module of
 * the app (a Server Component cannot pass a client object): `<AuthClientProvider client={authClient}>`.
 */
export function AuthClientProvider({ client, children }: { client: KitAuthClient; children: React.ReactNode }) {
  return <AuthClientContext.Provider value={client}>{children}</AuthClientContext.Provider>;
}
