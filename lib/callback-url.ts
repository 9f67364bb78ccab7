const SAME_ORIGIN = "http://same-origin.invalid";
/** More levels of percent-encoding than this are refused rather than judged. */
const MAX_DECODE_ROUNDS = 4;

/**
 * Each form `value` takes as it is decoded again and again, until it stops changing; undefined when it
 * is malformed or still changes after MAX_DECODE_ROUNDS (a browser or server may decode it once more).
 */
function decodedForms(value: string): string[] | undefined {
  const forms = [value];
  for (let round = 0; round <= MAX_DECODE_ROUNDS; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(forms[forms.length - 1]!);
    } catch {
      return undefined;
    }
    if (decoded === forms[forms.length - 1]) return forms;
    forms.push(decoded);
  }
  return undefined;
}

/** Where `path` lands once dot segments are resolved, or undefined when that could leave the site. */
function resolveOnSite(path: string): URL | undefined {
  if (!path.startsWith("/")) return undefined;
  // Browsers drop tabs and newlines and treat "\" as "/", so "/\t/evil.example" would leave the site.
  if (/[\u0000-\u001f\u007f\\]/u.test(path)) return undefined;
  const resolved = new URL(path, SAME_ORIGIN);
  if (resolved.origin !== SAME_ORIGIN) return undefined;
  // "/.//evil.example" resolves to the path "//evil.example": a browser reads that as another host.
  if (resolved.pathname.startsWith("//")) return undefined;
  return resolved;
}

/**
 * A same-origin path to return to after signing in, or `fallback`. The value is judged in every decoded
 * form and after dot segments are resolved, so nothing that could leave the site gets through
 * (`//evil.example`, `/\evil.example`, `/.//evil.example`, `/%2e%2e//evil.example`, `https://…`,
 * `javascript:…`, control characters, double or triple encoding).
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/"): string {
  if (!value) return fallback;
  const forms = decodedForms(value);
  if (!forms) return fallback;
  const resolved = forms.map(resolveOnSite);
  // The value itself may be a plain path whose decoded form is the one that starts with "/".
  const judged = forms.length > 1 ? resolved.slice(1) : resolved;
  if (judged.some((form) => form === undefined)) return fallback;
  // What the browser is sent: the once-decoded path, resolved (every deeper form was judged too).
  const landing = judged[0]!;
  const path = landing.pathname + landing.search + landing.hash;
  // And the path sent must stay on the site however many times a browser or server decodes it again.
  const sent = decodedForms(path);
  return sent?.every((form) => resolveOnSite(form)) ? path : fallback;
}

/** `/auth/sign-in?callbackURL=<path>`: the sign-in page, returning to `redirectTo` after signing in. */
export function signInPathFor(signInPath: string, redirectTo: string | null | undefined): string {
  const callback = safeCallbackPath(redirectTo, "");
  if (!callback || callback === "/" || callback.startsWith(signInPath)) return signInPath;
  return `${signInPath}?callbackURL=${encodeURIComponent(callback)}`;
}
