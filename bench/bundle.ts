import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build, type PluginBuild } from "esbuild";

const EXTERNAL = ["react", "react-dom", "react/jsx-runtime", "react-dom/client", "next", "next/*"];

/**
 * What it would take (issue 21): packages whose code a change could move out of the first load, each
 * replaced by an empty module in a copy of the kit's bundle, so its share is measured, not guessed.
 */
export const BUNDLE_PARTS: Record<string, RegExp> = {
  "tailwind-merge (className conflicts)": /^tailwind-merge$/,
  "Radix DropdownMenu and what it brings (popper, focus scope, scroll lock)": /^@radix-ui\/react-dropdown-menu$/,
};

export interface BundleSize {
  /** The first load: the entry chunk and every chunk it imports statically. Bytes; gzip and brotli per file, summed. */
  raw: number;
  gzip: number;
  brotli: number;
  /** Chunks only a dynamic import() reaches (loaded when first used), gzip. */
  onDemandGzip: number;
  /** The npm packages with code in the first load. */
  firstLoadPackages: string[];
}

/**
 * Minified ESM for the browser with React and Next left out, split at dynamic imports as an app's bundler
 * splits it: what the first load downloads, and what waits for first use. Every kit is measured the same
 * way. `without`: imports replaced by an empty module.
 */
export async function bundleSize(entry: string, cwd: string, alsoExternal: string[] = [], without?: RegExp): Promise<BundleSize> {
  const result = await build({
    plugins: [
      { name: "entry", setup: (b) => {
        b.onResolve({ filter: /^entry:measured$/ }, () => ({ path: "measured", namespace: "entry" }));
        b.onLoad({ filter: /.*/, namespace: "entry" }, () => ({ contents: entry, resolveDir: cwd, loader: "tsx" }));
      } },
      ...(without
        ? [{ name: "without", setup: (b: PluginBuild) => {
            b.onResolve({ filter: without }, (args) => ({ path: args.path, namespace: "without" }));
            // CommonJS, so any named import of it bundles (the bundle is measured, never run).
            b.onLoad({ filter: /.*/, namespace: "without" }, () => ({ contents: "module.exports = {};", loader: "js" }));
          } }]
        : []),
    ],
    entryPoints: { measured: "entry:measured" },
    outdir: path.join(cwd, ".bundle-size"), // nothing is written: only names the chunks
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    external: [...EXTERNAL, ...alsoExternal, ...alsoExternal.map((name) => `${name}/*`)],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
    jsx: "automatic",
  });
  const outputs = result.metafile!.outputs;
  const files = new Map(result.outputFiles.map((file) => [path.relative(process.cwd(), file.path), Buffer.from(file.contents)]));
  const entryFile = Object.keys(outputs).find((name) => outputs[name]!.entryPoint)!;
  const firstLoad = new Set<string>();
  const visit = (name: string) => {
    if (firstLoad.has(name)) return;
    firstLoad.add(name);
    for (const imported of outputs[name]!.imports) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(entryFile);
  const size: BundleSize = { raw: 0, gzip: 0, brotli: 0, onDemandGzip: 0, firstLoadPackages: [] };
  const packages = new Set<string>();
  for (const [name, output] of Object.entries(outputs)) {
    if (!name.endsWith(".js")) continue;
    const code = files.get(name)!;
    if (firstLoad.has(name)) {
      for (const input of Object.keys(output.inputs)) {
        const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(input);
        if (match) packages.add(match[1]!);
      }
      size.raw += code.length;
      size.gzip += gzipSync(code, { level: 9 }).length;
      size.brotli += brotliCompressSync(code).length;
    } else size.onDemandGzip += gzipSync(code, { level: 9 }).length;
  }
  size.firstLoadPackages = [...packages].sort();
  return size;
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
