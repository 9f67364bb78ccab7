import { describe, expect, it } from "vitest";
import { retryAfterSeconds } from "./retry-after";

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
});
