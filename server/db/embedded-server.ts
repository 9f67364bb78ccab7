import { createServer, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import type { Database } from "./database";
import { DatabaseConfigError } from "../errors";

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I': not inside a transaction
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export interface EmbeddedDatabaseServer {
  /** postgresql://… for psql, Prisma Studio, a test process or a script. */
  url: string;
  close(): Promise<void>;
}

/** The next whole message in `buffer` (a startup-phase packet has no type byte), or undefined. */
function nextMessage(buffer: Buffer, started: boolean): { message: Buffer; code?: number } | undefined {
  if (!started) {
    if (buffer.length < 8) return undefined;
    const length = buffer.readInt32BE(0);
    return buffer.length < length ? undefined : { message: buffer.subarray(0, length), code: buffer.readInt32BE(4) };
  }
  if (buffer.length < 5) return undefined;
  const length = 1 + buffer.readInt32BE(1);
  return buffer.length < length ? undefined : { message: buffer.subarray(0, length) };
}

/** Whether PGlite's answer ends with ReadyForQuery outside a transaction: the connection may let go. */
function endsIdle(answer: Uint8Array): boolean {
  const at = answer.length - 6;
  return at >= 0 && answer[at] === READY_FOR_QUERY && answer[answer.length - 1] === IDLE;
}

/**
 * One client connection. PGlite is a single session, so a connection holds it (both of PGlite's locks,
 * which the app's own queries and transactions take too) from its first message until it is idle
 * again: statements of a client's transaction never interleave with the app's.
 */
function serveConnection(pglite: PGlite, socket: Socket, onClose: () => void) {
  let buffer = Buffer.alloc(0);
  let started = false;
  let pumping = false;
  let release: (() => void) | undefined;
  let held: Promise<void> | undefined;

  const hold = async () => {
    if (held) return held;
    held = new Promise<void>((acquired) => {
      void pglite._runExclusiveTransaction(() =>
        pglite._runExclusiveQuery(() => new Promise<void>((done) => {
          release = () => {
            release = undefined;
            held = undefined;
            done();
          };
          acquired();
        })),
      );
    });
    return held;
  };

  const letGo = async (inTransaction: boolean) => {
    if (!release) return;
    // A client that leaves mid-transaction must not leave its half-done work to the app.
    if (inTransaction) await pglite.execProtocolRaw(simpleQuery("ROLLBACK")).catch(() => {});
    release();
  };

  let inTransaction = false;
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      for (let next = nextMessage(buffer, started); next; next = nextMessage(buffer, started)) {
        buffer = buffer.subarray(next.message.length);
        if (!started && next.code === SSL_REQUEST) {
          socket.write("N"); // no TLS on a loopback socket
          continue;
        }
        if (!started && next.code === CANCEL_REQUEST) {
          socket.end();
          return;
        }
        if (started && next.message[0] === TERMINATE) {
          await letGo(inTransaction);
          socket.end();
          return;
        }
        started = true;
        await hold();
        const answer = await pglite.execProtocolRaw(new Uint8Array(next.message));
        if (socket.writable) socket.write(answer);
        if (answer.length >= 6 && answer[answer.length - 6] === READY_FOR_QUERY) {
          inTransaction = !endsIdle(answer);
          if (!inTransaction) await letGo(false);
        }
      }
    } catch (error) {
      socket.destroy(error as Error);
    } finally {
      pumping = false;
    }
  };

  socket.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    void pump();
  });
  socket.on("close", () => void letGo(inTransaction).then(onClose));
  socket.on("error", () => socket.destroy());
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`);
  const message = Buffer.alloc(5 + text.length);
  message[0] = 0x51; // 'Q'
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}

/**
 * Serves the app's embedded PGlite database over the PostgreSQL protocol on a loopback port. PGlite is
 * one process's database; with this, psql, Prisma Studio, a seed script or a test process can reach it
 * while the app runs, instead of opening (and corrupting) the same data directory. No authentication:
 * it listens on loopback only. For development and tests, not production.
 */
export async function serveEmbeddedDatabase(database: Database, options: { port?: number; host?: string } = {}): Promise<EmbeddedDatabaseServer> {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK.has(host)) {
    throw new DatabaseConfigError(`serveEmbeddedDatabase listens on loopback only (it has no authentication), not on ${JSON.stringify(host)}.`);
  }
  if (!database.embedded) {
    throw new DatabaseConfigError(`serveEmbeddedDatabase serves the embedded PGlite database; this one is ${database.description}. Connect to it directly.`);
  }
  const pglite = await database.embedded();
  let open = 0;
  // PGlite is one session: prepared statement names outlive the connection that made them. When the
  // last client leaves, drop them, so a client that reconnects can prepare its statements again.
  const closed = () => {
    if (--open === 0) void pglite.exec("DEALLOCATE ALL").catch(() => {});
  };
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    open++;
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    serveConnection(pglite, socket, closed);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) =>
      reject(new DatabaseConfigError(`Cannot serve the embedded database on ${host}:${options.port ?? 0}: ${(error as Error).message}.`, { cause: error })),
    );
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as { port: number };
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `postgresql://postgres@${urlHost}:${port}/postgres`,
    // Clients still connected are cut off (their open transactions roll back), so closing never hangs.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
