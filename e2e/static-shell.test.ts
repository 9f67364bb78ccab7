import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "session-kit/testing/e2e";
import { DEMO_BUILD_DIR, DEMO_PASSWORD, type DemoApp } from "./demo-app";
import { demoInBrowser, whenHydrated } from "./demo-browser";
import { signInOverHttp } from "./security/http-session";

// The demo's Cache Components build (DEMO_CACHE_COMPONENTS=1, npm run demo:build): each route's static
// shell is prerendered at build time and served at once; the session streams into the same response.
// What only that build has: the shell, its privacy, and a session that arrives without a fetch.
if (process.env.DEMO_CACHE_COMPONENTS !== "1") throw new Error("e2e/static-shell.test.ts tests the Cache Components build: run it in the e2e-cache-components project.");

const SEEDED = [
  { email: "ada@example.com", name: "Ada Lovelace" },
  { email: "alan@example.com", name: "Alan Turing" },
  { email: "grace@example.com", name: "Grace Hopper" },
];

/** The prerendered shell of `route` as `next build` wrote it (`/` is index.html). */
const shellOf = (route: string) => readFileSync(path.join(DEMO_BUILD_DIR, "server/app", `${route === "/" ? "index" : route.slice(1)}.html`), "utf8");

/** Every file `next build` prerendered for the app's routes: shells, RSC payloads and prefetch segments. */
function prerenderedFiles(directory = path.join(DEMO_BUILD_DIR, "server/app")): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name);
    if (statSync(file).isDirectory()) return prerenderedFiles(file);
    return /\.(html|rsc|meta|segment\.rsc)$/u.test(name) ? [file] : [];
  });
}

describe("the demo under Cache Components", () => {
  const demo = demoInBrowser();
  let app: DemoApp;
  beforeAll(() => {
    app = demo.app;
  });
  const cookies: Record<string, string> = {};
  const cookieOf = async (email: string) => (cookies[email] ??= (await signInOverHttp(app, email)).cookie);
  const userIds = async () => Object.fromEntries((await app.database.prisma.user.findMany({ select: { email: true, id: true } })).map((user) => [user.email, user.id]));
  const pageAs = async (target: string, email?: string) => {
    const response = await fetch(`${app.url}${target}`, { headers: email ? { cookie: await cookieOf(email) } : {}, redirect: "manual" });
    return { status: response.status, body: await response.text() };
  };

  it("has next build prerender a shell for /, /home and /admin (partially prerendered)", () => {
    const manifest = JSON.parse(readFileSync(path.join(DEMO_BUILD_DIR, "prerender-manifest.json"), "utf8")) as { routes: Record<string, { renderingMode?: string }> };
    for (const route of ["/", "/home", "/admin"]) expect(manifest.routes[route]?.renderingMode, route).toBe("PARTIALLY_STATIC");
  });

  it("builds shells that hold the skeletons and no user at all", () => {
    const files = prerenderedFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const { name } of SEEDED) expect(text, file).not.toContain(name);
      expect(text, file).not.toMatch(/"email\\?":/u);
    }
    // The header's frame and the user menu's skeleton are in /home's shell: what a visitor sees at once.
    expect(shellOf("/home")).toContain('data-slot="session-header"');
    expect(shellOf("/home")).toContain('data-slot="user-menu-skeleton"');
  });

  it("serves the shell first, then streams the user's menu into the same response", async () => {
    const { status, body } = await pageAs("/home", "ada@example.com");
    expect(status).toBe(200);
    const shell = shellOf("/home");
    expect(body.startsWith(shell)).toBe(true);
    const rest = body.slice(shell.length);
    expect(rest).toContain("Ada Lovelace");
    expect(rest).toMatch(/\\?"email\\?":\\?"ada@example\.com/u);
  });

  it("never shows one user's name or id to another, however the requests alternate", async () => {
    const ids = await userIds();
    const visitors = ["ada@example.com", "alan@example.com", undefined, "grace@example.com"] as const;
    let checked = 0;
    for (let round = 0; round < 5; round++) {
      for (const target of ["/", "/home", "/home/settings"]) {
        for (const visitor of visitors) {
          if (!visitor && target !== "/") continue; // the proxy sends a visitor away from /home
          const { status, body } = await pageAs(target, visitor);
          expect(status, `${target} as ${visitor ?? "a visitor"}`).toBe(200);
          for (const other of SEEDED.filter((user) => user.email !== visitor)) {
            expect(body, `${target} as ${visitor ?? "a visitor"} holds ${other.name}'s name`).not.toContain(other.name);
            expect(body, `${target} as ${visitor ?? "a visitor"} holds ${other.name}'s id`).not.toContain(ids[other.email]);
          }
          if (visitor) expect(body, `${target} as ${visitor}`).toContain(SEEDED.find((user) => user.email === visitor)!.name);
          checked++;
        }
      }
    }
    expect(checked).toBe(5 * (1 + 3 + 3 + 3));
  });

  describe("in Chromium", () => {
    afterEach(async () => {
      for (const context of demo.browser.contexts()) await context.close();
    });

    it("shows the user's menu with no session request and no hydration error", async () => {
      const page = await demo.newPage();
      // Signed in through the auth API by session-kit/testing's helper: the cookies land in the browser.
      await signIn(page, { email: "ada@example.com", password: DEMO_PASSWORD });
      const sessionRequests: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => void (request.url().includes("/api/auth/get-session") && sessionRequests.push(request.url())));
      page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto("/home");
      await whenHydrated(page.getByRole("button", { name: "Account menu for Ada Lovelace" }));
      await page.getByText("Welcome, Ada Lovelace").waitFor();
      // Quiet for a moment after hydration: anything the page fetches on load has been asked for by then.
      await page.waitForLoadState("networkidle");
      expect(sessionRequests).toEqual([]);
      expect(errors).toEqual([]);
      await page.getByRole("button", { name: "Account menu for Ada Lovelace" }).click();
      await page.getByRole("menuitem", { name: "Sign out" }).waitFor();
    });
  });
});
