import { authClient as kitAuthClient } from "../components/auth-client";

type SessionAtomValue = { refetch: (...args: never[]) => Promise<void> } & Record<string, unknown>;
interface StoreOwner {
  $store: { atoms: Record<string, unknown> };
}

/**
 * better-auth's client keeps the session in a store that outlives a component (and a story): put it back
 * to "loading" and fetch again, so the next story or test sees only its own mocked state.
 */
export function resetSessionStore(client: StoreOwner = kitAuthClient): Promise<void> {
  const atom = client.$store.atoms.session as {
    get(): SessionAtomValue;
    set(value: SessionAtomValue): void;
  };
  const { refetch } = atom.get();
  atom.set({ data: null, error: null, isPending: true, isRefetching: false, refetch });
  // Not awaited by callers that mock a never-answering endpoint; the loading state is the point there.
  return refetch();
}
