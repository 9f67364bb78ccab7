/**
 * A same-origin path to return to after signing in, or `fallback`. Anything that could leave the site
 * (`//evil.example`, `/\evil.example`, `https://…`, `javascript:…`, control characters) is refused.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/"): string {
  if (!value) return fallback;
  let path = value;
  try {
    // Decode once so encoded variants (%2F%2Fevil.example) are judged like their plain form.
    path = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  // Browsers drop tabs and newlines and treat "\" as "/", so "/\t/evil.example" would leave the site.
  if (/[\u0000-\u001f\u007f\\]/u.test(path)) return fallback;
  const resolved = new URL(path, "http://same-origin.invalid");
  if (resolved.origin !== "http://same-origin.invalid") return fallback;
  return resolved.pathname + resolved.search + resolved.hash;
}

/** `/auth/sign-in?callbackURL=<path>` for returning to `path` after signing in. */
export function signInHref(signInPath: string, returnTo: string | null | undefined): string {
  const callback = safeCallbackPath(returnTo, "");
  if (!callback || callback === "/" || callback.startsWith(signInPath)) return signInPath;
  return `${signInPath}?callbackURL=${encodeURIComponent(callback)}`;
}
