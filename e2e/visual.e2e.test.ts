import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../vitest.config";
import { describeOverflow, findOverflow } from "./overflow";
import { type Comparison, compareWithReference, writeReport } from "./visual-compare";
import { serveStatic } from "./static-server";

// Every story, light and dark (and narrow for the long-name and all-states stories), rendered from the
// built Storybook in Chromium and compared pixel by pixel with the reviewed PNGs in visual/references/.
// VISUAL_UPDATE=1 (npm run test:visual:update) rewrites the references instead.
const STORYBOOK_DIR = fileURLToPath(new URL("../storybook-static", import.meta.url));
const REFERENCE_DIR = fileURLToPath(new URL("../visual/references", import.meta.url));
const OUTPUT_DIR = fileURLToPath(new URL("../visual/output", import.meta.url));
const UPDATE = process.env.VISUAL_UPDATE === "1";
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const DESKTOP = { width: 800, height: 480 };
const MOBILE = { width: 360, height: 640 };
const NARROW_TOO = new Set(["session-usermenu--long-name", "session-usermenu--all-states"]);
const THEMES = ["light", "dark"] as const;

interface Shot {
  name: string;
  storyId: string;
  theme: (typeof THEMES)[number];
  viewport: typeof DESKTOP;
}

const index = JSON.parse(readFileSync(`${STORYBOOK_DIR}/index.json`, "utf8")) as {
  entries: Record<string, { id: string; type: string }>;
};
const storyIds = Object.values(index.entries)
  .filter((entry) => entry.type === "story")
  .map((entry) => entry.id)
  .sort();
const shots: Shot[] = storyIds.flatMap((storyId) =>
  THEMES.flatMap((theme) => [
    { name: `${storyId}--${theme}`, storyId, theme, viewport: DESKTOP },
    ...(NARROW_TOO.has(storyId) ? [{ name: `${storyId}--${theme}--mobile`, storyId, theme, viewport: MOBILE }] : []),
  ]),
);

/** Renders one story as a person would see it, once its play function has finished and it is still. */
async function renderStory(page: Page, baseUrl: string, shot: Shot, extraCss = ""): Promise<Buffer> {
  await page.setViewportSize(shot.viewport);
  await page.goto(`${baseUrl}/iframe.html?id=${shot.storyId}&viewMode=story&globals=theme:${shot.theme}`);
  await page.waitForFunction(() => {
    const phase = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__
      ?.currentRender?.phase;
    return phase === "completed" || phase === "finished" || phase === "errored" || phase === "aborted";
  });
  const phase = await page.evaluate(
    () => (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender?.phase,
  );
  if (phase !== "completed" && phase !== "finished") throw new Error(`story ${shot.storyId} ended in phase ${phase}`);
  if (extraCss) await page.addStyleTag({ content: extraCss });
  // Whether a button clicked by a play function shows its focus ring is up to the browser's
  // focus-visible heuristics: drop that focus, unless it is the point of the state (an open menu).
  await page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (active && active !== document.body && !active.closest('[role="menu"]')) active.blur();
  });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      [...document.images].map((image) =>
        image.complete ? null : new Promise((resolve) => image.addEventListener("load", resolve, { once: true })),
      ),
    );
  });
  // Radix loads an avatar's picture off-document (so document.images above never sees it) and shows
  // nothing until it loads, fails or the initials' delay ends: wait until every avatar shows one or the other.
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('[data-slot="avatar"]')].every((avatar) => avatar.querySelector('[data-slot="avatar-image"], [data-slot="avatar-fallback"]')),
      undefined,
      { timeout: 5000 },
    )
    .catch(() => {
      throw new Error(`${shot.storyId}: an avatar showed neither its picture nor initials within 5 s`);
    });
  // Let Radix finish positioning a menu (it measures on the next frames).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.screenshot({ animations: "disabled", caret: "hide", scale: "css" });
}

async function seriousViolations(page: Page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    // "region" is a page-level rule a component cannot meet on its own.
    const results = await axe.run(document, { rules: { region: { enabled: false } } });
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}

describe("visual references and accessibility of every story", () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;
  const comparisons: Comparison[] = [];

  beforeAll(async () => {
    server = await serveStatic(STORYBOOK_DIR);
    browser = await chromium.launch(chromiumLaunchOptions);
    page = await (await browser.newContext({ deviceScaleFactor: 1, reducedMotion: "reduce", colorScheme: "light" })).newPage();
  });
  afterAll(async () => {
    const report = writeReport(OUTPUT_DIR, comparisons);
    if (report) console.log(`Visual differences: open ${report}`);
    await browser?.close();
    await server?.close();
  });

  it("has a reference for every story in both themes", () => {
    expect(storyIds.length).toBeGreaterThan(0);
    const missing = UPDATE ? [] : shots.filter((shot) => !existsSync(`${REFERENCE_DIR}/${shot.name}.png`)).map((shot) => shot.name);
    expect(missing).toEqual([]);
    for (const storyId of storyIds) {
      expect(shots.filter((shot) => shot.storyId === storyId).map((shot) => shot.theme)).toEqual(expect.arrayContaining(["light", "dark"]));
    }
  });

  it.each(shots)("$name matches its reference and has no serious accessibility violations", async (shot) => {
    const screenshot = await renderStory(page, server.url, shot);
    const comparison = compareWithReference(shot.name, screenshot, { referenceDir: REFERENCE_DIR, outputDir: OUTPUT_DIR, update: UPDATE });
    comparisons.push(comparison);
    const overflow = await findOverflow(page);
    expect(overflow, `${shot.storyId} at ${shot.viewport.width}px (${shot.theme}) draws outside its box:\n${describeOverflow(overflow)}`).toEqual([]);
    expect(await seriousViolations(page), `axe on ${shot.name}`).toEqual([]);
    expect(comparison.status, `${shot.storyId} (${shot.theme}, ${shot.viewport.width}px): ${comparison.differentPixels} pixels differ from ${comparison.reference}`).toMatch(/^(match|updated)$/u);
  });

  it("notices an element sticking out of its card and off a 360 px screen", async () => {
    const shot = shots.find((s) => s.name === "session-usermenu--all-states--light--mobile")!;
    // The error view as wide as it was before it became an icon button.
    await renderStory(page, server.url, shot, '[data-slot="session-error"] { width: 300px; }');
    const overflow = await findOverflow(page);
    expect(overflow).toContainEqual(expect.objectContaining({ element: expect.stringContaining('data-slot="session-error"'), container: "the viewport" }));
  });

  it("notices an open menu running off the screen", async () => {
    const shot = shots.find((s) => s.name === "session-usermenu--admin--light")!;
    // Radix keeps the menu on screen; `translate` moves it past the edge after Radix has placed it.
    await renderStory(page, server.url, shot, '[data-slot="user-menu-content"] { translate: 200px 0; }');
    const overflow = await findOverflow(page);
    expect(overflow).toContainEqual(expect.objectContaining({ element: expect.stringContaining('data-slot="user-menu-content"'), container: "the viewport" }));
  });

  it("notices a changed colour token", async () => {
    if (UPDATE) return;
    const shot = shots.find((s) => s.name === "foundations-theme--tokens--light")!;
    const changed = await renderStory(page, server.url, shot, ":root { --primary: oklch(0.55 0.2 260); }");
    const comparison = compareWithReference(`${shot.name}`, changed, { referenceDir: REFERENCE_DIR, outputDir: `${OUTPUT_DIR}/self-check`, update: false });
    expect(comparison.status).toBe("mismatch");
    expect(comparison.differentPixels).toBeGreaterThan(100);
  });
});
