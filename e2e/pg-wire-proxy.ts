import { createServer, type Server, type Socket, connect } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A TCP proxy in front of PostgreSQL that reads the client side of the wire protocol, so tests can
 * count the statements an app really sends (every Execute of the extended protocol, every simple
 * Query), see their SQL, and cut the database off and restore it (an outage) without touching it.
 */
export interface PgWireProxy {
  url: string;
  /** SQL of each statement executed since the last reset, in order. */
  statements(): string[];
  reset(): void;
  /** Refuses new connections and drops open ones, as a database outage would. */
  cutOff(): void;
  restore(): void;
  close(): Promise<void>;
}

const PROTOCOL_V3 = 196_608;
const SSL_REQUEST = 80_877_103;

export async function startPgWireProxy(upstreamUrl: string): Promise<PgWireProxy> {
  const upstream = new URL(upstreamUrl);
  const upstreamPort = Number(upstream.port || 5432);
  const upstreamHost = upstream.hostname || "127.0.0.1";
  let executed: string[] = [];
  let available = true;
  const sockets = new Set<Socket>();

  const server: Server = createServer((client) => {
    if (!available) {
      client.destroy();
      return;
    }
    const database = connect(upstreamPort, upstreamHost);
    sockets.add(client);
    sockets.add(database);
    const preparedSql = new Map<string, string>();
    let pendingSql = "";
    let buffer = Buffer.alloc(0);
    let started = false;

    const readMessages = () => {
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          if (code === PROTOCOL_V3) started = true;
          else if (code !== SSL_REQUEST) started = true; // cancel requests and the like: nothing to count
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0]!);
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        const body = buffer.subarray(5, 1 + length);
        if (type === "Q") {
          executed.push(body.toString("utf8").replace(/\0$/u, ""));
        } else if (type === "P") {
          const nameEnd = body.indexOf(0);
          const name = body.subarray(0, nameEnd).toString("utf8");
          const sqlEnd = body.indexOf(0, nameEnd + 1);
          const sql = body.subarray(nameEnd + 1, sqlEnd).toString("utf8");
          preparedSql.set(name, sql);
        } else if (type === "B") {
          const portalEnd = body.indexOf(0);
          const statementEnd = body.indexOf(0, portalEnd + 1);
          pendingSql = preparedSql.get(body.subarray(portalEnd + 1, statementEnd).toString("utf8")) ?? "";
        } else if (type === "E") {
          executed.push(pendingSql);
        }
        buffer = buffer.subarray(1 + length);
      }
    };

    client.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      readMessages();
      database.write(chunk);
    });
    database.on("data", (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      database.destroy();
      sockets.delete(client);
      sockets.delete(database);
    };
    client.on("close", end);
    database.on("close", end);
    client.on("error", end);
    database.on("error", end);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = new URL(upstreamUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);

  return {
    url: url.toString(),
    statements: () => [...executed],
    reset: () => {
      executed = [];
    },
    cutOff: () => {
      available = false;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    restore: () => {
      available = true;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
