import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arabicMessages as arabic } from "../components/messages";
import { serveEmbeddedDatabase } from "../server/db/embedded-server";
import { createDatabase } from "../server/db/database";
import { IN_MEMORY } from "../server/db/database-target";
import { testBackends } from "../test-utils/databases";
import { childEnvironment } from "./child-environment";
import { startPgWireProxy } from "./pg-wire-proxy";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../vitest.config";
import { serveStatic } from "./static-server";
import { signIn } from "../testing/e2e";

// npm run test:consumer: the kit as a user gets it. Build dist/, pack the tarball, create a fresh
// Next.js 16 app in a temporary folder (the files in e2e/consumer-app, the same steps as the README's
// "Add to your app"), install the tarball from disk and everything else from the npm registry, then
// `next build` and a production request.
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TEMPLATE = path.join(ROOT, "e2e/consumer-app");
const PEERS = { next: "16.4.6", react: "19.3.1", "react-dom": "19.3.1", "better-auth": "1.7.25" };
/** The optional peers session-kit/database loads, at the versions the kit is tested with. */
const DATABASE_PEERS = Object.fromEntries(
  ["@electric-sql/pglite", "@prisma/adapter-pg", "@prisma/client", "pg", "pglite-prisma-adapter"].map((name) => [
    name,
    (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> }).devDependencies[name]!,
  ]),
);

/** Children get a clean environment without DATABASE_URL: the fresh app uses its own embedded database. */
const cleanEnv = (extra: Record<string, string> = {}) => childEnvironment(extra, ["DATABASE_URL"]);

/**
 * Like run(), without blocking this process: a database served from here (the embedded one) must keep
 * answering while the child works.
 */
function runWhileServing(command: string, args: string[], cwd: string, env = cleanEnv()): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => resolve({ status, output: output.replace(/\u001b\[[0-9;]*m/gu, "") }));
  });
}

function run(command: string, args: string[], cwd: string, env = cleanEnv()) {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  // Without colour codes, so messages can be matched as text.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/gu, "") };
}

// The kit built and packed once, for every app below.
let work: string;
let tarball: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "session-kit-consumer-"));
  const build = run(process.execPath, ["scripts/build-lib.mjs"], ROOT);
  expect(build.status, build.output).toBe(0);
  const packed = run("npm", ["pack", "--silent", "--pack-destination", work], ROOT);
  expect(packed.status, packed.output).toBe(0);
  tarball = readdirSync(work).find((file) => file.endsWith(".tgz"))!;
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A fresh app from `template` (with `overlay`'s files on top), with the tarball and `dependencies` installed from the registry. */
function createApp(name: string, template: string, dependencies: Record<string, string> = {}, overlay?: string, packageFields: Record<string, unknown> = {}): string {
  const app = path.join(work, name);
  cpSync(template, app, { recursive: true });
  if (overlay) cpSync(overlay, app, { recursive: true });
  writeFileSync(
    path.join(app, "package.json"),
    JSON.stringify(
      {
        name,
        private: true,
        type: "module",
        dependencies: { ...PEERS, ...dependencies, "session-kit": `file:../${tarball}` },
        devDependencies: { typescript: "5.9.3", "@types/react": "19.3.3", "@types/node": "20.19.25", "@types/pg": "8.23.1" },
        ...packageFields,
      },
      null,
      2,
    ),
  );
  const install = run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], app);
  expect(install.status, install.output).toBe(0);
  return app;
}

/** `next start` on a free-ish port; resolves once it answers, with its URL. */
async function startApp(app: string, env: Record<string, string>): Promise<{ url: string; server: ChildProcess; log: () => string }> {
  const port = 3900 + Math.floor(Math.random() * 90);
  let log = "";
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: app,
    env: cleanEnv({ NODE_ENV: "production", BETTER_AUTH_SECRET: "consumer-test-secret-of-32-characters-or-more", ...env }),
  });
  server.stdout?.on("data", (chunk) => (log += chunk));
  server.stderr?.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${log}`);
    try {
      await fetch(`${url}/favicon.ico`);
      return { url, server, log: () => log };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`next start did not answer:\n${log}`);
}

describe("a fresh Next.js app that installs the packed kit", () => {
  let app: string;
  let server: ChildProcess | undefined;

  beforeAll(() => {
    // It uses session-kit/database (embedded PGlite, Prisma), so it installs those optional peers itself.
    app = createApp("consumer-app", TEMPLATE, DATABASE_PEERS);
  });

  afterAll(() => {
    server?.kill("SIGTERM");
  });

  it("installs only dist/, prisma/, the CSS entries and the README from the tarball", () => {
    const installed = readdirSync(path.join(app, "node_modules/session-kit")).sort();
    expect(installed).toEqual(["README.md", "dist", "package.json", "prisma", "styles"]);
    expect(readdirSync(path.join(app, "node_modules/session-kit/styles")).sort()).toEqual(["tailwind.css", "theme-inline.css", "theme.css"]);
  });

  it("migrates the app's database from a plain Node script through session-kit/database", () => {
    const migrate = run(process.execPath, ["scripts/migrate.mjs"], app);
    expect(migrate.status, migrate.output).toBe(0);
    expect(migrate.output).toMatch(/migrated embedded PGlite .*20261128000000_init/u);
  });

  it("builds with next build and serves the page in production", async () => {
    const build = run(process.execPath, ["node_modules/next/dist/bin/next", "build"], app);
    expect(build.status, build.output).toBe(0);

    const port = 3900 + Math.floor(Math.random() * 90);
    let log = "";
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: app,
      env: cleanEnv({ NODE_ENV: "production", BETTER_AUTH_SECRET: "consumer-test-secret-of-32-characters-or-more" }),
    });
    server.stdout?.on("data", (chunk) => (log += chunk));
    server.stderr?.on("data", (chunk) => (log += chunk));
    let html = "";
    for (let attempt = 0; attempt < 150 && !html; attempt++) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.status === 200) html = await response.text();
        else expect(response.status, log).toBeLessThan(500);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    expect(html, log).toContain("Signed out on the server"); // getSession() in a server component
    expect(html).toContain('data-slot="user-menu-skeleton"'); // UserMenu, client component, server-rendered
    expect(html).toContain('data-slot="sign-out-button"'); // SignOutButton
    expect(html).toMatch(/<link[^>]+\.css/u); // session-kit/styles.css
    // A Server Component read arabicMessages and isAdmin from "session-kit" as plain values.
    expect(html).toContain(`data-testid="arabic">${arabic.signIn}</p>`);
    expect(html).toContain("admin rule runs on the server");
    expect(html).toContain(`aria-label="${arabic.loadingAccount}"`);
    // The proxy factory is wired: a signed-out visit to a protected path goes to sign-in.
    const home = await fetch(`http://127.0.0.1:${port}/home`, { redirect: "manual" });
    expect(home.status).toBe(307);
    expect(home.headers.get("location")).toContain("/auth/sign-in?callbackURL=%2Fhome");
    const session = await fetch(`http://127.0.0.1:${port}/api/auth/get-session`);
    expect(session.status).toBe(200);
    expect(await session.json()).toBeNull();
  });

  it("fails the build, naming the import, when a client component imports session-kit/server", () => {
    writeFileSync(
      path.join(app, "app/bad-import.tsx"),
      `"use client";\nimport { createSessionKit } from "session-kit/server";\nexport function Bad() { return <p>{typeof createSessionKit}</p>; }\n`,
    );
    mkdirSync(path.join(app, "app/bad"), { recursive: true });
    writeFileSync(path.join(app, "app/bad/page.tsx"), `import { Bad } from "../bad-import";\nexport default function Page() { return <Bad />; }\n`, { flag: "w" });
    const build = run(process.execPath, ["node_modules/next/dist/bin/next", "build"], app);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain("'server-only' cannot be imported from a Client Component module");
    // The code frame Next prints shows the kit's own hint, naming the import to use instead.
    expect(build.output).toContain('// Client Components: import "session-kit" instead.');
    expect(build.output).toContain("app/bad-import.tsx");
  });
});

/** A way an app with its own better-auth stores its data: the adapter, its packages, a step after install. */
interface OwnAuthVariant {
  name: string;
  /** Laid over e2e/consumer-own-auth (see e2e/consumer-variants/README.md); none: the base app itself. */
  overlay?: string;
  dependencies: Record<string, string>;
  /** Packages the app must not end up with. */
  absent: string[];
  /** Run after install, e.g. the app generating its Prisma client. */
  prepare?: { args: string[]; env?: Record<string, string> };
}

const NOT_ASKED_FOR = ["@electric-sql/pglite", "pglite-prisma-adapter", "next-safe-action", "msw"];
const OWN_AUTH_VARIANTS: OwnAuthVariant[] = [
  // better-auth's built-in adapter over the app's pg Pool, which the kit finds on the auth options.
  { name: "built-in adapter over a pg Pool", dependencies: { pg: "8.23.1" }, absent: ["@prisma/client", "@prisma/adapter-pg", ...NOT_ASKED_FOR] },
  {
    name: "Prisma with its own @@map/@map schema",
    overlay: "prisma",
    dependencies: { pg: "8.23.1", prisma: "7.10.0", "@prisma/client": "7.10.0", "@prisma/adapter-pg": "7.10.0" },
    // The Prisma CLI brings its own PGlite (for `prisma dev`); the kit brings none.
    absent: NOT_ASKED_FOR.filter((name) => name !== "@electric-sql/pglite"),
    // `prisma generate` never runs the schema engine, whose download is blocked here: any file will do.
    prepare: { args: ["node_modules/prisma/build/index.js", "generate"], env: { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, CHECKPOINT_DISABLE: "1" } },
  },
  {
    name: "Drizzle with its own pgTables",
    overlay: "drizzle",
    dependencies: { pg: "8.23.1", "drizzle-orm": "0.45.4" },
    absent: ["@prisma/client", "@prisma/adapter-pg", ...NOT_ASKED_FOR],
  },
];

// The matrix's apps with their own better-auth (README › "Add it to your app"): plural snake_case tables, a
// `plan` field, basePath /api/v1/auth, cookie prefix "myapp", no admin or organization plugin, stored
// through each variant's adapter; the kit adds its plugin, createSessionKit, AuthClientProvider and the proxy.
describe.each(OWN_AUTH_VARIANTS)("a fresh Next.js app with its own better-auth: $name", (variant) => {
  const backend = testBackends().find((candidate) => candidate.name === "postgres");
  let app: string;
  let started: Awaited<ReturnType<typeof startApp>> | undefined;
  let wire: Awaited<ReturnType<typeof startPgWireProxy>>;
  const closers: Array<() => Promise<void>> = [];
  const env: Record<string, string> = {};

  beforeAll(async () => {
    // Its database: a fresh PostgreSQL database with DATABASE_URL, else embedded PGlite served over
    // the PostgreSQL protocol (one session: the app's pool keeps to one connection). A wire proxy
    // in front counts the statements.
    let upstream: string;
    if (backend) {
      const database = await backend.create();
      closers.push(() => database.dispose());
      upstream = (database.target as { url: string }).url;
    } else {
      const database = createDatabase({ kind: "pglite", dataDir: IN_MEMORY });
      const embedded = await serveEmbeddedDatabase(database);
      closers.push(async () => {
        await embedded.close();
        await database.close();
      });
      upstream = embedded.url;
      env.APP_DATABASE_POOL_MAX = "1";
    }
    wire = await startPgWireProxy(upstream);
    closers.push(() => wire.close());
    env.APP_DATABASE_URL = wire.url;
    const slug = `own-auth-${variant.overlay ?? "pg"}`;
    app = createApp(slug, path.join(ROOT, "e2e/consumer-own-auth"), variant.dependencies, variant.overlay && path.join(ROOT, "e2e/consumer-variants", variant.overlay));
    if (variant.prepare) {
      const prepared = await runWhileServing(process.execPath, variant.prepare.args, app, cleanEnv(variant.prepare.env));
      expect(prepared.status, prepared.output).toBe(0);
    }
    const migrate = await runWhileServing(process.execPath, ["scripts/migrate.mjs"], app, cleanEnv(env));
    expect(migrate.status, migrate.output).toBe(0);
    expect(migrate.output).toMatch(/created users, sessions, accounts, verifications/u);
    env.APP_ADMIN_USER_IDS = /admin user id: (\S+)/u.exec(migrate.output)![1]!;
  });

  afterAll(async () => {
    started?.server.kill("SIGTERM");
    for (const close of closers.reverse()) await close();
  });

  it("installs no package it did not ask for (no PGlite, no next-safe-action, no msw; Prisma only if it uses Prisma)", () => {
    for (const name of variant.absent) expect(existsSync(path.join(app, "node_modules", name)), name).toBe(false);
    for (const name of Object.keys(variant.dependencies)) expect(existsSync(path.join(app, "node_modules", name)), `${name}, which the app installed itself`).toBe(true);
  });

  it("builds (getSession typed with the app's plan field), signs up and in, and serves the session in one statement", async () => {
    const build = await runWhileServing(process.execPath, ["node_modules/next/dist/bin/next", "build"], app, cleanEnv(env));
    expect(build.status, build.output).toBe(0);
    started = await startApp(app, env);
    const { url } = started;
    const post = (endpoint: string, body: unknown) =>
      fetch(`${url}/api/v1/auth${endpoint}`, { method: "POST", headers: { "content-type": "application/json", origin: url }, body: JSON.stringify(body) });
    expect((await post("/sign-up/email", { email: "ada@example.com", password: "password1234", name: "Ada Lovelace" })).status, started.log()).toBe(200);
    const signIn = await post("/sign-in/email", { email: "ada@example.com", password: "password1234" });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    expect(cookie).toMatch(/^(__Secure-)?myapp\.session_token=/u); // secure names in production

    const first = await (await fetch(`${url}/`, { headers: { cookie } })).text();
    expect(first, started.log()).toContain("Signed in as Ada Lovelace on free");
    // The user menu is in the server HTML (the server SessionProvider handed the session over).
    expect(first).toContain('aria-label="Account menu for Ada Lovelace"');
    expect(first).not.toContain('data-slot="user-menu-skeleton"');
    // Email and password only: Ada is no admin and her account is personal; Grace is in adminUserIds.
    expect(first).toContain('data-testid="admin">not an admin<');
    expect(first).toContain('data-testid="account">personal account<');

    wire.reset();
    const again = await (await fetch(`${url}/`, { headers: { cookie } })).text();
    expect(again).toContain("Signed in as Ada Lovelace on free");
    expect(wire.statements(), `one statement: the session joined to its user, on the app's tables; got:\n${wire.statements().join("\n")}`).toHaveLength(1);
    expect(wire.statements()[0]).toMatch(/FROM "sessions" s JOIN "users" u/u);
    const grace = await post("/sign-in/email", { email: "grace@example.com", password: "password1234" });
    const graceCookie = grace.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    expect(await (await fetch(`${url}/`, { headers: { cookie: graceCookie } })).text()).toContain('data-testid="admin">admin<');

    // The proxy reads the app's cookie prefix: signed out to sign-in, signed in through.
    const signedOut = await fetch(`${url}/home`, { redirect: "manual" });
    expect(signedOut.status).toBe(307);
    expect(signedOut.headers.get("location")).toContain("/auth/sign-in?callbackURL=%2Fhome");
    expect((await fetch(`${url}/home`, { headers: { cookie }, redirect: "manual" })).status).toBe(200);
  });

  // The app's own tests on session-kit/testing (README › "Your app's own tests"), in the first variant's app.
  if (!variant.overlay) {
    it("runs the app's own tests: Vitest renders its component as admin and signed out, Playwright signs a test user in and sees /home", async () => {
      cpSync(path.join(ROOT, "e2e/consumer-app-tests"), app, { recursive: true });
      const devDependencies = { vitest: "4.1.12", jsdom: "29.1.1", "@testing-library/react": "16.3.3", "@testing-library/dom": "10.4.2", "@playwright/test": "1.65.1" };
      const install = run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", ...Object.entries(devDependencies).map(([name, version]) => `${name}@${version}`)], app);
      expect(install.status, install.output).toBe(0);

      const vitest = await runWhileServing(process.execPath, ["node_modules/vitest/vitest.mjs", "run"], app);
      expect(vitest.status, vitest.output).toBe(0);
      expect(vitest.output).toMatch(/Tests\s+3 passed \(3\)/u);

      const playwright = await runWhileServing(process.execPath, ["node_modules/@playwright/test/cli.js", "test"], app, cleanEnv({ ...env, APP_URL: started!.url, CHROMIUM_PATH: chromiumLaunchOptions.executablePath }));
      expect(playwright.status, `${playwright.output}\n${started!.log()}`).toBe(0);
      expect(playwright.output).toMatch(/1 passed/u);
    });
  }
});

// README › "Your app's Storybook": a fresh app adds session-kit/storybook with one line, and its own
// client component (reading the session through the kit's hook) and async Server Component (calling
// its getSession(), mocked with sb.mock) follow the Session toolbar in the built Storybook.
describe("a fresh app's own Storybook on session-kit/storybook", () => {
  const STORYBOOK = "10.6.5";
  let app: string;

  beforeAll(() => {
    app = createApp(
      "consumer-storybook",
      path.join(ROOT, "e2e/consumer-storybook"),
      { storybook: STORYBOOK, "@storybook/nextjs-vite": STORYBOOK, "@storybook/react": STORYBOOK, vite: "8.3.8", msw: "2.15.0", "msw-storybook-addon": "3.0.3" },
      undefined,
      // The Next.js Vite plugin's module-alias 2.3.4 breaks on Node 20 (FACTS.md).
      { overrides: { "module-alias": "2.3.0" } },
    );
    // MSW's worker, as `msw init public` writes it.
    mkdirSync(path.join(app, "public"), { recursive: true });
    cpSync(path.join(app, "node_modules/msw/lib/mockServiceWorker.js"), path.join(app, "public/mockServiceWorker.js"));
  });

  it("builds, and shows every story in the state its toolbar value names: the client component and the server component alike", async () => {
    const build = await runWhileServing(process.execPath, ["node_modules/storybook/dist/bin/dispatcher.js", "build", "--quiet", "-o", "storybook-static"], app, cleanEnv({ STORYBOOK_DISABLE_TELEMETRY: "1" }));
    expect(build.status, build.output).toBe(0);
    const served = await serveStatic(path.join(app, "storybook-static"));
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const expected = {
        signedOut: { badge: "No plan: signed out", panel: "Server: signed out", menu: "Sign in", admin: false },
        member: { badge: "Ada Lovelace: free plan", panel: "Server: Ada Lovelace", menu: "Account menu for Ada Lovelace", admin: false },
        admin: { badge: "Grace Hopper: admin", panel: "Server: Grace Hopper (admin)", menu: "Account menu for Grace Hopper", admin: true },
      };
      const check = async (query: string, want: (typeof expected)[keyof typeof expected], label: string) => {
        await page.goto(`${served.url}/iframe.html?viewMode=story&${query}`);
        await page.getByTestId("plan-badge").filter({ hasText: want.badge }).waitFor({ timeout: 15_000 }).catch(() => {});
        expect(await page.getByTestId("plan-badge").textContent(), `${label}: the client component`).toBe(want.badge);
        await page.getByTestId("account-panel").filter({ hasText: want.panel }).waitFor({ timeout: 15_000 }).catch(() => {});
        expect(await page.getByTestId("account-panel").textContent(), `${label}: the server component`).toBe(want.panel);
        await page.getByRole(want.menu === "Sign in" ? "link" : "button", { name: want.menu }).first().waitFor({ timeout: 15_000 });
        expect(await page.getByRole("link", { name: "Admin" }).count(), `${label}: the server Header's Admin link`).toBe(want.admin ? 1 : 0);
      };
      // Each story as it says, then the toolbar switching one story to every state.
      for (const [story, state] of [["signed-out", "signedOut"], ["member", "member"], ["admin", "admin"]] as const) {
        await check(`id=app-dashboard--${story}`, expected[state], `story ${story}`);
      }
      for (const state of ["signedOut", "member", "admin"] as const) {
        await check(`id=app-dashboard--member&globals=session:${state}`, expected[state], `toolbar ${state}`);
      }
      await check("id=app-dashboard--team-plan", { badge: "Katherine Johnson: team plan", panel: "Server: Katherine Johnson", menu: "Account menu for Katherine Johnson", admin: false }, "the app's own user");
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await served.close();
    }
  });
});

// README › "Own the markup: the shadcn registry": `npm run build:registry` served from a local server,
// `shadcn add` of the user menu into a fresh app with a hand-written components.json, then next build.
describe("a fresh app that copies the user menu from the kit's shadcn registry", () => {
  let app: string;
  let registry: Awaited<ReturnType<typeof serveStatic>>;
  let started: Awaited<ReturnType<typeof startApp>> | undefined;

  beforeAll(async () => {
    const dir = path.join(work, "registry");
    mkdirSync(dir, { recursive: true });
    registry = await serveStatic(dir, { live: true });
    const build = run(process.execPath, ["scripts/build-registry.mjs", "--base-url", `${registry.url}/r`, "--out", dir], ROOT);
    expect(build.status, build.output).toBe(0);
    app = createApp(
      "consumer-registry",
      TEMPLATE,
      { ...DATABASE_PEERS, tailwindcss: "4.3.5", "@tailwindcss/postcss": "4.3.5", postcss: "8.5.33", shadcn: "4.23.1" },
      path.join(ROOT, "e2e/consumer-registry"),
    );
  });

  afterAll(async () => {
    started?.server.kill("SIGTERM");
    await registry?.close();
  });

  it("adds user-menu with its items from the local server alone, logic imported from session-kit", async () => {
    // The CLI also fetches its base colour on every add: REGISTRY_URL sends that to this registry too.
    // (Not blocking this process: the registry is served from it.)
    const add = await runWhileServing(process.execPath, ["node_modules/shadcn/dist/index.js", "add", `${registry.url}/r/user-menu.json`, "--yes"], app, cleanEnv({ REGISTRY_URL: `${registry.url}/r` }));
    expect(add.status, add.output).toBe(0);
    for (const file of ["components/user-menu.tsx", "components/sign-in-button.tsx", "components/skeletons.tsx", "components/ui/avatar.tsx", "components/ui/dropdown-menu.tsx", "components/ui/button.tsx", "lib/utils.ts"]) {
      expect(existsSync(path.join(app, file)), file).toBe(true);
    }
    const menu = readFileSync(path.join(app, "components/user-menu.tsx"), "utf8");
    expect(menu).toMatch(/useSessionState,\n[\s\S]*\} from "session-kit";/u);
    expect(menu).toContain('from "@/components/ui/dropdown-menu"');
    expect(menu).not.toMatch(/from "\.\.?\//u);
    // Every request went to the local registry and found its file.
    expect(registry.requests.filter((line) => !line.startsWith("200 ")), registry.requests.join("\n")).toEqual([]);
    expect(registry.requests).toContain("200 /r/colors/neutral.json");
    expect(new Set(registry.requests.map((line) => line.split(" ")[1]))).toEqual(
      new Set(["user-menu", "avatar", "dropdown-menu", "plus-icon", "sign-in-button", "skeletons", "utils", "button", "skeleton", "colors/neutral"].map((name) => `/r/${name}.json`)),
    );
  });

  it("builds the copied menu with next build, and renders it for a signed-in user with its own styles, opening in Chromium", async () => {
    const migrate = run(process.execPath, ["scripts/migrate.mjs"], app);
    expect(migrate.status, migrate.output).toBe(0);
    const build = run(process.execPath, ["node_modules/next/dist/bin/next", "build"], app);
    expect(build.status, build.output).toBe(0);
    started = await startApp(app, {});
    const { url } = started;
    const post = (endpoint: string, body: unknown) =>
      fetch(`${url}/api/auth${endpoint}`, { method: "POST", headers: { "content-type": "application/json", origin: url }, body: JSON.stringify(body) });
    expect((await post("/sign-up/email", { email: "ada@example.com", password: "password1234", name: "Ada Lovelace" })).status, started.log()).toBe(200);
    const signedIn = await post("/sign-in/email", { email: "ada@example.com", password: "password1234" });
    expect(signedIn.status).toBe(200);
    const cookies = signedIn.headers.getSetCookie().map((line) => line.split(";")[0]!);

    const html = await (await fetch(`${url}/menu`, { headers: { cookie: cookies.join("; ") } })).text();
    expect(html, started.log()).toContain('aria-label="Account menu for Ada Lovelace"');
    expect(html).not.toContain('data-slot="user-menu-skeleton"');

    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      await signIn(page, { email: "ada@example.com", password: "password1234", baseURL: url }); // session-kit/testing/e2e
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${url}/menu`);
      const trigger = page.getByRole("button", { name: "Account menu for Ada Lovelace" });
      await trigger.waitFor({ timeout: 15_000 }).catch(async () => expect.fail(`no user menu in:\n${await page.content()}\n${started!.log()}`));
      // Tailwind compiled the copied classes: the avatar is round.
      expect(await trigger.locator('[data-slot="avatar"]').evaluate((element) => getComputedStyle(element).borderRadius)).not.toBe("0px");
      await trigger.click();
      await expect.poll(() => page.getByRole("menuitem", { name: "Sign out" }).count(), { timeout: 10_000 }).toBe(1);
      expect(await page.getByText("ada@example.com").count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
