import type { AuthContext, BetterAuthOptions } from "better-auth";

/**
 * What the kit needs of an app's better-auth instance, whatever its adapter and plugins: its options
 * (tables, cookies, plugins), its context and the core endpoints. `createAuth()`'s instance is one.
 */
export interface AppAuth {
  options: BetterAuthOptions;
  /** better-auth's context, typed by the app's own options; read through authContext(). */
  $context: Promise<unknown>;
  api: {
    // biome-ignore lint: better-auth's endpoints are overloaded generics; the kit calls them plainly.
    getSession: (input: any) => Promise<any>;
    // biome-ignore lint: as above
    signOut: (input: any) => Promise<any>;
    // biome-ignore lint: as above
    revokeSessions: (input: any) => Promise<any>;
  };
  $Infer?: unknown;
}

/** Whether the app's better-auth has the plugin with this id ("admin", "organization", …). */
export function hasPlugin(auth: Pick<AppAuth, "options">, id: string): boolean {
  return (auth.options.plugins ?? []).some((plugin) => plugin.id === id);
}

/** better-auth's context of the app's instance (cookies, session settings, adapters). */
export function authContext(auth: Pick<AppAuth, "$context">): Promise<AuthContext> {
  return auth.$context as Promise<AuthContext>;
}
