import { performance } from "node:perf_hooks";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../vitest.config";
import type { DemoApp } from "../e2e/demo-app";

/** One page load over HTTP, timed from the request: first byte, the user's name in the stream, the end. */
interface Load {
  firstByte: number;
  name: number;
  full: number;
}

export interface FirstPaint {
  /** Medians over the sequential requests, in ms. */
  firstByte_ms: number;
  name_ms: number;
  full_ms: number;
  /** Requests to /api/auth/get-session a browser makes while loading the page and after it (must be 0). */
  sessionRequestsAfterLoad: number;
  /** SQL statements one request costs (PostgreSQL behind the wire proxy; null on the embedded database). */
  statementsPerRequest: number | null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100;
};

async function load(app: DemoApp, target: string, cookie: string, name: string): Promise<Load> {
  const start = performance.now();
  const response = await fetch(`${app.url}${target}`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`${target} answered ${response.status}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let firstByte = 0;
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstByte ||= performance.now() - start;
    text += decoder.decode(value, { stream: true });
    if (!seen && text.includes(name)) seen = performance.now() - start;
  }
  if (!seen) throw new Error(`${target} never named ${name}`);
  return { firstByte, name: seen, full: performance.now() - start };
}

/** Counts the session requests of one page load in Chromium, to the page's network going quiet. */
async function sessionRequestsInBrowser(app: DemoApp, target: string, cookie: string): Promise<number> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ baseURL: app.url });
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const separator = pair.indexOf("=");
        return { name: pair.slice(0, separator), value: pair.slice(separator + 1), domain: "127.0.0.1", path: "/", secure: true, httpOnly: true, sameSite: "Lax" as const };
      }),
    );
    const page = await context.newPage();
    let count = 0;
    page.on("request", (request) => void (request.url().includes("/get-session") && count++));
    await page.goto(target);
    await page.waitForLoadState("networkidle");
    return count;
  } finally {
    await browser.close();
  }
}

/**
 * The same page on two builds of the demo (the dynamic one and the Cache Components one), `count`
 * sequential requests each with a valid session, alternating between the two so both see the same
 * machine load.
 */
export async function measureFirstPaint(builds: Record<"dynamic" | "cacheComponents", { app: DemoApp; cookie: string }>, { target = "/home", name = "Ada Lovelace", count = 200 } = {}) {
  const loads: Record<keyof typeof builds, Load[]> = { dynamic: [], cacheComponents: [] };
  for (const build of ["dynamic", "cacheComponents"] as const) await load(builds[build].app, target, builds[build].cookie, name); // warm
  for (let i = 0; i < count; i++) {
    for (const build of i % 2 ? (["cacheComponents", "dynamic"] as const) : (["dynamic", "cacheComponents"] as const)) {
      loads[build].push(await load(builds[build].app, target, builds[build].cookie, name));
    }
  }
  const result = {} as Record<keyof typeof builds, FirstPaint>;
  for (const build of ["dynamic", "cacheComponents"] as const) {
    const { app, cookie } = builds[build];
    let statementsPerRequest: number | null = null;
    if (app.wire) {
      app.wire.reset();
      await load(app, target, cookie, name);
      statementsPerRequest = app.wire.statements().length;
    }
    result[build] = {
      firstByte_ms: median(loads[build].map((l) => l.firstByte)),
      name_ms: median(loads[build].map((l) => l.name)),
      full_ms: median(loads[build].map((l) => l.full)),
      sessionRequestsAfterLoad: await sessionRequestsInBrowser(app, target, cookie),
      statementsPerRequest,
    };
  }
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    ...result,
    target,
    count,
    /** Target: at most 0.5. */
    shellFirstByteToDynamicFirstByte: ratio(result.cacheComponents.firstByte_ms, result.dynamic.firstByte_ms),
    /** Target: at most 1.1. */
    nameToDynamicFull: ratio(result.cacheComponents.name_ms, result.dynamic.full_ms),
  };
}
