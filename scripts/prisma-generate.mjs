// Generates the Prisma client offline. `prisma generate` never runs the schema engine, but the CLI
// insists on having one; its download is blocked on many machines, so we point it at any existing file.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const prismaBin = new URL("../node_modules/prisma/build/index.js", import.meta.url);
if (!existsSync(prismaBin)) {
  // Installed as a dependency of an app without the Prisma CLI: the app generates its own client.
  process.exit(0);
}
const result = spawnSync(process.execPath, [fileURLToPath(prismaBin), "generate"], {
  cwd: root,
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
