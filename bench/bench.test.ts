import { describe, expect } from "vitest";
import { itOnPostgres } from "../test-utils/postgres-only";
import { measureSessionPath } from "./measure";
import { measureFirstPaint } from "./first-paint";
import { startDemoApp } from "../e2e/demo-app";
import { signInOverHttp } from "../e2e/security/http-session";

// The benchmark on a small count: it must run, and its statement counts (exact) must hold.
// Times are printed by `npm run bench`, never asserted.
describe("the session benchmark", () => {
  itOnPostgres("runs, with 1 statement per kit lookup, 2 for better-auth's, 1 for the floor and 0 in the proxy", "it compares lookups against a PostgreSQL round trip and counts statements on the wire", async () => {
    const { session, proxy, concurrent } = await measureSessionPath(20);
    expect(session.kit.statements).toBe(1);
    expect(session.betterAuth.statements).toBe(2);
    expect(session.floor.statements).toBe(1);
    expect(proxy.statements).toBe(0);
    expect(proxy.decision).toBe("next"); // Ada, signed in, to /home
    expect(concurrent.concurrency).toBe(50);
    for (const timing of [proxy, proxy.firstSight, proxy.publicPath, concurrent.kit, concurrent.floor]) {
      expect(timing.p99_ms).toBeGreaterThanOrEqual(timing.median_ms);
    }
    for (const timing of [session.kit, session.betterAuth, session.floor]) {
      expect(timing.median_ms).toBeGreaterThan(0);
      expect(timing.p99_ms).toBeGreaterThanOrEqual(timing.median_ms);
    }
  });

  itOnPostgres("measures first paint on both demo builds: no session request after load, the same statements per request", "it counts statements on the wire between each demo and PostgreSQL", async () => {
    const [dynamic, cacheComponents] = [await startDemoApp(), await startDemoApp({ DEMO_CACHE_COMPONENTS: "1" })];
    try {
      const firstPaint = await measureFirstPaint(
        {
          dynamic: { app: dynamic, cookie: (await signInOverHttp(dynamic, "ada@example.com")).cookie },
          cacheComponents: { app: cacheComponents, cookie: (await signInOverHttp(cacheComponents, "ada@example.com")).cookie },
        },
        { count: 3 },
      );
      for (const build of [firstPaint.dynamic, firstPaint.cacheComponents]) {
        expect(build.sessionRequestsAfterLoad).toBe(0);
        // One session lookup, and Ada's organizations (memberships, then their organizations).
        expect(build.statementsPerRequest).toBe(3);
        expect(build.name_ms).toBeGreaterThanOrEqual(build.firstByte_ms);
      }
    } finally {
      await Promise.all([dynamic.stop(), cacheComponents.stop()]);
    }
  }, 120_000);
});
