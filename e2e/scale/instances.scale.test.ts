import { afterAll, beforeAll, expect, it } from "vitest";
import { type DemoApp, startDemoApp } from "../demo-app";
import { postAuth, signInOverHttp } from "../security/http-session";
import { describeScale, scaleCounts } from "./scale-counts";

// Issue 22: three `next start` instances of the demo on one PostgreSQL, one secret. What one instance
// changes (a sign-out, sign-out everywhere, a ban, a role) every other one sees on its next request.
describeScale("three instances of the demo on one database", () => {
  let instances: DemoApp[] = [];
  const counts = scaleCounts(import.meta.filename, 3);

  beforeAll(async () => {
    const first = await startDemoApp({}, { countStatements: false });
    instances = [first, await startDemoApp({}, { countStatements: false, alongside: first }), await startDemoApp({}, { countStatements: false, alongside: first })];
  }, 180_000);
  afterAll(async () => {
    counts.save();
    for (const instance of instances.slice(1)) await instance.stop();
    await instances[0]?.stop();
  });

  /** Who each instance serves this cookie as: at the API (/api/me) and at page level (/home). */
  async function seenEverywhere(cookie: string) {
    const answers: Array<string | null> = [];
    for (const app of instances) {
      const me = await fetch(`${app.url}/api/me`, { headers: { cookie } });
      answers.push(me.status === 200 ? ((await me.json()) as { user: { email: string } }).user.email : me.status === 401 ? null : `HTTP ${me.status}`);
      const home = await fetch(`${app.url}/home`, { headers: { cookie }, redirect: "manual" });
      answers.push(home.status === 200 ? "page" : home.status === 307 || home.status === 303 ? null : `HTTP ${home.status}`);
      counts.requests += 2;
    }
    return answers;
  }
  /** After a change: every instance must answer signed out; any other answer is counted stale. */
  async function expectSignedOutEverywhere(cookie: string) {
    const answers = await seenEverywhere(cookie);
    counts.stale += answers.filter((answer) => answer !== null).length;
    expect(answers).toEqual(answers.map(() => null));
  }

  it("serves a session made on one instance on the others, and a sign-out on one ends it on all", async () => {
    const [a, b] = instances as [DemoApp, DemoApp, DemoApp];
    const ada = await signInOverHttp(a, "ada@example.com");
    expect(await seenEverywhere(ada.cookie)).toEqual(["ada@example.com", "page", "ada@example.com", "page", "ada@example.com", "page"]);
    expect((await postAuth(b, "/sign-out", ada.cookie)).status).toBe(200);
    await expectSignedOutEverywhere(ada.cookie);
  }, 60_000);

  it("ends every session of the user on all instances when one signs out everywhere", async () => {
    const [a, b, c] = instances as [DemoApp, DemoApp, DemoApp];
    const [first, second] = [await signInOverHttp(a, "ada@example.com"), await signInOverHttp(b, "ada@example.com")];
    expect((await postAuth(c, "/revoke-sessions", second.cookie)).status).toBe(200);
    await expectSignedOutEverywhere(first.cookie);
    await expectSignedOutEverywhere(second.cookie);
  }, 60_000);

  it("sees a ban and a role change made on one instance on the next request to the others", async () => {
    const [a, b, c] = instances as [DemoApp, DemoApp, DemoApp];
    const grace = await signInOverHttp(c, "grace@example.com");
    const users = ((await (await fetch(`${c.url}/api/admin/users`, { headers: { cookie: grace.cookie } })).json()) as { users: Array<{ id: string; email: string }> }).users;
    const idOf = (email: string) => users.find((user) => user.email === email)!.id;

    const ada = await signInOverHttp(a, "ada@example.com");
    const adminList = async (app: DemoApp) => (await fetch(`${app.url}/api/admin/users`, { headers: { cookie: ada.cookie } })).status;
    expect(await Promise.all(instances.map(adminList))).toEqual([403, 403, 403]);
    expect((await postAuth(c, "/admin/set-role", grace.cookie, { userId: idOf("ada@example.com"), role: "admin" })).status).toBe(200);
    expect(await Promise.all(instances.map(adminList))).toEqual([200, 200, 200]);
    expect((await postAuth(b, "/admin/set-role", grace.cookie, { userId: idOf("ada@example.com"), role: "user" })).status).toBe(200);
    const demoted = await Promise.all(instances.map(adminList));
    counts.stale += demoted.filter((status) => status !== 403).length;
    expect(demoted).toEqual([403, 403, 403]);
    counts.requests += 9;

    const alan = await signInOverHttp(b, "alan@example.com");
    expect((await seenEverywhere(alan.cookie)).filter((answer) => answer === null)).toEqual([]);
    expect((await postAuth(a, "/admin/ban-user", grace.cookie, { userId: idOf("alan@example.com") })).status).toBe(200);
    await expectSignedOutEverywhere(alan.cookie);
    expect(counts.stale).toBe(0);
  }, 60_000);
});
