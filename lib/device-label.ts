/** What a user agent says about a device, in names people know; null where it says nothing usable. */
export interface DeviceDescription {
  browser: string | null;
  os: string | null;
}

// First match wins, so the more specific tokens come first: Edge and Opera also say "Chrome", Chrome
// also says "Safari", Android also says "Linux", iPhones also say "Mac OS X".
const BROWSERS: [pattern: RegExp, name: string][] = [
  [/\bEdg(?:e|A|iOS)?\//u, "Edge"],
  [/\bOPR\/|\bOpera\b/u, "Opera"],
  [/\bSamsungBrowser\//u, "Samsung Internet"],
  [/\bFirefox\/|\bFxiOS\//u, "Firefox"],
  [/\b(?:Headless)?Chrome\/|\bCriOS\//u, "Chrome"],
  [/\bChromium\//u, "Chromium"],
  [/\bVersion\/[\d.]+.*\bSafari\//u, "Safari"],
];

const OPERATING_SYSTEMS: [pattern: RegExp, name: string][] = [
  [/\bWindows\b/u, "Windows"],
  [/\biPad\b/u, "iPadOS"],
  [/\biPhone\b|\biPod\b/u, "iOS"],
  [/\bAndroid\b/u, "Android"],
  [/\bCrOS\b/u, "ChromeOS"],
  [/\bMac OS X\b|\bMacintosh\b/u, "macOS"],
  [/\bLinux\b/u, "Linux"],
];

const firstMatch = (userAgent: string, candidates: [RegExp, string][]) =>
  candidates.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;

/** "Mozilla/5.0 (X11; Linux x86_64) … Chrome/142.0 Safari/537.36" → { browser: "Chrome", os: "Linux" }. */
export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription {
  const value = userAgent ?? "";
  return { browser: firstMatch(value, BROWSERS), os: firstMatch(value, OPERATING_SYSTEMS) };
}
