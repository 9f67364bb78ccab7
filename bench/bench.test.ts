import { describe, expect } from "vitest";
import { itOnPostgres } from "../test-utils/postgres-only";
import { measureSessionPath } from "./measure";

// The benchmark on a small count: it must run, and its statement counts (exact) must hold.
// Times are printed by `npm run bench`, never asserted.
describe("the session benchmark", () => {
  itOnPostgres("runs, with 1 statement per kit lookup, 2 for better-auth's, 1 for the floor and 0 in the proxy", "it compares lookups against a PostgreSQL round trip and counts statements on the wire", async () => {
    const { session, proxy } = await measureSessionPath(20);
    expect(session.kit.statements).toBe(1);
    expect(session.betterAuth.statements).toBe(2);
    expect(session.floor.statements).toBe(1);
    expect(proxy.statements).toBe(0);
    expect(proxy.decision).toBe("not-admin");
    for (const timing of [session.kit, session.betterAuth, session.floor]) {
      expect(timing.median_ms).toBeGreaterThan(0);
      expect(timing.p99_ms).toBeGreaterThanOrEqual(timing.median_ms);
    }
  });
});
