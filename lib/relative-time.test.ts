import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "./relative-time";

const NOW = new Date("2026-03-10T12:00:00.000Z");
const before = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe("formatRelativeTime", () => {
  it("tells a past moment in the largest unit it spans", () => {
    expect(formatRelativeTime(before(20), NOW, "en")).toBe("now");
    expect(formatRelativeTime(before(5 * 60), NOW, "en")).toBe("5 minutes ago");
    expect(formatRelativeTime(before(90 * 60), NOW, "en")).toBe("1 hour ago");
    expect(formatRelativeTime(before(30 * 60 * 60), NOW, "en")).toBe("yesterday");
    expect(formatRelativeTime(before(3 * 24 * 60 * 60), NOW, "en")).toBe("3 days ago");
    expect(formatRelativeTime(before(15 * 24 * 60 * 60), NOW, "en")).toBe("2 weeks ago");
    expect(formatRelativeTime(before(400 * 24 * 60 * 60), NOW, "en")).toBe("last year");
  });

  it("accepts ISO strings, as dates arrive after serialisation", () => {
    expect(formatRelativeTime(before(2 * 60 * 60).toISOString(), NOW.toISOString(), "en")).toBe("2 hours ago");
  });

  it("speaks the locale", () => {
    expect(formatRelativeTime(before(5 * 60), NOW, "ar")).toBe(new Intl.RelativeTimeFormat("ar", { numeric: "auto" }).format(-5, "minute"));
    expect(formatRelativeTime(before(5 * 60), NOW, "ar")).not.toBe(formatRelativeTime(before(5 * 60), NOW, "en"));
  });
});
