import { connect } from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string[]>;
  body: string;
}

export interface RawRequest {
  method?: string;
  /** The request target exactly as sent on the request line: no normalising, no encoding. */
  target: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One HTTP/1.1 request over a plain socket, sent byte for byte as given. fetch() and node:http clean
 * up a request target (dot segments, backslashes, fragments, bad escapes); an attacker's client does not.
 */
export function rawRequest(origin: string, request: RawRequest): Promise<RawResponse> {
  const { hostname, port, host } = new URL(origin);
  const method = request.method ?? "GET";
  const headers: Record<string, string> = { host, connection: "close", ...request.headers };
  if (request.body !== undefined) headers["content-length"] = String(Buffer.byteLength(request.body));
  const head = [`${method} ${request.target} HTTP/1.1`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)].join("\r\n");
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error(`${method} ${request.target}: no answer within 30 s`)));
    socket.on("connect", () => socket.write(`${head}\r\n\r\n${request.body ?? ""}`));
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      try {
        resolve(parseResponse(Buffer.concat(chunks), method));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function parseResponse(raw: Buffer, method: string): RawResponse {
  const headEnd = raw.indexOf("\r\n\r\n");
  if (headEnd < 0) throw new Error(`Incomplete HTTP response: ${JSON.stringify(raw.toString("latin1").slice(0, 200))}`);
  const [statusLine = "", ...lines] = raw.subarray(0, headEnd).toString("latin1").split("\r\n");
  const status = Number(statusLine.split(" ")[1]);
  const headers: Record<string, string[]> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    (headers[name] ??= []).push(line.slice(colon + 1).trim());
  }
  let body = raw.subarray(headEnd + 4);
  if (method !== "HEAD" && headers["transfer-encoding"]?.includes("chunked")) body = dechunk(body);
  return { status, headers, body: body.toString("utf8") };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = body.indexOf("\r\n", offset);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(offset, lineEnd).toString("latin1"), 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * The target of a redirect sent after a static shell (Next.js Cache Components): the status is already
 * 200, so Next.js streams a `<meta http-equiv="refresh">` (and its router follows the same target).
 */
export function streamedRedirect(response: RawResponse): string | undefined {
  const meta = /<meta id="__next-page-redirect" http-equiv="refresh" content="\d+;url=([^"]*)"/u.exec(response.body);
  return meta ? meta[1]!.replaceAll("&amp;", "&") : undefined;
}

/** A Suspense boundary whose content failed on the server, streamed after the shell for the browser to render its error boundary. */
export function streamedError(response: RawResponse): boolean {
  return /<template data-dgst=|\$RX\(/u.test(response.body);
}

/** A session's user in an answer's streamed data (the RSC payload the client provider reads). */
export const STREAMED_SESSION = /\\?"email\\?":\\?"[^"\\]+@/u;
