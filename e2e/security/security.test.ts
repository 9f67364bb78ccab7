import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoApp, startDemoApp } from "../demo-app";
import { adminContentIn, adminGateCorpus } from "./admin-gate-corpus";
import {
  cookieValue,
  type HttpSession,
  SESSION_DATA_COOKIE,
  SESSION_TOKEN_COOKIE,
  signInOverHttp,
  signOutOverHttp,
  signUpOverHttp,
} from "./http-session";
import { type RawRequest, rawRequest, type RawResponse } from "./raw-http";
import { callServerAction, serverActionId } from "./server-actions";
import { SecurityTally } from "./tally";

// `npm run test:security`: attacks on the demo app as users meet it (next build + next start, real
// better-auth, PostgreSQL behind a wire proxy that can cut it off). Every case is counted; the suite
// fails on any case let through and prints how many it tried per category.
const tally = new SecurityTally();

describe.skipIf(!process.env.DATABASE_URL)("security", () => {
  let app: DemoApp;
  const get = (target: string, cookie?: string, headers: Record<string, string> = {}) =>
    rawRequest(app.url, { target, headers: { ...headers, ...(cookie ? { cookie } : {}) } });
  const locationOf = (response: RawResponse) => {
    const location = response.headers.location?.[0];
    return location === undefined ? null : new URL(location, app.url);
  };
  const userId = async (email: string) => (await app.database.prisma.user.findUniqueOrThrow({ where: { email } })).id;
  const sessionCount = async (email: string) => app.database.prisma.session.count({ where: { userId: await userId(email) } });
  const setRole = async (email: string, role: string) => app.database.prisma.user.update({ where: { email }, data: { role } });

  /**
   * Sends a corpus request; when Next.js answers an RSC fetch with a redirect to the same address plus
   * the cache-busting `_rsc` it expects, follows it once with the same headers, as its client router does.
   */
  async function sendLikeTheRouter(variant: RawRequest, cookie?: string): Promise<RawResponse> {
    const request = { ...variant, headers: { ...variant.headers, ...(cookie ? { cookie } : {}) } };
    const response = await rawRequest(app.url, request);
    const location = response.headers.location?.[0];
    if (response.status >= 300 && response.status < 400 && location?.includes("_rsc")) {
      const next = new URL(location, app.url);
      if (next.origin === app.url) return rawRequest(app.url, { ...request, target: next.pathname + next.search });
    }
    return response;
  }

  /**
   * Null when `cookie` reads as signed out everywhere; otherwise what was let through. (At /admin the
   * proxy may still send a cookie whose signed cache vouches for a member to /home, within the cache
   * window: /home then sends it on to sign-in.)
   */
  async function signedOutProblem(cookie: string): Promise<string | null> {
    for (const target of ["/home", "/home/settings", "/admin"]) {
      const response = await get(target, cookie);
      if (response.status >= 500) return `${target} answered ${response.status}`;
      if (response.status === 200) return `${target} answered 200 (a signed-in view)`;
      if (adminContentIn(response.body)) return `${target} showed admin content`;
      const allowed = target === "/admin" ? ["/auth/sign-in", "/home"] : ["/auth/sign-in"];
      if (!allowed.includes(locationOf(response)?.pathname ?? "")) return `${target} went to ${locationOf(response)?.href ?? "nowhere"}, not sign-in`;
    }
    const me = await get("/api/me", cookie);
    if (me.status !== 401) return `/api/me answered ${me.status}`;
    const clientSession = await get("/api/auth/get-session", cookie);
    if (clientSession.status >= 500) return `/api/auth/get-session answered ${clientSession.status}`;
    if (clientSession.body.trim() !== "null") return `/api/auth/get-session answered a session: ${clientSession.body.slice(0, 80)}`;
    return null;
  }

  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(async () => {
    await app?.stop();
    console.log(tally.summary());
  });

  describe("headers", () => {
    it("sets the session cookies HttpOnly, SameSite=Lax, Secure and __Secure- prefixed in production", async () => {
      const session = await signInOverHttp(app, "alan@example.com");
      for (const name of [SESSION_TOKEN_COOKIE, SESSION_DATA_COOKIE]) {
        const header = session.setCookies.find((value) => value.startsWith(`${name}=`));
        const attributes = (header ?? "").split(";").map((part) => part.trim().toLowerCase());
        const problems = ["httponly", "samesite=lax", "secure", "path=/"].filter((flag) => !attributes.includes(flag));
        tally.record("headers", `${name} flags`, header ? (problems.length ? `missing ${problems.join(", ")}` : false) : "cookie not set");
      }
      for (const target of ["/", "/auth/sign-in", "/home", "/admin"]) {
        const response = await get(target, session.cookie);
        const header = (name: string) => response.headers[name]?.join(", ") ?? "";
        const expected: Record<string, RegExp> = {
          "x-content-type-options": /^nosniff$/u,
          "x-frame-options": /^DENY$/u,
          "referrer-policy": /strict-origin-when-cross-origin/u,
          "content-security-policy": /frame-ancestors 'none'/u,
          "strict-transport-security": /max-age=\d{7,}/u,
        };
        for (const [name, pattern] of Object.entries(expected)) {
          tally.record("headers", `${target} ${name}`, pattern.test(header(name)) ? false : `got ${JSON.stringify(header(name))}`);
        }
        tally.record("headers", `${target} no x-powered-by`, response.headers["x-powered-by"] ? "x-powered-by sent" : false);
      }
      // Pages with a user on them are never stored by shared caches.
      const home = await get("/home", session.cookie);
      tally.record("headers", "/home not cacheable", /no-store|private/u.test(home.headers["cache-control"]?.join() ?? "") ? false : `cache-control ${home.headers["cache-control"]}`);
      expect(tally.letThrough("headers")).toEqual([]);
    });
  });

  describe("admin gate", () => {
    it("never shows the users list to anyone but an admin, across the whole corpus", async () => {
      // Alan holds a live session: the End-sessions action in the corpus must not end it.
      const alanSession = await signInOverHttp(app, "alan@example.com");
      const corpus = adminGateCorpus({
        appUrl: app.url,
        endSessionsActionId: serverActionId("endSessionsAction"),
        updateNameActionId: serverActionId("updateName"),
        victimUserId: await userId("alan@example.com"),
      });
      expect(corpus.length).toBeGreaterThanOrEqual(40);

      // Behind the proxy: an admin demoted, and one banned, after sign-in still carry a signed cookie
      // cache that says "admin", so the proxy lets them by; the pages must refuse them.
      await signUpOverHttp(app, "hedy@example.com", "Hedy Lamarr");
      await signUpOverHttp(app, "ida@example.com", "Ida Rhodes");
      await setRole("hedy@example.com", "admin");
      await setRole("ida@example.com", "admin");
      const demoted = await signInOverHttp(app, "hedy@example.com");
      const banned = await signInOverHttp(app, "ida@example.com");
      await setRole("hedy@example.com", "user");
      await app.database.prisma.user.update({ where: { email: "ida@example.com" }, data: { banned: true, banReason: "security suite" } });

      const visitors: { name: string; cookie?: string }[] = [
        { name: "signed out" },
        { name: "member", cookie: (await signInOverHttp(app, "ada@example.com")).cookie },
        { name: "demoted admin (proxy still vouches)", cookie: demoted.cookie },
        { name: "banned admin (proxy still vouches)", cookie: banned.cookie },
      ];
      for (const visitor of visitors) {
        for (const variant of corpus) {
          const response = await sendLikeTheRouter(variant, visitor.cookie);
          const marker = adminContentIn(response.body);
          tally.record("admin gate", `${visitor.name}: ${variant.name}`, marker ? `${response.status} with ${JSON.stringify(marker)}` : false);
        }
      }
      // The End-sessions action never ran for them: Alan is still signed in.
      tally.record("admin gate", "End-sessions action posted by non-admins", (await get("/api/me", alanSession.cookie)).status === 200 ? false : "Alan's session was ended");
      expect(tally.letThrough("admin gate")).toEqual([]);

      // The check can fail: an admin gets the list for the plain request and for the RSC fetches.
      const admin = await signInOverHttp(app, "grace@example.com");
      for (const variant of corpus.filter((v) => ["GET /admin", "GET /admin?x=1", "RSC: 1", "RSC: 1 with _rsc", "RSC with router state tree"].includes(v.name))) {
        const response = await sendLikeTheRouter(variant, admin.cookie);
        expect(adminContentIn(response.body), `admin: ${variant.name}: ${response.status} ${JSON.stringify(response.headers.location)} ${response.body.slice(0, 300)}`).not.toBeNull();
      }
    });
  });

  describe("cookies", () => {
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);
    const sign = (token: string, secret: string) => encodeURIComponent(`${token}.${createHmac("sha256", secret).update(token).digest("base64")}`);
    const withToken = (session: HttpSession, value: string) => `${SESSION_TOKEN_COOKIE}=${value}; ${SESSION_DATA_COOKIE}=${cookieValue(session.cookie, SESSION_DATA_COOKIE)}`;

    it("reads every forged, stale or revoked cookie as signed out, never signed in, never a 500", async () => {
      const ada = await signInOverHttp(app, "ada@example.com");
      const signedValue = decodeURIComponent(cookieValue(ada.cookie, SESSION_TOKEN_COOKIE)!);
      const signature = signedValue.slice(signedValue.lastIndexOf(".") + 1);
      const cases: Record<string, string> = {
        "tampered token": withToken(ada, encodeURIComponent(`${flip(ada.token, 3)}.${signature}`)),
        "tampered signature": withToken(ada, encodeURIComponent(`${ada.token}.${flip(signature, 5)}`)),
        "unsigned token": withToken(ada, ada.token),
        "token with an empty signature": withToken(ada, `${ada.token}.`),
        "signed with another secret": withToken(ada, sign(ada.token, "another-secret-another-secret-123")),
        "signature of another token": withToken(ada, encodeURIComponent(`${ada.token}.${createHmac("sha256", "x").update("y").digest("base64")}`)),
        "session cache alone, no token": `${SESSION_DATA_COOKIE}=${cookieValue(ada.cookie, SESSION_DATA_COOKIE)}`,
        "valid value under the non-secure name": `better-auth.session_token=${cookieValue(ada.cookie, SESSION_TOKEN_COOKIE)}`,
        "malformed percent-encoding": `${SESSION_TOKEN_COOKIE}=%E0%A4%A; ${SESSION_DATA_COOKIE}=%%%`,
        "8 KB of garbage": `${SESSION_TOKEN_COOKIE}=${"x".repeat(8000)}`,
      };

      // Expired: the row is still there, past its expiry.
      const expired = await signInOverHttp(app, "ada@example.com");
      await app.database.prisma.session.update({ where: { token: expired.token }, data: { expiresAt: new Date(Date.now() - 60_000) } });
      cases["expired session"] = expired.cookie;
      // Deleted by a sign-out elsewhere: a copy of the cookie, replayed after its owner signed out.
      const copied = await signInOverHttp(app, "ada@example.com");
      expect(await signOutOverHttp(app, copied)).toBe(200);
      cases["session signed out elsewhere"] = copied.cookie;
      // Banned through the admin plugin by an admin: the ban ends the user's sessions.
      await signUpOverHttp(app, "joan@example.com", "Joan Clarke");
      const joan = await signInOverHttp(app, "joan@example.com");
      const grace = await signInOverHttp(app, "grace@example.com");
      const ban = await fetch(`${app.url}/api/auth/admin/ban-user`, {
        method: "POST",
        headers: { cookie: grace.cookie, origin: app.url, "content-type": "application/json" },
        body: JSON.stringify({ userId: await userId("joan@example.com"), banReason: "security suite" }),
      });
      expect(ban.status).toBe(200);
      cases["banned user (admin plugin)"] = joan.cookie;
      // Banned by a flag in the database only (no session ended): the kit's lookup still refuses it.
      await signUpOverHttp(app, "kay@example.com", "Kay McNulty");
      const kay = await signInOverHttp(app, "kay@example.com");
      await app.database.prisma.user.update({ where: { email: "kay@example.com" }, data: { banned: true } });
      cases["banned user (database flag)"] = kay.cookie;

      for (const [name, cookie] of Object.entries(cases)) tally.record("cookies", name, await signedOutProblem(cookie));

      // Forged cache data with a member's real token: signed in as the member, never as an admin.
      const cache = JSON.parse(Buffer.from(cookieValue(ada.cookie, SESSION_DATA_COOKIE)!, "base64url").toString()) as {
        session: { user: { role: string } };
        signature: string;
      };
      cache.session.user.role = "admin";
      const forgedCache = Buffer.from(JSON.stringify(cache)).toString("base64url");
      const mixed: Record<string, string> = {
        "cache forged to say admin": `${SESSION_TOKEN_COOKIE}=${cookieValue(ada.cookie, SESSION_TOKEN_COOKIE)}; ${SESSION_DATA_COOKIE}=${forgedCache}`,
        "an admin's real cache with a member's token": `${SESSION_TOKEN_COOKIE}=${cookieValue(ada.cookie, SESSION_TOKEN_COOKIE)}; ${SESSION_DATA_COOKIE}=${cookieValue(grace.cookie, SESSION_DATA_COOKIE)}`,
      };
      for (const [name, cookie] of Object.entries(mixed)) {
        let problem: string | null = null;
        for (const target of ["/admin", "/admin?_rsc=1"]) {
          const response = await get(target, cookie, target.includes("_rsc") ? { rsc: "1" } : {});
          if (response.status >= 500) problem = `${target} answered ${response.status}`;
          else if (adminContentIn(response.body)) problem = `${target} showed admin content`;
        }
        const adminApi = await get("/api/admin/users", cookie);
        if (adminApi.status !== 403) problem ??= `/api/admin/users answered ${adminApi.status}`;
        tally.record("cookies", name, problem);
      }
      expect(tally.letThrough("cookies")).toEqual([]);
      // The check can fail: Ada's own cookie is signed in.
      expect(await signedOutProblem(ada.cookie)).toMatch(/200/u);
    });
  });
});
