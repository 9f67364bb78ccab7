import { describe, expect, it } from "vitest";
import { SESSION_NOT_FRESH, isFreshSession, isSessionNotFresh } from "./fresh-session";

describe("isFreshSession", () => {
  const now = Date.parse("2026-12-03T12:00:00Z");
  it("is fresh below maxAge and stale at it", () => {
    expect(isFreshSession(new Date(now - 299_000), 300, now)).toBe(true);
    expect(isFreshSession(new Date(now - 300_000), 300, now)).toBe(false);
  });
  it("reads ISO strings (a session that went through JSON)", () => {
    expect(isFreshSession(new Date(now - 1000).toISOString(), 300, now)).toBe(true);
  });
  it("treats maxAge 0 as no freshness rule, as better-auth's freshAge 0 does", () => {
    expect(isFreshSession(new Date(0), 0, now)).toBe(true);
  });
  it("never calls an unreadable date fresh", () => {
    expect(isFreshSession("not a date", 300, now)).toBe(false);
  });
});

describe("isSessionNotFresh", () => {
  it("reads a next-safe-action result", async () => {
    expect(await isSessionNotFresh({ serverError: SESSION_NOT_FRESH })).toBe(true);
    expect(await isSessionNotFresh({ serverError: "Unauthorized" })).toBe(false);
    expect(await isSessionNotFresh({ data: { ok: true } })).toBe(false);
  });
  it("reads a better-auth client result", async () => {
    expect(await isSessionNotFresh({ data: null, error: { code: SESSION_NOT_FRESH, status: 403 } })).toBe(true);
    expect(await isSessionNotFresh({ data: null, error: { code: "INVALID_PASSWORD", status: 400 } })).toBe(false);
  });
  it("reads a route's 409 and leaves its body readable", async () => {
    const response = Response.json({ error: SESSION_NOT_FRESH, message: "…" }, { status: 409 });
    expect(await isSessionNotFresh(response)).toBe(true);
    expect(((await response.json()) as { error: string }).error).toBe(SESSION_NOT_FRESH);
  });
  it("does not take any 409 or a body that is not JSON for it", async () => {
    expect(await isSessionNotFresh(Response.json({ error: "Conflict" }, { status: 409 }))).toBe(false);
    expect(await isSessionNotFresh(new Response("<html>", { status: 409 }))).toBe(false);
    expect(await isSessionNotFresh(Response.json({ error: SESSION_NOT_FRESH }, { status: 200 }))).toBe(false);
    expect(await isSessionNotFresh(null)).toBe(false);
  });
});
