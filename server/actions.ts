import "server-only"; // Client Components: import "session-kit" instead.

// The action-client entry (`session-kit/actions`): needs next-safe-action, an optional peer.
export { type ActionClientOptions, type ActionClients, createActionClients } from "./action-clients";
