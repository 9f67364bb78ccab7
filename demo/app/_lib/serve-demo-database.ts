import { createDatabase, type Database, serveEmbeddedDatabase } from "session-kit/database";

/**
 * Serves the demo's embedded database on a loopback port. It shares the one Database of this process
 * with app/_lib/kit.ts (the same globalThis slot), so the data directory is opened once.
 */
export async function serveDemoDatabase(port: number) {
  // 0: a port the system picks, named in the line logged below (no race with another process for it).
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`EMBEDDED_DATABASE_PORT must be a TCP port (0 for any free one), got ${JSON.stringify(process.env.EMBEDDED_DATABASE_PORT)}.`);
  const globalForKit = globalThis as typeof globalThis & { __sessionKitDatabase?: Database };
  const database = (globalForKit.__sessionKitDatabase ??= createDatabase());
  const server = await serveEmbeddedDatabase(database, { port });
  console.log(`[demo] embedded database served at ${server.url}`);
}
