import { afterAll, beforeAll, expect, it } from "vitest";
import { startDemoApp, type DemoApp } from "../demo-app";
import { type HttpSession, signInOverHttp, signOutOverHttp } from "../security/http-session";
import { visibleMarkup } from "../../bench/page-cost";
import { startPgBouncer, type PgBouncer } from "../../test-utils/pgbouncer";
import { describeScale, scaleCounts } from "./scale-counts";

// Issue 22: the demo with its DATABASE_URL pointed at PgBouncer in transaction mode (Debian's 1.18, no
// named prepared statements there), 4 server connections for the whole app.
describeScale("the demo through PgBouncer in transaction mode", () => {
  let bouncer: PgBouncer;
  let app: DemoApp;
  /** The same database, straight: what every answer through the pooler is compared with. */
  let direct: DemoApp;
  const counts = scaleCounts(import.meta.filename, 2);
  beforeAll(async () => {
    bouncer = await startPgBouncer(process.env.DATABASE_URL!, { poolSize: 4 });
    app = await startDemoApp({}, { countStatements: false, through: (url) => bouncer.urlFor(url) });
    direct = await startDemoApp({}, { countStatements: false, alongside: app, through: (url) => url });
  }, 120_000);
  afterAll(async () => {
    counts.save();
    await direct?.stop();
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
    expect(await signOutOverHttp(app, ada)).toBe(200);
    const after = await Promise.all(Array.from({ length: 20 }, () => fetch(`${app.url}/api/me`, { headers: { cookie: ada.cookie } }).then((response) => response.status)));
    counts.stale += after.filter((status) => status === 200).length;
    expect(after).toEqual(Array.from({ length: 20 }, () => 401));
  }, 120_000);

  it("answers every page and API of the kit as an instance straight on PostgreSQL does", async () => {
    const people: Array<[HttpSession, string]> = [
      [await signInOverHttp(app, "ada@example.com"), "Ada Lovelace"],
      [await signInOverHttp(app, "grace@example.com"), "Grace Hopper"],
      [await signInOverHttp(app, "alan@example.com"), "Alan Turing"],
    ];
    const paths = ["/", "/home", "/home/members", "/home/settings", "/admin", "/api/me", "/api/admin/users", "/api/auth/get-session", "/api/auth/list-sessions", "/api/auth/organization/list"];
    const differences: string[] = [];
    for (const [session, name] of people) {
      for (const path of paths) {
        const [pooled, straight] = await Promise.all(
          [app, direct].map(async (instance) => {
            const response = await fetch(`${instance.url}${path}`, { headers: { cookie: session.cookie }, redirect: "manual" });
            const body = await response.text();
            // The current device's "Last seen now" carries the moment of the request itself.
            const shown = (response.headers.get("content-type") ?? "").includes("json")
              ? body
              : visibleMarkup(body, { name, email: session.email }, path).replace(/<time dateTime="[^"]+">Last seen now<\/time>/gu, "<time>Last seen now</time>");
            return `${response.status} ${response.headers.get("location") ?? ""} ${shown}`;
          }),
        );
        counts.requests += 2;
        if (pooled!.startsWith("5")) counts.errors++;
        if (pooled !== straight) {
          let at = 0;
          while (pooled![at] === straight![at]) at++;
          differences.push(`${session.email} ${path}: …${pooled!.slice(Math.max(0, at - 80), at + 60)} ≠ …${straight!.slice(Math.max(0, at - 80), at + 60)}`);
        }
      }
    }
    expect(differences).toEqual([]);
  }, 120_000);
});
