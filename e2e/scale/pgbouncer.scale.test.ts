import { afterAll, beforeAll, expect, it } from "vitest";
import { startDemoApp, type DemoApp } from "../demo-app";
import { signInOverHttp } from "../security/http-session";
import { startPgBouncer, type PgBouncer } from "../../test-utils/pgbouncer";
import { describeScale, scaleCounts } from "./scale-counts";

// Issue 22: the demo with its DATABASE_URL pointed at PgBouncer in transaction mode (Debian's 1.18, no
// named prepared statements there), 4 server connections for the whole app.
describeScale("the demo through PgBouncer in transaction mode", () => {
  let bouncer: PgBouncer;
  let app: DemoApp;
  const counts = scaleCounts(import.meta.filename, 1);
  beforeAll(async () => {
    bouncer = await startPgBouncer(process.env.DATABASE_URL!, { poolSize: 4 });
    app = await startDemoApp({}, { countStatements: false, through: (url) => bouncer.urlFor(url) });
  }, 120_000);
  afterAll(async () => {
    counts.save();
    await app?.stop();
    await bouncer?.stop();
  });

  it("answers 50 concurrent signed-in requests, each with the right user, and signs out for good", async () => {
    const ada = await signInOverHttp(app, "ada@example.com");
    const grace = await signInOverHttp(app, "grace@example.com");
    const responses = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const who = i % 2 === 0 ? ada : grace;
        const response = await fetch(`${app.url}/api/me`, { headers: { cookie: who.cookie } });
        return { status: response.status, email: response.status === 200 ? ((await response.json()) as { user: { email: string } }).user.email : await response.text(), expected: who.email };
      }),
    );
    counts.requests += responses.length + 21;
    counts.errors += responses.filter((response) => response.status >= 500).length;
    counts.stale += responses.filter((response) => response.status === 200 && response.email !== response.expected).length;
    expect(responses.filter((response) => response.status !== 200 || response.email !== response.expected)).toEqual([]);
    const signOut = await fetch(`${app.url}/api/auth/sign-out`, { method: "POST", headers: { cookie: ada.cookie, origin: app.url, "content-type": "application/json" }, body: "{}" });
    expect(signOut.status).toBe(200);
    const after = await Promise.all(Array.from({ length: 20 }, () => fetch(`${app.url}/api/me`, { headers: { cookie: ada.cookie } }).then((response) => response.status)));
    counts.stale += after.filter((status) => status === 200).length;
    expect(after).toEqual(Array.from({ length: 20 }, () => 401));
  }, 120_000);
});
