import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testBackends, type TestDatabase } from "../test-utils/databases";
import { createRouteHandlers, type RouteContext } from "./route-handlers";
import { createSessionKit } from "./session-kit";
import { createTestAuth, TEST_ORIGIN } from "../test-utils/auth";

/** Runs `create` with console.info silenced (the fallback's one log line is checked above). */
function withoutLogLine<T>(create: () => T): T {
  const info = vi.spyOn(console, "info").mockImplementation(() => {});
  try {
    return create();
  } finally {
    info.mockRestore();
  }
}

describe.each(testBackends())("route handlers on $name", (backend) => {
  let db: TestDatabase;
  let cookies: { member: string; admin: string };
  let handlers: ReturnType<typeof createRouteHandlers>;
  let lookups = 0;

  beforeAll(async () => {
    db = await backend.create();
    const { auth, signIn } = createTestAuth(db);
    // Without `database` the kit reads sessions through better-auth's getSession, and says so once.
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const kit = createSessionKit({ auth });
    expect(info).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/no `database`: sessions are read through better-auth's getSession/u));
    info.mockRestore();
    // Count the database lookups the wrapper makes.
    const getRequestSession = kit.getRequestSession;
    handlers = createRouteHandlers({ ...kit, getRequestSession: (request) => (lookups++, getRequestSession(request)) });
    cookies = { member: await signIn("ada@example.com"), admin: await signIn("grace@example.com", { role: "admin" }) };
  });
  afterAll(() => db?.dispose());

  const call = (handler: (r: Request, c: RouteContext) => Promise<Response>, cookie?: string) =>
    handler(new Request(`${TEST_ORIGIN}/api/x`, { headers: cookie ? { cookie } : {} }), { params: Promise.resolve({}) });

  it("passes the verified session to the handler", async () => {
    const me = handlers.withSession((_request, { session }) => Response.json({ email: session.user.email }));
    const response = await call(me, cookies.member);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ email: "ada@example.com" });
  });

  it("marks every signed-in answer private and not storable, unless the handler chose its own", async () => {
    const me = handlers.withSession((_request, { session }) => Response.json({ email: session.user.email }));
    expect((await call(me, cookies.member)).headers.get("cache-control")).toBe("private, no-store");
    const admins = handlers.withAdmin(() => new Response("ok"));
    expect((await call(admins, cookies.admin)).headers.get("cache-control")).toBe("private, no-store");
    const redirect = handlers.withSession(() => Response.redirect(`${TEST_ORIGIN}/home`, 303));
    const redirected = await call(redirect, cookies.member);
    expect([redirected.status, redirected.headers.get("cache-control"), redirected.headers.get("location")]).toEqual([303, "private, no-store", `${TEST_ORIGIN}/home`]);
    const own = handlers.withSession(() => new Response("x", { headers: { "cache-control": "private, max-age=10" } }));
    expect((await call(own, cookies.member)).headers.get("cache-control")).toBe("private, max-age=10");
  });

  it("answers 401 with a JSON body without a session, and never runs the handler", async () => {
    let ran = false;
    const me = handlers.withSession(() => ((ran = true), Response.json({})));
    const response = await call(me);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Unauthorized", message: expect.any(String) });
    expect(ran).toBe(false);
  });

  it.each([
    "better-auth.session_token=garbage",
    "better-auth.session_token=%E0%A4%A",
    "better-auth.session_token=a.b; better-auth.session_data=%%%",
    "=;;=",
  ])("answers 401, never 500, for the malformed cookie %j", async (cookie) => {
    const me = handlers.withSession(() => Response.json({}));
    expect((await call(me, cookie)).status).toBe(401);
  });

  it("lets admins through withAdmin and answers 403 to members, 401 to visitors", async () => {
    const users = handlers.withAdmin(() => Response.json({ ok: true }));
    expect((await call(users, cookies.admin)).status).toBe(200);
    const forbidden = await call(users, cookies.member);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: "Forbidden" });
    expect((await call(users)).status).toBe(401);
  });

  it("looks the session up once per request, however often the handler asks", async () => {
    const { auth } = createTestAuth(db);
    const kit = withoutLogLine(() => createSessionKit({ auth }));
    const request = new Request(`${TEST_ORIGIN}/api/x`, { headers: { cookie: cookies.member } });
    const sessions = await Promise.all([kit.getRequestSession(request), kit.getRequestSession(request), kit.getRequestSession(request)]);
    expect(sessions[0]).toBe(sessions[1]);
    expect(sessions[1]).toBe(sessions[2]);
    lookups = 0;
    await call(handlers.withAdmin(() => Response.json({})), cookies.admin);
    expect(lookups).toBe(1);
  });
  it("answers 503 with a JSON body, and never runs the handler, when the session store does not answer", async () => {
    const { auth } = createTestAuth(db);
    const unreachable = { query: async () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")) };
    const outage = createRouteHandlers(createSessionKit({ auth, database: unreachable }));
    let ran = false;
    const me = outage.withSession(() => ((ran = true), Response.json({})));
    const response = await call(me, cookies.member);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "SessionUnavailable", message: expect.any(String) });
    expect(ran).toBe(false);
    // No cookie: no lookup, so no outage to report.
    expect((await call(me)).status).toBe(401);
  });
});
