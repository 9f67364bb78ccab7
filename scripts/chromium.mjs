// Finds the Chromium the browser tests drive, and (run as `npm test`'s pretest step) installs Debian's
// when there is none: tests never download a browser of their own (this machine cannot).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DEBIAN_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

function playwrightCacheChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), ".cache", "ms-playwright");
  if (!existsSync(cache)) return undefined;
  for (const entry of readdirSync(cache).filter((name) => /^chromium-\d+$/.test(name)).sort().reverse()) {
    for (const binary of ["chrome-linux64/chrome", "chrome-linux/chrome"]) {
      const candidate = path.join(cache, entry, binary);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The browser to launch: CHROMIUM_PATH, else Debian's, else Playwright's cache; undefined when none. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, but no file is there. Fix it or unset it.`);
    return env.CHROMIUM_PATH;
  }
  return DEBIAN_CHROMIUM.find((candidate) => existsSync(candidate)) ?? playwrightCacheChromium();
}

const INSTALL_HINT =
  "No Chromium for the browser tests: install Debian's (apt-get install chromium) or point CHROMIUM_PATH at a Chromium binary.";

function canInstallWithApt() {
  return process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

function ensureChromium() {
  let found;
  try {
    found = findChromium();
  } catch (error) {
    console.error(`[chromium] ${error.message}`);
    process.exit(1);
  }
  if (found) {
    console.log(`[chromium] browser tests use ${found}`);
    return;
  }
  if (!canInstallWithApt()) {
    console.error(`[chromium] ${INSTALL_HINT}`);
    process.exit(1);
  }
  console.log("[chromium] none found: installing Debian's chromium (apt-get)…");
  try {
    const quiet = { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
    execFileSync("apt-get", ["update", "-qq"], quiet);
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-dejavu-core"], quiet);
  } catch {
    console.error(`[chromium] apt-get could not install it. ${INSTALL_HINT}`);
    process.exit(1);
  }
  const installed = findChromium();
  if (!installed) {
    console.error(`[chromium] apt-get finished but no Chromium is at ${DEBIAN_CHROMIUM.join(" or ")}. ${INSTALL_HINT}`);
    process.exit(1);
  }
  console.log(`[chromium] installed ${installed}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) ensureChromium();
