import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface StaticServer {
  url: string;
  /** Every request served, as "200 /path" or "404 /path". */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * Serves a built folder (storybook-static, the registry) on a free loopback port. `live`: files written
 * after the server started are served too (the registry is built once its URL is known).
 */
export async function serveStatic(dir: string, { live = false }: { live?: boolean } = {}): Promise<StaticServer> {
  const handler = sirv(dir, { dev: live, etag: true });
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    res.on("finish", () => requests.push(`${res.statusCode} ${req.url}`));
    handler(req, res, () => {
      res.statusCode = 404;
      res.end("Not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
