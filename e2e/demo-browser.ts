import { type Browser, chromium, type Locator, type Page } from "playwright";
import { afterAll, beforeAll } from "vitest";
import { chromiumLaunchOptions } from "../vitest.config";
import { DEMO_PASSWORD, type DemoApp, startDemoApp } from "./demo-app";

/**
 * The server HTML already shows the session (SessionProvider), so seeing an element no longer means React
 * owns it: this waits until React has attached its props to the element.
 */
export async function whenHydrated(target: Locator): Promise<void> {
  await target.waitFor();
  await target.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        const check = () => (Object.keys(element).some((key) => key.startsWith("__reactProps$")) ? resolve() : setTimeout(check, 20));
        check();
      }),
  );
}

export async function clickWhenHydrated(target: Locator): Promise<void> {
  await whenHydrated(target);
  await target.click();
}

/** Signs in through the demo's form (at `from`, e.g. with a callbackURL) and waits to leave /auth. */
export async function signIn(page: Page, email: string, from = "/auth/sign-in"): Promise<void> {
  await page.goto(from);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await clickWhenHydrated(page.getByRole("button", { name: "Sign in", exact: true }));
  await page.waitForURL((url) => !url.pathname.startsWith("/auth/"));
}

export interface DemoInBrowser {
  readonly app: DemoApp;
  readonly browser: Browser;
  /** A page in a fresh browser context: its own cookies, so its own session (another device). */
  newPage(): Promise<Page>;
}

/**
 * For a describe block: the demo's production build (fresh seeded PostgreSQL database) and Chromium,
 * started before its tests and stopped after them.
 */
export function demoInBrowser(env: Record<string, string> = {}): DemoInBrowser {
  let app: DemoApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startDemoApp(env);
    browser = await chromium.launch(chromiumLaunchOptions);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return {
    get app() {
      if (!app) throw new Error("The demo app is not started yet (use it inside a test).");
      return app;
    },
    get browser() {
      if (!browser) throw new Error("Chromium is not launched yet (use it inside a test).");
      return browser;
    },
    newPage: async () => (await browser!.newContext({ baseURL: app!.url })).newPage(),
  };
}
