// Largest unit first: a time is told in the largest unit it spans at least once.
const UNITS: [unit: Intl.RelativeTimeFormatUnit, seconds: number][] = [
  ["year", 365 * 24 * 60 * 60],
  ["month", 30 * 24 * 60 * 60],
  ["week", 7 * 24 * 60 * 60],
  ["day", 24 * 60 * 60],
  ["hour", 60 * 60],
  ["minute", 60],
];

/**
 * How long before (or after) `now` a moment was, in the locale: "5 minutes ago", "yesterday", "now"
 * (under a minute), "قبل ٥ دقائق". `now` is a parameter so renders are deterministic.
 */
export function formatRelativeTime(moment: Date | string, now: Date | string, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const elapsedSeconds = (new Date(moment).getTime() - new Date(now).getTime()) / 1000;
  for (const [unit, seconds] of UNITS) {
    if (Math.abs(elapsedSeconds) >= seconds) return format.format(Math.trunc(elapsedSeconds / seconds), unit);
  }
  return format.format(0, "second");
}
