"use client";

import type { KitAuthClient } from "./auth-client-context";

/**
 * The kit's own `authClient` (better-auth's React client with its plugins, about 15 KB gzip), standing in
 * for components that get no app client: loaded in its own chunk when first used, so an app that passes
 * its client to a SessionProvider or AuthClientProvider never downloads it. Until it is here the session
 * reads as pending; then every call and store goes to the one `authClient` the package exports.
 */
type RealClient = KitAuthClient;
let real: RealClient | null = null;
let loading: Promise<RealClient> | null = null;

function load(): Promise<RealClient> {
  loading ??= import("./auth-client").then((module) => {
    real = module.authClient as unknown as RealClient;
    return real;
  });
  return loading;
}

type Atom = { get(): unknown; listen(listener: () => void): () => void };
const PENDING_SESSION = { data: null, error: null, isPending: true, isRefetching: false, refetch: async () => {} };
const BEFORE_LOAD: Record<string, unknown> = { session: PENDING_SESSION, $sessionSignal: false };

/**
 * One of better-auth's atoms, read from the real client once it has loaded; listening loads it. `value`:
 * the atom holds a value read before the load (the session), so listeners hear once that it may have
 * changed; a signal atom only tells of events, and is not fired for the load.
 */
function deferredAtom(name: string, { value }: { value: boolean }): Atom {
  return {
    get() {
      if (real) return (real.$store.atoms[name] as Atom).get();
      // Start fetching the chunk as soon as a component reads the session in the browser.
      if (typeof window !== "undefined") void load();
      return BEFORE_LOAD[name];
    },
    listen(listener) {
      let stop: (() => void) | null = null;
      let stopped = false;
      void load().then((client) => {
        if (stopped) return;
        stop = (client.$store.atoms[name] as Atom).listen(listener);
        if (value) listener(); // what was read before the load (pending) is stale now
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}

const atoms = { session: deferredAtom("session", { value: true }), $sessionSignal: deferredAtom("$sessionSignal", { value: false }) };

const store: KitAuthClient["$store"] = {
  atoms,
  notify(signal) {
    if (real) real.$store.notify(signal);
    else void load().then((client) => client.$store.notify(signal));
  },
};

/**
 * `client.a.b(...)` for any path, as better-auth's own client answers any property (`multiSession`,
 * `admin`, `organization`, `getSession`, `$fetch`): the call waits for the load, then runs on the real one.
 */
function deferredPath(path: string[]): unknown {
  return new Proxy(() => {}, {
    get: (_, key) => (typeof key === "string" && key !== "then" ? deferredPath([...path, key]) : undefined),
    apply: async (_, __, args: unknown[]) => {
      let owner: unknown = await load();
      let target: unknown = owner;
      for (const key of path) {
        owner = target;
        target = (target as Record<string, unknown>)[key];
      }
      // Reflect.apply: better-auth's client is a proxy too, and would read `.apply` as an endpoint path.
      return Reflect.apply(target as (...input: unknown[]) => unknown, owner, args);
    },
  });
}

export const deferredAuthClient = new Proxy({} as KitAuthClient, {
  get: (_, key) => (key === "$store" ? store : typeof key === "string" && key !== "then" ? deferredPath([key]) : undefined),
});
