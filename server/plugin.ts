// The plugin entry (`session-kit/plugin`): the kit's better-auth plugin for an app's own auth config.
// No Next.js and no server-only imports, so the file that builds the app's betterAuth() can import it
// wherever it runs: the app, a migration script, better-auth's CLI. Names listed one by one.
export { sessionKit, type SessionKitPluginOptions } from "./session-kit-plugin";
