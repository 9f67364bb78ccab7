import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";

const EXTERNAL = ["react", "react-dom", "react/jsx-runtime", "react-dom/client", "next", "next/*"];

/**
 * What it would take (issue 21): packages whose code a change could move out of the first load, each
 * replaced by an empty module in a copy of the kit's bundle, so its share is measured, not guessed.
 */
export const BUNDLE_PARTS: Record<string, RegExp> = {
  "tailwind-merge (className conflicts)": /^tailwind-merge$/,
  "better-auth's React client with its plugins (the kit's default authClient)": /^(better-auth\/(react|client\/plugins)|@better-fetch\/fetch|nanostores)$/,
  "Radix DropdownMenu and what it brings (popper, focus scope, scroll lock)": /^@radix-ui\/react-dropdown-menu$/,
};

/** Minified ESM for the browser with React and Next left out; gzip and brotli sizes in bytes. `without`: imports replaced by an empty module. */
export async function bundleSize(entry: string, cwd: string, alsoExternal: string[] = [], without?: RegExp): Promise<{ raw: number; gzip: number; brotli: number }> {
  const result = await build({
    plugins: without
      ? [{ name: "without", setup: (b) => {
          b.onResolve({ filter: without }, (args) => ({ path: args.path, namespace: "without" }));
          // CommonJS, so any named import of it bundles (the bundle is measured, never run).
          b.onLoad({ filter: /.*/, namespace: "without" }, () => ({ contents: "module.exports = {};", loader: "js" }));
        } }]
      : [],
    stdin: { contents: entry, resolveDir: cwd, loader: "tsx" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    external: [...EXTERNAL, ...alsoExternal, ...alsoExternal.map((name) => `${name}/*`)],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
    jsx: "automatic",
  });
  const code = Buffer.from(result.outputFiles[0]!.contents);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

export const PEER_VERSIONS = { "@daveyplate/better-auth-ui": "3.4.0", "@clerk/nextjs": "7.9.0" };

// better-auth-ui's required peers (installed); its optional integrations (passkeys, captchas, InstantDB,
// Triplit, TanStack) are left out of its bundle, which favours it.
const BETTER_AUTH_UI_PEERS = [
  "@hookform/resolvers", "@radix-ui/react-avatar", "@radix-ui/react-checkbox", "@radix-ui/react-context",
  "@radix-ui/react-dialog", "@radix-ui/react-dropdown-menu", "@radix-ui/react-label", "@radix-ui/react-primitive",
  "@radix-ui/react-select", "@radix-ui/react-separator", "@radix-ui/react-slot", "@radix-ui/react-tabs",
  "@radix-ui/react-tooltip", "@radix-ui/react-use-callback-ref", "@radix-ui/react-use-layout-effect",
  "class-variance-authority", "clsx", "input-otp", "lucide-react", "react-hook-form", "sonner", "tailwind-merge", "zod",
];
export const OPTIONAL_PEER_INTEGRATIONS = [
  "@better-auth/passkey", "@captchafox/react", "@daveyplate/better-auth-tanstack", "@instantdb/react",
  "@marsidev/react-turnstile", "@tanstack/react-query", "@triplit/client", "@triplit/react",
];

/** Installs the peer kits into a scratch folder (never into the kit's own dependencies). */
export function installPeers(scratch: string): void {
  mkdirSync(scratch, { recursive: true });
  if (existsSync(path.join(scratch, "node_modules/sonner")) && existsSync(path.join(scratch, "node_modules/@clerk/nextjs"))) return;
  writeFileSync(
    path.join(scratch, "package.json"),
    JSON.stringify({ name: "bench-peers", private: true, dependencies: {
        ...PEER_VERSIONS,
        ...Object.fromEntries(BETTER_AUTH_UI_PEERS.map((name) => [name, "latest"])),
        "better-auth": "1.7.25",
        react: "19.3.1",
        "react-dom": "19.3.1",
        next: "16.4.6",
      },
    }, null, 2),
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
