import { describe, expect, it } from "vitest";
import { announcedSeconds, clockOffsetFrom, expiryStanding, formatCountdown } from "./session-expiry";

describe("clockOffsetFrom", () => {
  const serverTime = Date.parse("2026-12-03T12:00:00Z");
  it("measures a client clock three hours ahead or behind", () => {
    const header = new Date(serverTime).toUTCString();
    expect(clockOffsetFrom(header, serverTime + 3 * 3_600_000)).toBe(-3 * 3_600_000 + 500);
    expect(clockOffsetFrom(header, serverTime - 3 * 3_600_000)).toBe(3 * 3_600_000 + 500);
  });
  it("is within a second for a clock that agrees", () => {
    expect(Math.abs(clockOffsetFrom(new Date(serverTime).toUTCString(), serverTime + 300)!)).toBeLessThan(1000);
  });
  it("gives null for a missing or unreadable header", () => {
    expect(clockOffsetFrom(null, serverTime)).toBeNull();
    expect(clockOffsetFrom("yesterday-ish", serverTime)).toBeNull();
  });
});

describe("expiryStanding", () => {
  const now = Date.parse("2026-12-03T12:00:00Z");
  const at = (seconds: number) => new Date(now + seconds * 1000);
  it("is active before the warning, with the time until the warning", () => {
    expect(expiryStanding(at(180), now, 120)).toEqual({ phase: "active", secondsLeft: 180, nextChangeIn: 60_000 });
  });
  it("warns inside the window and ticks at the next whole second", () => {
    expect(expiryStanding(at(120), now, 120)).toEqual({ phase: "warning", secondsLeft: 120, nextChangeIn: 1000 });
    expect(expiryStanding(new Date(now + 64_300), now, 120)).toEqual({ phase: "warning", secondsLeft: 65, nextChangeIn: 300 });
  });
  it("is due at and after the end, an expiresAt in the past included", () => {
    expect(expiryStanding(at(0), now, 120).phase).toBe("due");
    expect(expiryStanding(at(-3600), now, 120)).toEqual({ phase: "due", secondsLeft: 0, nextChangeIn: null });
  });
  it("reads ISO strings, and never counts down from an unreadable date", () => {
    expect(expiryStanding(at(30).toISOString(), now, 120).phase).toBe("warning");
    expect(expiryStanding("garbage", now, 120).phase).toBe("active");
  });
});

describe("the countdown's words", () => {
  it("announces each half minute, then each ten seconds", () => {
    expect([120, 119, 91, 90, 61, 31, 30, 29, 11, 10, 1].map(announcedSeconds)).toEqual([120, 120, 120, 90, 90, 60, 30, 30, 20, 10, 10]);
  });
  it("shows minutes and seconds", () => {
    expect([125, 65, 9, 0].map(formatCountdown)).toEqual(["2:05", "1:05", "0:09", "0:00"]);
  });
});
