import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, servedOrigins } from "./auth";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { TEST_PASSWORD, TEST_SECRET } from "../test-utils/auth";

describe("servedOrigins", () => {
  it("is the origin the request was served on, and on loopback its other loopback names, same port and scheme", () => {
    expect(servedOrigins("http://127.0.0.1:3000/api/auth/sign-in/email")).toEqual(["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]);
    expect(servedOrigins("http://0.0.0.0:8080/x")).toEqual(["http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080"]);
    expect(servedOrigins("https://app.example/api/auth")).toEqual(["https://app.example"]);
    expect(servedOrigins("http://localhost/x")).toEqual(["http://localhost", "http://127.0.0.1", "http://[::1]"]);
    expect(servedOrigins(undefined)).toEqual([]);
    expect(servedOrigins("not a url")).toEqual([]);
  });
});

// Which origins and client addresses the auth endpoints trust, through better-auth's HTTP handler.
describe.each(testBackends())("createAuth's trust on $name", (backend) => {
  const SERVED = "http://127.0.0.1:3000";
  let db: TestDatabase;
  beforeAll(async () => {
    expect(process.env.BETTER_AUTH_URL).toBeUndefined();
    db = await backend.create();
    const auth = createAuth({ prisma: db.prisma, secret: TEST_SECRET });
    await auth.api.signUpEmail({ body: { email: "ada@example.com", password: TEST_PASSWORD, name: "Ada" } });
  });
  afterAll(() => db?.dispose());

  const signIn = (auth: ReturnType<typeof createAuth>, headers: Record<string, string>, password = TEST_PASSWORD) =>
    auth.handler(
      new Request(`${SERVED}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ email: "ada@example.com", password }),
      }),
    );

  it("without a base URL, trusts only the origin the request was served on", async () => {
    const auth = createAuth({ prisma: db.prisma, secret: TEST_SECRET });
    for (const origin of ["http://127.0.0.1:3001", "http://localhost:3001", "https://127.0.0.1:3000", "https://localhost:3000", "https://evil.example"]) {
      expect((await signIn(auth, { origin })).status, origin).toBe(403);
    }
    for (const origin of [SERVED, "http://localhost:3000", "http://[::1]:3000"]) {
      expect((await signIn(auth, { origin })).status, origin).toBe(200);
    }
  });

  it("trusts more origins only when configured", async () => {
    const auth = createAuth({ prisma: db.prisma, secret: TEST_SECRET, trustedOrigins: ["http://localhost:3001"] });
    expect((await signIn(auth, { origin: "http://localhost:3001" })).status).toBe(200);
    expect((await signIn(auth, { origin: "http://127.0.0.1:3001" })).status).toBe(403);
    const pinned = createAuth({ prisma: db.prisma, secret: TEST_SECRET, baseURL: "https://app.example" });
    expect((await signIn(pinned, { origin: "https://app.example" })).status).toBe(200);
    expect((await signIn(pinned, { origin: SERVED })).status).toBe(403);
  });

  it("throttles sign-in whatever X-Forwarded-For a client makes up, unless a proxy is configured to set it", async () => {
    const statuses = async (auth: ReturnType<typeof createAuth>) => {
      const answers: number[] = [];
      for (let i = 0; i < 10; i++) answers.push((await signIn(auth, { origin: SERVED, "x-forwarded-for": `203.0.113.${i + 1}` }, "wrong-password")).status);
      return answers;
    };
    const rateLimit = { enabled: true, storage: "memory" as const };
    expect(await statuses(createAuth({ prisma: db.prisma, secret: TEST_SECRET, rateLimit }))).toContain(429);
    // Behind a proxy that sets the header, each address has its own allowance.
    const behindProxy = createAuth({ prisma: db.prisma, secret: TEST_SECRET, rateLimit, trustedProxy: { ipAddressHeaders: ["x-forwarded-for"] } });
    expect(await statuses(behindProxy)).not.toContain(429);
  });
});
