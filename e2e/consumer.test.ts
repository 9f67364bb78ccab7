import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arabicMessages as arabic } from "../components/messages";
import { childEnvironment } from "./child-environment";

// npm run test:consumer: the kit as a user gets it. Build dist/, pack the tarball, create a fresh
// Next.js 16 app in a temporary folder (the files in e2e/consumer-app, the same steps as the README's
// "Add to your app"), install the tarball from disk and everything else from the npm registry, then
// `next build` and a production request.
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TEMPLATE = path.join(ROOT, "e2e/consumer-app");
const PEERS = { next: "16.4.6", react: "19.3.1", "react-dom": "19.3.1", "better-auth": "1.7.25" };

/** Children get a clean environment without DATABASE_URL: the fresh app uses its own embedded database. */
const cleanEnv = (extra: Record<string, string> = {}) => childEnvironment(extra, ["DATABASE_URL"]);

function run(command: string, args: string[], cwd: string, env = cleanEnv()) {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  // Without colour codes, so messages can be matched as text.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/gu, "") };
}

describe("a fresh Next.js app that installs the packed kit", () => {
  let work: string;
  let app: string;
  let server: ChildProcess | undefined;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "session-kit-consumer-"));
    app = path.join(work, "app");
    const build = run(process.execPath, ["scripts/build-lib.mjs"], ROOT);
    expect(build.status, build.output).toBe(0);
    const packed = run("npm", ["pack", "--silent", "--pack-destination", work], ROOT);
    expect(packed.status, packed.output).toBe(0);
    const tarball = readdirSync(work).find((file) => file.endsWith(".tgz"))!;
    cpSync(TEMPLATE, app, { recursive: true });
    writeFileSync(
      path.join(app, "package.json"),
      JSON.stringify(
        {
          name: "consumer-app",
          private: true,
          type: "module",
          dependencies: { ...PEERS, "session-kit": `file:../${tarball}` },
          devDependencies: { typescript: "5.9.3", "@types/react": "19.3.3", "@types/node": "20.19.25" },
        },
        null,
        2,
      ),
    );
    const install = run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], app);
    expect(install.status, install.output).toBe(0);
  });

  afterAll(() => {
    server?.kill("SIGTERM");
    if (work) rmSync(work, { recursive: true, force: true });
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
