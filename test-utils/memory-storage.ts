import type { SecondaryStorage } from "better-auth";

type Operation = "get" | "set" | "delete";

/**
 * better-auth's secondary storage in memory, as Redis keeps it (values with a time to live), with a
 * switch that makes chosen operations fail as a store that does not answer would.
 */
export function memoryStorage() {
  const values = new Map<string, { value: string; expiresAt: number }>();
  const failing = new Set<Operation>();
  const fail = (operation: Operation) => {
    if (failing.has(operation)) throw new Error(`memory storage: ${operation} failed (store down)`);
  };
  const read = (key: string) => {
    const entry = values.get(key);
    if (entry && entry.expiresAt <= Date.now()) values.delete(key);
    return values.get(key)?.value ?? null;
  };
  const storage: SecondaryStorage = {
    async get(key) {
      fail("get");
      return read(key);
    },
    async set(key, value, ttl) {
      fail("set");
      values.set(key, { value, expiresAt: ttl ? Date.now() + ttl * 1000 : Number.POSITIVE_INFINITY });
    },
    async delete(key) {
      fail("delete");
      values.delete(key);
    },
    async getAndDelete(key) {
      fail("get");
      fail("delete");
      const value = read(key);
      values.delete(key);
      return value;
    },
    async increment(key, ttl) {
      fail("set");
      const next = Number(read(key) ?? 0) + 1;
      values.set(key, { value: String(next), expiresAt: values.get(key)?.expiresAt ?? Date.now() + ttl * 1000 });
      return next;
    },
  };
  return {
    storage,
    keys: () => [...values.keys()].filter((key) => read(key) !== null),
    /** Makes these operations fail until `recover()`. */
    down: (...operations: Operation[]) => operations.forEach((operation) => failing.add(operation)),
    recover: () => failing.clear(),
  };
}
