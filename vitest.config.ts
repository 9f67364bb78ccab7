import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { findChromium } from "./scripts/chromium.mjs";
import { RunSummaryReporter } from "./e2e/run-summary-reporter.ts";

/** Debian's Chromium (tests never download a browser; `npm test`'s pretest installs it); CHROMIUM_PATH points elsewhere. */
export const chromiumLaunchOptions = {
  executablePath: findChromium() ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

/**
 * The scale suite (several instances, PgBouncer, Redis, restarts) needs a PostgreSQL server even in the
 * embedded default: DATABASE_URL's, else the machine's own on 127.0.0.1:5432.
 */
const scaleDatabaseUrl = process.env.DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";

const emptyModule = fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url));

export default defineConfig({
  resolve: {
    // Next.js resolves "server-only" to an empty module on the server; so do the Node tests.
    // The matrix app's plain-JS options (e2e/consumer-own-auth/lib/auth-options.mjs) import the plugin by
    // its package name, which tsconfig paths do not reach in a .mjs file: the source, never a stale dist/.
    alias: { "server-only": emptyModule, "session-kit/plugin": fileURLToPath(new URL("./server/plugin.ts", import.meta.url)) },
    // The demo imports the kit as `session-kit/*`: tsconfig.json's paths map those names to the source.
    tsconfigPaths: true,
  },
  test: {
    globals: true,
    reporters: ["default", new RunSummaryReporter()],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "mocks/**/*.test.ts", "storybook/**/*.test.ts", "e2e/entry-points.test.ts", "e2e/demo-imports.test.ts"],
          exclude: ["**/*.db.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "components",
          environment: "jsdom",
          environmentOptions: { jsdom: { url: "http://localhost:3000/" } },
          include: ["components/**/*.test.tsx", "testing/**/*.test.tsx"],
          setupFiles: ["test-utils/jsdom-setup.ts"],
        },
      },
      {
        extends: true,
        // Every story is a test: rendered in real Chromium, its play function run, then axe.
        plugins: [storybookTest({ configDir: fileURLToPath(new URL("./.storybook", import.meta.url)) })],
        test: {
          name: "storybook",
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["e2e/**/*.e2e.test.ts", "bench/bench.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // npm run test:security: the attack corpus, revocation, outage and load against next start.
          name: "security",
          environment: "node",
          include: ["e2e/security/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The same demo and attack suites against the demo's Cache Components build (static shells, the
          // session streamed in: DEMO_CACHE_COMPONENTS=1, built by npm run demo:build), plus what only it has.
          name: "e2e-cache-components",
          environment: "node",
          include: ["e2e/demo.e2e.test.ts", "e2e/static-shell.test.ts"],
          env: { DEMO_CACHE_COMPONENTS: "1" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "security-cache-components",
          environment: "node",
          include: ["e2e/security/**/*.test.ts"],
          env: { DEMO_CACHE_COMPONENTS: "1" },
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "consumer",
          environment: "node",
          include: ["e2e/consumer.test.ts"],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          // npm run test:scale: three instances on one database, PgBouncer, Redis, PostgreSQL restarted
          // under load; one file at a time (each starts several servers), one summary line at the end.
          name: "scale",
          environment: "node",
          include: ["e2e/scale/**/*.scale.test.ts"],
          env: { DATABASE_URL: scaleDatabaseUrl },
          globalSetup: ["e2e/scale/scale-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          environment: "node",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
