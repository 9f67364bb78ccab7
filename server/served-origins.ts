const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];
/** Listening on these, the app is reachable under every loopback name too. */
const LOCAL_LISTEN_NAMES = new Set([...LOOPBACK_NAMES, "0.0.0.0", "[::]"]);

/**
 * The origin(s) a request was served on: the request's URL as Next.js builds it (from the host and
 * port it listens on, not from the Host header). A loopback server answers under each loopback name,
 * so those count as one site, on the same port and scheme only: another port is another app.
 */
export function servedOrigins(requestUrl: string | undefined): string[] {
  if (!requestUrl) return [];
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return [];
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return [];
  if (!LOCAL_LISTEN_NAMES.has(url.hostname)) return [url.origin];
  return LOOPBACK_NAMES.map((name) => `${url.protocol}//${name}${url.port ? `:${url.port}` : ""}`);
}
