import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_SECONDS, retryAfterSeconds } from "./retry-after";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("retryAfterSeconds", () => {
  it("reads better-auth's X-Retry-After seconds", () => {
    expect(retryAfterSeconds(headers({ "X-Retry-After": "7" }))).toBe(7);
  });
  it("prefers X-Retry-After, and reads a standard Retry-After in seconds or as a date", () => {
    expect(retryAfterSeconds(headers({ "X-Retry-After": "3", "Retry-After": "60" }))).toBe(3);
    expect(retryAfterSeconds(headers({ "Retry-After": "60" }))).toBe(60);
    const now = Date.parse("2026-12-03T12:00:00Z");
    expect(retryAfterSeconds(headers({ "Retry-After": new Date(now + 30_500).toUTCString() }), now)).toBe(30);
  });
  it("gives null for no header, a wait already over, zero or nonsense", () => {
    expect(retryAfterSeconds(headers({}))).toBeNull();
    expect(retryAfterSeconds(headers({ "X-Retry-After": "0" }))).toBeNull();
    expect(retryAfterSeconds(headers({ "X-Retry-After": "-5" }))).toBeNull();
    expect(retryAfterSeconds(headers({ "X-Retry-After": "soon" }))).toBeNull();
    const now = Date.parse("2026-12-03T12:00:00Z");
    expect(retryAfterSeconds(headers({ "Retry-After": new Date(now - 1000).toUTCString() }), now)).toBeNull();
  });
  it("reads the obsolete HTTP-date forms RFC 9110 still asks recipients to take", () => {
    const now = Date.parse("2026-12-03T12:00:00Z");
    expect(retryAfterSeconds(headers({ "Retry-After": "Thu Dec  3 12:00:20 2026" }), now)).toBe(20);
    expect(retryAfterSeconds(headers({ "Retry-After": "Thursday, 03-Dec-26 12:00:45 GMT" }), now)).toBe(45);
  });
  it("does not take what only Date.parse would call a date", () => {
    const now = Date.parse("2026-12-03T12:00:00Z");
    for (const value of ["1.5", "12/31/2099", "soon 2099", "2099-01-01", "30s", "+30"]) {
      expect(retryAfterSeconds(headers({ "Retry-After": value }), now), value).toBeNull();
    }
  });
  it("falls back to Retry-After when X-Retry-After is nonsense", () => {
    expect(retryAfterSeconds(headers({ "X-Retry-After": "soon", "Retry-After": "9" }))).toBe(9);
  });
  it(`cuts a wait longer than ${MAX_RETRY_AFTER_SECONDS} s to that`, () => {
    expect(retryAfterSeconds(headers({ "X-Retry-After": "86400" }))).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds(headers({ "X-Retry-After": "9".repeat(40) }))).toBe(MAX_RETRY_AFTER_SECONDS);
    const now = Date.parse("2026-12-03T12:00:00Z");
    expect(retryAfterSeconds(headers({ "Retry-After": "Fri, 01 Jan 2100 00:00:00 GMT" }), now)).toBe(MAX_RETRY_AFTER_SECONDS);
  });
});
