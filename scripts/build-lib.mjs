// npm run build: the package in dist/. Each source file compiles to one file (tsc, no bundling), so
// every "use client" and "server-only" boundary stays exactly where it is in the source.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import postcss from "postcss";
import tailwind from "@tailwindcss/postcss";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = `${root}dist`;
rmSync(dist, { recursive: true, force: true });

const tsc = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-p", `${root}tsconfig.build.json`], {
  stdio: "inherit",
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// Node's ESM loader needs full specifiers ("./auth.js", "./db/index.js"); tsc keeps them as written.
const alias = spawnSync(
  process.execPath,
  [`${root}node_modules/tsc-alias/dist/bin/index.js`, "-p", `${root}tsconfig.build.json`, "--resolve-full-paths"],
  { stdio: "inherit" },
);
if (alias.status !== 0) process.exit(alias.status ?? 1);

// Migrations ship beside the compiled code (server/db/migrations.js finds them at ../../prisma).
cpSync(`${root}prisma`, `${dist}/prisma`, { recursive: true });

// CSS: the tokens and the Tailwind v4 entry ship as they are from styles/; a precompiled sheet for apps
// without Tailwind is built here.
const standalone = readFileSync(`${root}styles/standalone.css`, "utf8");
const compiled = await postcss([tailwind({ base: root, optimize: { minify: true } })]).process(standalone, {
  from: `${root}styles/standalone.css`,
});
mkdirSync(dist, { recursive: true });
writeFileSync(`${dist}/styles.css`, compiled.css);
console.log(`dist/ written: compiled TypeScript, prisma/, styles.css (${compiled.css.length} bytes)`);
