/**
 * The path a gate should judge: percent-decoding undone (repeatedly, so %252F is caught too), "\" read
 * as "/", `;params` cut from each segment, "." and ".." resolved, empty segments (// and a trailing /)
 * dropped, and lower-cased. Any spelling that could reach /admin is judged as /admin.
 */
export function normalizePath(pathname: string): string {
  let path = pathname;
  for (let round = 0; round < 5; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      // Malformed escapes: decode what can be decoded, leave the rest, and judge that.
      decoded = path.replace(/%([0-9a-f]{2})/giu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    }
    if (decoded === path) break;
    path = decoded;
  }
  const segments: string[] = [];
  for (const raw of path.replace(/\\/gu, "/").split("/")) {
    const segment = raw.split(";")[0]!.trim();
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`.toLowerCase();
}

/** Whether a normalized path is `prefix` or lies under it. */
export function isUnder(path: string, prefix: string): boolean {
  const base = normalizePath(prefix);
  return base === "/" || path === base || path.startsWith(`${base}/`);
}
