import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";

const EXTERNAL = ["react", "react-dom", "react/jsx-runtime", "react-dom/client", "next", "next/*"];

/** Minified ESM for the browser with React and Next left out; gzip and brotli sizes in bytes. */
export async function bundleSize(entry: string, cwd: string): Promise<{ raw: number; gzip: number; brotli: number }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: cwd, loader: "tsx" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    external: EXTERNAL,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
    jsx: "automatic",
  });
  const code = Buffer.from(result.outputFiles[0]!.contents);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

export const PEER_VERSIONS = { "@daveyplate/better-auth-ui": "3.4.0", "@clerk/nextjs": "7.9.0" };

/** Installs the peer kits into a scratch folder (never into the kit's own dependencies). */
export function installPeers(scratch: string): void {
  mkdirSync(scratch, { recursive: true });
  if (existsSync(path.join(scratch, "node_modules/@clerk/nextjs")) && existsSync(path.join(scratch, "node_modules/@daveyplate/better-auth-ui"))) return;
  writeFileSync(
    path.join(scratch, "package.json"),
    JSON.stringify({ name: "bench-peers", private: true, dependencies: { ...PEER_VERSIONS, "better-auth": "1.7.25", react: "19.3.1", "react-dom": "19.3.1", next: "16.4.6" } }, null, 2),
  );
  const install = spawnSync("npm", ["install", "--legacy-peer-deps", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: scratch, encoding: "utf8" });
  if (install.status !== 0) throw new Error(`installing the peer kits failed:\n${install.stdout}\n${install.stderr}`);
}

/** The same three roles from each kit: the user menu, a sign-out button, a role/auth gate. */
export const ENTRIES = {
  kit: `export { UserMenu, SignOutButton, AdminLink } from "${path.resolve(import.meta.dirname, "../components/index.ts")}";`,
  betterAuthUi: `export { AuthUIProvider, UserButton, SignedIn, SignedOut } from "@daveyplate/better-auth-ui";`,
  clerk: `export { ClerkProvider, UserButton, SignOutButton, Show } from "@clerk/nextjs";`,
};
