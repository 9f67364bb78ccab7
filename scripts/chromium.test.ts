import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findChromium } from "./chromium.mjs";

const script = fileURLToPath(new URL("./chromium.mjs", import.meta.url));

describe("the Chromium the browser tests use", () => {
  it("stops with one sentence naming CHROMIUM_PATH when it points at nothing", () => {
    const run = spawnSync(process.execPath, [script], { env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" }, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual(["[chromium] CHROMIUM_PATH is /nonexistent/chromium, but no file is there. Fix it or unset it."]);
  });

  it("takes CHROMIUM_PATH when it names a file, and otherwise finds an installed browser", () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    const found = findChromium({});
    expect(found).toBeTruthy();
    // The one it found starts: it is a browser, not just a file.
    expect(execFileSync(found!, ["--version"], { encoding: "utf8" })).toMatch(/Chromium|Chrome/);
  });
});
