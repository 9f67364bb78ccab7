import { afterAll, beforeAll, expect, it } from "vitest";
import { type DemoApp, startDemoApp } from "../demo-app";
import { type HttpSession, postAuth, signInOverHttp } from "../security/http-session";
import { type PrivateRedis, startPrivateRedis } from "../../test-utils/private-servers";
import { describeScale, recoveryTime, scaleCounts } from "./scale-counts";

type Answer = "signed in" | "signed out" | "unavailable" | "error";

// Redis as better-auth's secondary storage (the demo with REDIS_URL; a redis-server of the suite's own,
// which it stops and starts): three instances, sessions only in Redis. Revocations are seen at once by
// every instance, races included, and a Redis that does not answer is never read as signed in.
describeScale("three instances with sessions in Redis", () => {
  let redis: PrivateRedis;
  let instances: DemoApp[] = [];
  const counts = scaleCounts(import.meta.filename, 3);

  beforeAll(async () => {
    redis = await startPrivateRedis();
    const env = { REDIS_URL: redis.url };
    const first = await startDemoApp(env, { countStatements: false });
    instances = [first, ...(await Promise.all([1, 2].map(() => startDemoApp(env, { countStatements: false, alongside: first }))))];
  }, 180_000);
  afterAll(async () => {
    counts.save();
    for (const instance of instances.slice(1)) await instance.stop();
    await instances[0]?.stop();
    await redis?.dispose();
  });


  /** How `app` answers `session` at `path` (/api/me, /home, or better-auth's /api/auth/get-session). */
  async function ask(app: DemoApp, path: string, session: HttpSession): Promise<Answer> {
    counts.requests++;
    try {
      const response = await fetch(`${app.url}${path}`, { headers: { cookie: session.cookie }, redirect: "manual" });
      const body = await response.text();
      if (response.status === 200) {
        if (path === "/home") return "signed in";
        const email = (JSON.parse(body) as { user?: { email?: string } } | null)?.user?.email;
        if (email === session.email) return "signed in";
        if (email === undefined) return "signed out";
        return "error";
      }
      if (response.status === 401 || response.status === 307 || response.status === 303) return "signed out";
      if (response.status >= 500 && (path !== "/api/me" || body.includes("SessionUnavailable"))) return "unavailable";
      return "error";
    } catch {
      return "error";
    }
  }
  /** Every instance, at the API and page level: one answer each. */
  const everywhere = (session: HttpSession) => Promise.all(instances.flatMap((app) => ["/api/me", "/home", "/api/auth/get-session"].map((path) => ask(app, path, session))));
  async function expectEndedEverywhere(session: HttpSession) {
    const answers = await everywhere(session);
    counts.stale += answers.filter((answer) => answer === "signed in").length;
    counts.errors += answers.filter((answer) => answer === "error" || answer === "unavailable").length;
    expect(answers).toEqual(answers.map(() => "signed out"));
  }

  it("keeps sessions in Redis only, and every instance sees a sign-out, one device or all others revoked, sign-out everywhere, a ban, an admin's revoke and a role change at once", async () => {
    const [a, b, c] = instances as [DemoApp, DemoApp, DemoApp];
    const ada = await signInOverHttp(a, "ada@example.com");
    expect(await everywhere(ada)).toEqual(Array.from({ length: 9 }, () => "signed in"));
    expect(await a.database.prisma.session.count()).toBe(0);
    expect(Number(redis.command("dbsize"))).toBeGreaterThan(0);
    expect((await postAuth(b, "/sign-out", ada.cookie)).status).toBe(200);
    await expectEndedEverywhere(ada);

    // One other device (better-auth#5144: a revoke that missed a copy), then all others, then all.
    const [desk, tablet] = [await signInOverHttp(a, "ada@example.com"), await signInOverHttp(b, "ada@example.com")];
    expect((await postAuth(c, "/revoke-session", desk.cookie, { token: tablet.token })).status).toBe(200);
    await expectEndedEverywhere(tablet);
    const spare = await signInOverHttp(c, "ada@example.com");
    expect((await postAuth(a, "/revoke-other-sessions", desk.cookie)).status).toBe(200);
    await expectEndedEverywhere(spare);
    expect(await everywhere(desk)).toEqual(Array.from({ length: 9 }, () => "signed in"));
    const [laptop, phone] = [desk, await signInOverHttp(b, "ada@example.com")];
    expect((await postAuth(c, "/revoke-sessions", phone.cookie)).status).toBe(200);
    await expectEndedEverywhere(laptop);
    await expectEndedEverywhere(phone);

    const grace = await signInOverHttp(c, "grace@example.com");
    const users = ((await (await fetch(`${c.url}/api/admin/users`, { headers: { cookie: grace.cookie } })).json()) as { users: Array<{ id: string; email: string }> }).users;
    const idOf = (email: string) => users.find((user) => user.email === email)!.id;
    const adminList = async (app: DemoApp, session: HttpSession) => (await fetch(`${app.url}/api/admin/users`, { headers: { cookie: session.cookie } })).status;
    const alan = await signInOverHttp(a, "alan@example.com");
    expect((await postAuth(b, "/admin/set-role", grace.cookie, { userId: idOf("alan@example.com"), role: "admin" })).status).toBe(200);
    expect(await Promise.all(instances.map((app) => adminList(app, alan)))).toEqual([200, 200, 200]);
    expect((await postAuth(c, "/admin/set-role", grace.cookie, { userId: idOf("alan@example.com"), role: "user" })).status).toBe(200);
    const demoted = await Promise.all(instances.map((app) => adminList(app, alan)));
    counts.requests += 6;
    counts.stale += demoted.filter((status) => status !== 403).length;
    expect(demoted).toEqual([403, 403, 403]);
    expect((await postAuth(a, "/admin/revoke-user-sessions", grace.cookie, { userId: idOf("alan@example.com") })).status).toBe(200);
    await expectEndedEverywhere(alan);

    const banned = await signInOverHttp(b, "alan@example.com");
    expect((await postAuth(a, "/admin/ban-user", grace.cookie, { userId: idOf("alan@example.com") })).status).toBe(200);
    await expectEndedEverywhere(banned);
  }, 90_000);

  it("serves nothing as signed in once a sign-out that raced 50 concurrent requests on the session has answered", async () => {
    const paths = ["/api/me", "/home", "/api/auth/get-session"];
    let lateSignedIn = 0;
    for (let round = 0; round < 3; round++) {
      const ada = await signInOverHttp(instances[round]!, "ada@example.com");
      let signedOutAt = Number.POSITIVE_INFINITY;
      const requests = Array.from({ length: 50 }, async (_, i) => {
        // Spread over ~100 ms around the sign-out.
        await new Promise((resolve) => setTimeout(resolve, i * 2));
        const startedAt = Date.now();
        return { startedAt, answer: await ask(instances[i % 3]!, paths[i % 3]!, ada) };
      });
      const signOut = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const response = await postAuth(instances[(round + 1) % 3]!, "/sign-out", ada.cookie);
        signedOutAt = Date.now();
        return response.status;
      })();
      const [status, answers] = await Promise.all([signOut, Promise.all(requests)]);
      expect(status).toBe(200);
      expect(answers.filter((sample) => sample.answer === "error" || sample.answer === "unavailable")).toEqual([]);
      lateSignedIn += answers.filter((sample) => sample.startedAt > signedOutAt && sample.answer === "signed in").length;
      await expectEndedEverywhere(ada);
    }
    counts.stale += lateSignedIn;
    expect(lateSignedIn).toBe(0);
  }, 60_000);

  it("ends every session when a revoke meets a Redis reconnection: 200 with all of them ended, or 503 and ended on the retry", async () => {
    const outcomes: number[] = [];
    for (let round = 0; round < 5; round++) {
      const app = instances[round % 3]!;
      const [laptop, phone] = [await signInOverHttp(app, "ada@example.com"), await signInOverHttp(instances[(round + 1) % 3]!, "ada@example.com")];
      // Every client connection of every instance is cut as the revoke goes out; ioredis reconnects.
      const connections = () => Number(/total_connections_received:(\d+)/u.exec(redis.command("info", "stats"))?.[1]);
      const connectedBefore = connections();
      const [revoke] = await Promise.all([postAuth(app, "/revoke-sessions", laptop.cookie), new Promise((resolve) => setTimeout(resolve, round * 3)).then(() => redis.command("client", "kill", "type", "normal"))]);
      outcomes.push(revoke.status);
      // The instances did reconnect (each opens a new connection after the cut).
      await Promise.all(instances.map((other) => ask(other, "/api/me", phone)));
      expect(connections() - connectedBefore).toBeGreaterThanOrEqual(instances.length);
      expect([200, 503]).toContain(revoke.status);
      if (revoke.status === 503) expect((await postAuth(app, "/revoke-sessions", laptop.cookie)).status).toBe(200);
      await expectEndedEverywhere(laptop);
      await expectEndedEverywhere(phone);
    }
    console.log(`[scale] revokes during a Redis reconnection answered ${outcomes.join(", ")}`);
  }, 60_000);

  it("answers unavailable on every instance while Redis is down, never signed in, and recovers when it returns with sessions kept", async () => {
    const ada = await signInOverHttp(instances[0]!, "ada@example.com");
    const grace = await signInOverHttp(instances[1]!, "grace@example.com");
    expect((await postAuth(instances[2]!, "/sign-out", grace.cookie)).status).toBe(200);
    await redis.stop();
    const downAt = Date.now();
    const during = [...(await everywhere(ada)), ...(await everywhere(grace))];
    counts.stale += during.filter((answer) => answer === "signed in").length;
    expect(during).toEqual(during.map(() => "unavailable"));
    // Nothing changes while it is down: a sign-in fails (no session cookie), and so does a revoke.
    const signIn = await fetch(`${instances[0]!.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: instances[0]!.url },
      body: JSON.stringify({ email: "grace@example.com", password: "password1234" }),
    });
    expect(signIn.status).toBeGreaterThanOrEqual(500);
    expect(signIn.headers.getSetCookie().filter((cookie) => cookie.includes("session_token="))).toEqual([]);
    // better-auth alone would run it for a signed-out caller (401); the kit's plugin answers 503.
    expect((await postAuth(instances[1]!, "/revoke-sessions", ada.cookie)).status).toBe(503);
    const downFor = Date.now() - downAt;

    await redis.start();
    const upAt = Date.now();
    const recoveredAt = await recoveryTime(async () => (await Promise.all(instances.map((app) => ask(app, "/api/me", ada)))).every((answer) => answer === "signed in"), 30_000);
    expect(recoveredAt, "the instances did not read sessions from Redis again within 30 s").toBeGreaterThan(0);
    counts.recoveries.push({ what: `Redis restart (down ${(downFor / 1000).toFixed(1)} s)`, seconds: (recoveredAt - upAt) / 1000 });
    expect(await everywhere(ada)).toEqual(Array.from({ length: 9 }, () => "signed in"));
    await expectEndedEverywhere(grace);
  }, 60_000);
});
