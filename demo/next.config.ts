import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

// The repository root: the kit's sources (which the demo imports as `session-kit/*`) live there.
const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));

// DEMO_CACHE_COMPONENTS=1: the same app with Cache Components (a static shell per route, the session
// streamed into it), built into its own folder so both builds stand side by side.
const cacheComponents = process.env.DEMO_CACHE_COMPONENTS === "1";

const nextConfig: NextConfig = {
  cacheComponents,
  // Partial prefetching renders each page request's Server Components a second time, each render with
  // its own cache(): two session lookups per page instead of one (counted on the wire, e2e/demo).
  ...(cacheComponents && { partialPrefetching: false }),
  distDir: cacheComponents ? ".next-cache-components" : ".next",
  // Pinned into the build: the app's code reads which of the two it is (lib/kit.ts, the proxy, the locale).
  env: { DEMO_CACHE_COMPONENTS: cacheComponents ? "1" : "0" },
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
  // PGlite loads its WASM and data files at run time; the Prisma adapters stay plain Node modules.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Browsers honour it under https only; it pins https once the app is served over it.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          // Content-Security-Policy is set by proxy.ts, with a nonce for each request's scripts.
        ],
      },
    ];
  },
};

export default nextConfig;
