import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../vitest.config";
import { serveStatic } from "./static-server";

// The static Storybook that `npm run build-storybook` wrote, as a designer or QA would open it.
const STORYBOOK_DIR = fileURLToPath(new URL("../storybook-static", import.meta.url));

describe("the built Storybook", () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic(STORYBOOK_DIR);
    browser = await chromium.launch(chromiumLaunchOptions);
  });
  // A fresh profile per test, as a new visitor (no service worker or storage left from another test).
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (id: string, globals = "") => {
    const response = await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ""}`);
    expect(response?.status()).toBe(200);
    await page.locator("#storybook-root").waitFor();
  };

  it("lists every required story", async () => {
    const index = (await (await fetch(`${server.url}/index.json`)).json()) as { entries: Record<string, unknown> };
    const ids = Object.keys(index.entries);
    const required = [
      ...["loading", "signed-out", "member", "admin", "no-image", "broken-image", "long-name", "session-error", "all-states"].map(
        (s) => `session-usermenu--${s}`,
      ),
      ...["admin", "member", "loading", "signed-out"].map((s) => `session-adminlink--${s}`),
      ...["default", "signing-out", "failure"].map((s) => `session-signoutbutton--${s}`),
      "session-signinbutton--default",
      "session-skeletons--default",
      "foundations-theme--tokens",
    ];
    expect(ids).toEqual(expect.arrayContaining(required));
  });

  it("shows Ada Lovelace's menu, without an admin link, in the Member story", async () => {
    await open("session-usermenu--member");
    await expect(page.getByRole("button", { name: /Account menu for Ada Lovelace/ }).waitFor()).resolves.toBeUndefined();
    await page.getByRole("menu").waitFor();
    expect(await page.getByRole("menu").textContent()).toContain("ada@example.com");
    expect(await page.locator('[role="menu"] a[href="/admin"]').count()).toBe(0);
  });

  it("shows an /admin link in the Admin story's menu", async () => {
    await open("session-usermenu--admin");
    await page.locator('[role="menu"] a[href="/admin"]').waitFor();
    expect(await page.getByRole("menu").textContent()).toContain("Grace Hopper");
  });

  it("shows a Sign in control in the SignedOut story", async () => {
    await open("session-usermenu--signed-out");
    await page.getByRole("link", { name: "Sign in" }).waitFor();
  });

  it("shows a skeleton in the Loading story", async () => {
    await open("session-usermenu--loading");
    await page.locator('[data-slot="user-menu-skeleton"]').waitFor();
    expect(await page.getByRole("button").count()).toBe(0);
  });

  it("switches a story's session from the Session toolbar", async () => {
    await open("session-usermenu--signed-out", "session:admin");
    await page.getByRole("button", { name: /Grace Hopper/ }).waitFor();
    await open("session-adminlink--admin", "session:member");
    await page.getByRole("link", { name: "Home" }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByRole("link", { name: "Admin" }).count()).toBe(0);
  });

  it("does not leak one story's session into the next when switching stories in the sidebar", async () => {
    // The manager swaps stories inside one preview iframe without reloading it: the better-auth store
    // survives, so only the reset between stories keeps Grace's session out of the next story.
    await page.goto(`${server.url}/?path=/story/session-usermenu--admin`);
    const preview = page.frameLocator("#storybook-preview-iframe");
    await preview.getByRole("button", { name: /Grace Hopper/ }).waitFor();
    await preview.getByRole("menu").waitFor(); // the story's play function has finished
    await page.locator("#session-usermenu--signed-out").click();
    await preview.getByRole("link", { name: "Sign in" }).waitFor();
    expect(await preview.getByRole("button", { name: /Grace Hopper/ }).count()).toBe(0);
    await page.locator("#session-usermenu--member").click();
    await preview.getByRole("button", { name: /Ada Lovelace/ }).waitFor();
  });
});
