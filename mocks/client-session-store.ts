import { authClient as kitAuthClient } from "../components/auth-client";

type SessionAtomValue = { isPending: boolean; refetch: (...args: never[]) => Promise<void> } & Record<string, unknown>;
interface SessionAtom {
  get(): SessionAtomValue;
  set(value: SessionAtomValue): void;
  subscribe(listener: (value: SessionAtomValue) => void): () => void;
}
interface StoreOwner {
  $store: { atoms: Record<string, unknown> };
}

const sessionAtom = (client: StoreOwner) => client.$store.atoms.session as SessionAtom;

/**
 * better-auth's client keeps the session in a store that outlives a component (and a story): put it back
 * to "loading" and fetch again, so the next story or test sees only its own mocked state.
 */
export function resetSessionStore(client: StoreOwner = kitAuthClient): Promise<void> {
  const atom = sessionAtom(client);
  const { refetch } = atom.get();
  atom.set({ data: null, error: null, isPending: true, isRefetching: false, refetch });
  // Callers mocking a never-answering endpoint do not await this; the loading state is the point there.
  return refetch();
}

/** Resolves once the client has an answer (a session, none, or an error) to its session request. */
export function waitForSessionSettled(client: StoreOwner = kitAuthClient): Promise<void> {
  return new Promise((resolve) => {
    let unsubscribe: (() => void) | undefined;
    unsubscribe = sessionAtom(client).subscribe((value) => {
      if (value.isPending || value.isRefetching) return;
      // subscribe() calls back synchronously the first time, before unsubscribe is assigned.
      queueMicrotask(() => unsubscribe?.());
      resolve();
    });
  });
}
