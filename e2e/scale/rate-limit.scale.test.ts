import { afterAll, beforeAll, expect, it } from "vitest";
import { type DemoApp, startDemoApp } from "../demo-app";
import { describeScale, scaleCounts } from "./scale-counts";

// better-auth's rate limiter with its counts in the database (the demo's `rateLimit.storage`): sign-in
// attempts spread over three instances are limited as one (3 in 10 s), where per-process memory would
// let each instance allow its own three.
describeScale("the sign-in rate limit across three instances", () => {
  let instances: DemoApp[] = [];
  const counts = scaleCounts(import.meta.filename, 3);

  beforeAll(async () => {
    const first = await startDemoApp({ DEMO_RATE_LIMIT: "on" }, { countStatements: false });
    instances = [first, ...(await Promise.all([1, 2].map(() => startDemoApp({ DEMO_RATE_LIMIT: "on" }, { countStatements: false, alongside: first }))))];
  }, 180_000);
  afterAll(async () => {
    counts.save();
    for (const instance of instances.slice(1)) await instance.stop();
    await instances[0]?.stop();
  });

  it("turns the fourth wrong password away whichever instance it reaches, and keeps the count in the database", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const app = instances[attempt % 3]!;
      const response = await fetch(`${app.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: app.url },
        body: JSON.stringify({ email: "grace@example.com", password: `wrong-password-${attempt}` }),
      });
      statuses.push(response.status);
    }
    counts.requests += statuses.length;
    counts.errors += statuses.filter((status) => status >= 500).length;
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    const rows = await instances[0]!.database.prisma.rateLimit.findMany();
    expect(rows.map((row) => ({ key: row.key, count: row.count }))).toEqual([{ key: expect.stringMatching(/sign-in\/email$/u), count: 3 }]);
  });
});
