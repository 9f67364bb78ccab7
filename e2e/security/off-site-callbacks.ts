/**
 * Callback URLs that must never send a browser off-site. Shared by the unit test of `safeCallbackPath`
 * and the security suite, which sends each one through the proxy, better-auth, `/lang` and the form.
 */
export const OFF_SITE_CALLBACKS = [
  "//evil.example",
  "https://evil.example",
  "http://evil.example/home",
  "/\\evil.example",
  "\\\\evil.example",
  "/%5Cevil.example",
  "%2F%2Fevil.example",
  "/%2F/evil.example",
  "///evil.example",
  "/\t/evil.example",
  "https:evil.example",
  "//evil.example@127.0.0.1",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "%6Aavascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  // Dot segments that resolve to `//host` (the open redirect found in review).
  "/.//evil.example",
  "/./\\evil.example",
  "/home/..//evil.example",
  "/home/../..//evil.example",
  "/a/b/../../..//evil.example",
  "/..//evil.example",
  "/%2e%2e//evil.example",
  "/%2E%2E//evil.example",
  "/%2e//evil.example",
  "/.%2e//evil.example",
  "/%2e.//evil.example",
  "/home/%2e%2e//evil.example",
  "/home%2F..%2F%2Fevil.example",
  "/%2e%2e%2F%2Fevil.example",
  // Double and triple encoding.
  "%252F%252Fevil.example",
  "/%252e%252e//evil.example",
  "/%252e%252e%252f%252fevil.example",
  "%25252F%25252Fevil.example",
  "/%25252e%25252e//evil.example",
  "/%2525252e%2525252e//evil.example",
  // Backslashes, plain and encoded, mixed with dots.
  "/.\\/evil.example",
  "/.%5C/evil.example",
  "/%2e%2e%5C%5Cevil.example",
  "/home/..\\\\evil.example",
  "/%255C%255Cevil.example",
  // Control characters a browser strips.
  "/%0a/evil.example",
  "/%0d%0a/evil.example",
  "/.%09//evil.example",
];
