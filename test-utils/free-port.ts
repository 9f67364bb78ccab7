import { createServer } from "node:net";

/** A TCP port free on the loopback interface when asked (another process may take it after). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server with `start(port)` on a free port, and on another one if that start fails: a port free
 * when probed can be taken before the server listens on it (an outgoing connection of another suite gets
 * it as its local port). Each retry is logged; the last failure is thrown as it is.
 */
export async function onFreePort<T>(start: (port: number) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await start(port);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`[free-port] a start on port ${port} failed, trying another port: ${String((error as Error).message).split("\n")[0]}`);
    }
  }
}
