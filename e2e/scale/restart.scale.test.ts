import { afterAll, beforeAll, expect, it } from "vitest";
import { type DemoApp, startDemoApp } from "../demo-app";
import { type HttpSession, signInOverHttp, signOutOverHttp } from "../security/http-session";
import { type PrivatePostgres, startPrivatePostgres } from "../../test-utils/private-servers";
import { describeScale, recoveryTime, scaleCounts } from "./scale-counts";

type Answer = "signed in" | "signed out" | "outage" | "error";
interface Sample {
  startedAt: number;
  endedAt: number;
  who: string;
  answer: Answer;
  detail: string;
}

const CONNECTIONS = 20;
const DOWN_FOR_MS = 2000;

// PostgreSQL itself restarted under load (a server of the suite's own, so every other suite keeps the
// machine's): 20 connections over two instances of the demo, asking as a signed-in user and as one who
// signed out. During the outage every answer is the outage page or a 503; outside it, every answer is
// right; nothing is ever served as signed in without a check; the instances recover by themselves.
describeScale("PostgreSQL restarted under load", () => {
  let server: PrivatePostgres;
  let instances: DemoApp[] = [];
  const counts = scaleCounts(import.meta.filename, 2);

  beforeAll(async () => {
    server = await startPrivatePostgres();
    const first = await startDemoApp({}, { countStatements: false, server: server.url });
    instances = [first, await startDemoApp({}, { countStatements: false, server: server.url, alongside: first })];
  }, 180_000);
  afterAll(async () => {
    counts.save();
    for (const instance of instances.slice(1)) await instance.stop();
    await instances[0]?.stop();
    await server?.stop();
  });

  async function ask(app: DemoApp, path: string, session: HttpSession): Promise<{ answer: Answer; detail: string }> {
    try {
      const response = await fetch(`${app.url}${path}`, { headers: { cookie: session.cookie }, redirect: "manual" });
      const body = await response.text();
      if (path === "/api/me") {
        if (response.status === 200) return { answer: "signed in", detail: (JSON.parse(body) as { user: { email: string } }).user.email };
        if (response.status === 401) return { answer: "signed out", detail: "401" };
        if (response.status === 503 && body.includes("SessionUnavailable")) return { answer: "outage", detail: "503" };
        return { answer: "error", detail: `${response.status} ${body.slice(0, 80)}` };
      }
      if (response.status === 200) return { answer: "signed in", detail: body.includes(session.email.split("@")[0]!) ? "page" : "page without the user" };
      if (response.status === 307 || response.status === 303) return { answer: "signed out", detail: `${response.status}` };
      // The error page. One that began before the server stopped may carry the session it had checked by
      // then (in its RSC payload) when a later query of the page failed: "with user" tells them apart.
      if (response.status >= 500) return { answer: "outage", detail: `${response.status}${body.includes(session.email) ? " with user" : ""}` };
      return { answer: "error", detail: `${response.status} ${body.slice(0, 80)}` };
    } catch (error) {
      return { answer: "error", detail: (error as Error).message };
    }
  }

  it("answers the outage page or 503 while it is down, never a signed-in view, and recovers by itself with every session kept", async () => {
    const [a, b] = instances as [DemoApp, DemoApp];
    const ada = await signInOverHttp(a, "ada@example.com");
    const grace = await signInOverHttp(b, "grace@example.com");
    expect(await signOutOverHttp(a, grace)).toBe(200);

    const samples: Sample[] = [];
    let running = true;
    const loops = Array.from({ length: CONNECTIONS }, async (_, connection) => {
      for (let turn = 0; running; turn++) {
        const app = instances[(connection + turn) % 2]!;
        const path = turn % 2 === 0 ? "/api/me" : "/home";
        const session = connection % 4 === 3 ? grace : ada;
        const startedAt = Date.now();
        const { answer, detail } = await ask(app, path, session);
        samples.push({ startedAt, endedAt: Date.now(), who: session.email, answer, detail });
        if (answer === "error" || answer === "outage") await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Signed in just before the restart: the session must survive it.
    const justBefore = await signInOverHttp(a, "alan@example.com");
    const stopping = Date.now();
    const { stoppedAt, startingAt } = await server.restart(DOWN_FOR_MS);
    const upAgain = Date.now();
    // Recovered: both instances answer Ada as signed in again.
    const recoveredAt = await recoveryTime(async () => (await Promise.all(instances.map((app) => ask(app, "/api/me", ada)))).every((answer) => answer.answer === "signed in"), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    running = false;
    await Promise.all(loops);
    expect(recoveredAt, "the instances did not recover within 60 s").toBeGreaterThan(0);
    counts.recoveries.push({ what: `PostgreSQL restart (down ${((upAgain - stopping) / 1000).toFixed(1)} s)`, seconds: (recoveredAt - upAgain) / 1000 });

    const outside = samples.filter((sample) => sample.endedAt < stopping || sample.startedAt > recoveredAt);
    const during = samples.filter((sample) => !outside.includes(sample));
    const expected = (sample: Sample) => (sample.who === ada.email ? "signed in" : "signed out");
    counts.requests += samples.length;
    counts.errors += outside.filter((sample) => sample.answer !== expected(sample)).length;
    // Stale: the signed-out user served as signed in, at any time.
    counts.stale += samples.filter((sample) => sample.who === grace.email && sample.answer === "signed in").length;
    expect(outside.filter((sample) => sample.answer !== expected(sample)).map((sample) => `${sample.who} ${sample.answer} ${sample.detail}`)).toEqual([]);
    expect(samples.filter((sample) => sample.who === grace.email && sample.answer === "signed in")).toEqual([]);
    // While the server was down, no answer is a crash or a signed-out redirect: the outage page or a 503, or
    // (a request that reached the database before it stopped or after it started) the right answer.
    expect(during.filter((sample) => sample.answer === "error" || (sample.answer !== "outage" && sample.answer !== expected(sample))).map((sample) => `${sample.who} ${sample.answer} ${sample.detail}`)).toEqual([]);
    // Requests made wholly while the server was down (after pg_ctl stop had returned, before its start
    // began) saw the outage (the test would prove nothing otherwise).
    const whollyDown = samples.filter((sample) => sample.startedAt > stoppedAt && sample.endedAt < startingAt);
    expect(whollyDown.length).toBeGreaterThan(10);
    expect(new Set(whollyDown.map((sample) => `${sample.answer} ${sample.detail}`))).toEqual(new Set(["outage 503", "outage 500"]));

    // Nothing lost: the session made just before the restart works on both instances.
    for (const app of instances) expect((await ask(app, "/api/me", justBefore)).detail).toBe("alan@example.com");
  }, 120_000);
});
