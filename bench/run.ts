// npm run bench: the kit's costs measured side by side in one run on this machine, as ratios.
// Writes bench/results.json and bench/ratios.svg and prints a table. BENCH_N sets the call count.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startDemoApp } from "../e2e/demo-app";
import { BUNDLE_PARTS, bundleSize, ENTRIES, installPeers, OPTIONAL_PEER_INTEGRATIONS, PEER_VERSIONS } from "./bundle";
import { measureSessionPath } from "./measure";
import { measureFirstPaint } from "./first-paint";
import { measureScale } from "./scale";
import { measureRedisLookup } from "./redis-lookup";
import { measurePageCost } from "./page-cost";
import { firstLoadJs } from "./first-load";
import { writeRatioChart } from "./chart";

const ROOT = path.resolve(import.meta.dirname, "..");
// The bench compares against PostgreSQL round trips and counts statements on the wire.
process.env.DATABASE_URL ||= "postgresql://root@127.0.0.1:5432/postgres";
const N = Number(process.env.BENCH_N ?? 2000);
const log = (line: string) => console.log(`[bench] ${line}`);

log(`session lookup and proxy, ${N} sequential calls each`);
const { session, proxy, concurrent } = await measureSessionPath(N);

log(`the kit's lookup with sessions in Redis against its PostgreSQL lookup, ${N} calls each`);
const redis = await measureRedisLookup(N);

const SCALE = { users: Number(process.env.BENCH_USERS ?? 100_000), sessions: Number(process.env.BENCH_SESSIONS ?? 1_000_000) };
log(`${SCALE.sessions} sessions of ${SCALE.users} users (most expired), seeded in bulk: lookup vs floor, plan, sweep`);
const scale = await measureScale({ ...SCALE, calls: N });

log("statements per request on the demo's production build (1, 5 and 20 components)");
const app = await startDemoApp();
const wire = app.wire!;
const signIn = await fetch(`${app.url}/api/auth/sign-in/email`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: app.url },
  body: JSON.stringify({ email: "ada@example.com", password: "password1234" }),
});
const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
const perRequest: Record<string, number> = {};
for (const components of [1, 5, 20]) {
  await fetch(`${app.url}/home/session-probe?components=${components}`, { headers: { cookie } }); // warm
  wire.reset();
  const response = await fetch(`${app.url}/home/session-probe?components=${components}`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`session probe answered ${response.status}`);
  await response.text();
  perRequest[components] = wire.statements().length;
}

log("first paint: /home on the dynamic build and on the Cache Components build, 200 sequential requests each, alternating");
const cached = await startDemoApp({ DEMO_CACHE_COMPONENTS: "1" });
const cachedSignIn = await fetch(`${cached.url}/api/auth/sign-in/email`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: cached.url },
  body: JSON.stringify({ email: "ada@example.com", password: "password1234" }),
});
const firstPaint = await measureFirstPaint({
  dynamic: { app, cookie },
  cacheComponents: { app: cached, cookie: cachedSignIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") },
});
await cached.stop();

await app.stop();

log("page cost: /home with the kit vs the same page with no session work, 50 connections 10 s each, 3 alternating rounds");
// autocannon drives the load from this process; the server is the separate `next start` process, on
// PostgreSQL directly (no statement-counting proxy in the way).
const loaded = await startDemoApp({}, { countStatements: false });
const alan = await fetch(`${loaded.url}/api/auth/sign-in/email`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: loaded.url },
  body: JSON.stringify({ email: "alan@example.com", password: "password1234" }),
});
const alanCookie = alan.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
const pageCost = await measurePageCost({ url: loaded.url, cookie: alanCookie });
// What a visitor downloads: the demo's / (Alan signed in) against a page of the same app with no kit.
const pageJs = async (pagePath: string, headers: Record<string, string> = {}) =>
  firstLoadJs(await (await fetch(`${loaded.url}${pagePath}`, { headers })).text(), path.join(ROOT, "demo/.next"));
const nextFirstLoad = { site: await pageJs("/", { cookie: alanCookie }), empty: await pageJs("/bench/empty") };
await loaded.stop();
const throughput = { rps: Math.round(pageCost.kit.rps), p99_ms: pageCost.kit.p99_ms, errors: pageCost.kit.errors };

log("client bundles (esbuild, minified, React and Next external)");
const scratch = path.join(ROOT, "bench/.peers");
installPeers(scratch);
const bundle = {
  kit: await bundleSize(ENTRIES.kit, ROOT),
  betterAuthUi: await bundleSize(ENTRIES.betterAuthUi, scratch, OPTIONAL_PEER_INTEGRATIONS),
  clerk: await bundleSize(ENTRIES.clerk, scratch),
};
const lightestPeer = Math.min(bundle.betterAuthUi.gzip, bundle.clerk.gzip);
// The kit's bundle without each part in turn: what moving it out of the first load would save.
const bundleParts: Record<string, { gzipWithout: number; saves: number }> = {};
for (const [part, pattern] of Object.entries(BUNDLE_PARTS)) {
  const without = await bundleSize(ENTRIES.kit, ROOT, [], pattern);
  bundleParts[part] = { gzipWithout: without.gzip, saves: bundle.kit.gzip - without.gzip };
}

log("build-storybook");
const storybookStart = performance.now();
const storybook = spawnSync("npm", ["run", "build-storybook"], { cwd: ROOT, encoding: "utf8" });
if (storybook.status !== 0) throw new Error(storybook.stderr);
const buildStorybookMs = Math.round(performance.now() - storybookStart);

let npmTestMs: number | null = null;
if (process.argv.includes("--with-npm-test")) {
  log("npm test (this takes minutes)");
  const start = performance.now();
  const test = spawnSync("npm", ["test"], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (test.status !== 0) throw new Error("npm test failed");
  npmTestMs = Math.round(performance.now() - start);
}

const results = {
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() },
  calls: N,
  session,
  perRequest,
  proxy,
  concurrent,
  redis,
  scale,
  bundle: {
    ...bundle,
    kitToLightestPeer: Math.round((bundle.kit.gzip / lightestPeer) * 100) / 100,
    kitToBetterAuthUi: Math.round((bundle.kit.gzip / bundle.betterAuthUi.gzip) * 100) / 100,
    parts: bundleParts,
    nextFirstLoad,
    peers: PEER_VERSIONS,
  },
  throughput,
  pageCost,
  firstPaint,
  times: { buildStorybook_ms: buildStorybookMs, npmTest_ms: npmTestMs },
  notes: {
    session: "kit: createSessionLookup (one prepared statement on the pg pool, signature + expiry + revocation checked in the database); betterAuth: auth.api.getSession with disableCookieCache; floor: one prepared pg query joining session to user by token",
    clerk: "npm part only; Clerk loads about 375 KB gzip more from its CDN at run time (FACTS.md)",
  },
};
writeFileSync(path.join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
writeRatioChart(path.join(ROOT, "bench/ratios.svg"), results);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`
| measure | kit | better-auth | floor / peers | ratio |
| --- | --- | --- | --- | --- |
| session lookup median (p99) | ${session.kit.median_ms} ms (${session.kit.p99_ms}) | ${session.betterAuth.median_ms} ms (${session.betterAuth.p99_ms}) | ${session.floor.median_ms} ms (${session.floor.p99_ms}) | kit ${session.kitToFloor}x floor, better-auth ${session.betterAuthToFloor}x |
| statements per lookup | ${session.kit.statements} | ${session.betterAuth.statements} | ${session.floor.statements} | |
| statements per request, 1 / 5 / 20 components | ${perRequest[1]} / ${perRequest[5]} / ${perRequest[20]} | | | |
| proxy decision, signed in to /home, a Cookie header seen before | ${proxy.median_ms} ms, ${proxy.statements} statements | | | ${proxy.toLookup}x the kit's lookup (target ≤ 0.25) |
| proxy decision, the same, a Cookie header never seen | ${proxy.firstSight.median_ms} ms | | | ${proxy.firstSight.toLookup}x the kit's lookup |
| proxy decision, a path that needs no session | ${proxy.publicPath.median_ms} ms | | | ${proxy.publicPath.toLookup}x the kit's lookup |
| ${concurrent.concurrency} concurrent lookups, pools of ${concurrent.poolSize}: p50 / p99 | ${concurrent.kit.median_ms} / ${concurrent.kit.p99_ms} ms | | floor ${concurrent.floor.median_ms} / ${concurrent.floor.p99_ms} ms | p99 ${concurrent.p99KitToFloor}x the floor's (target ≤ 2), p50 ${concurrent.p50KitToFloor}x |
| lookup with sessions in Redis (secondary storage) vs in PostgreSQL, median (p99) | ${redis.kitRedis.median_ms} ms (${redis.kitRedis.p99_ms}), ${redis.statements.kitRedis} statements | | PostgreSQL ${redis.kitDatabase.median_ms} ms (${redis.kitDatabase.p99_ms}); a bare Redis GET ${redis.redisGet.median_ms} ms | ${redis.redisToDatabase}x the PostgreSQL lookup (p99 ${redis.p99RedisToDatabase}x), ${redis.redisToGet}x a GET |
| lookup among ${scale.sessions} sessions of ${scale.users} users, median (p99) | ${scale.kit.median_ms} ms (${scale.kit.p99_ms}) | | floor ${scale.floor.median_ms} ms (${scale.floor.p99_ms}) | ${scale.kitToFloor}x the floor (target ≤ 2); index scan on the token: ${scale.indexScanOnToken ? "yes" : "NO"} |
| sweep of ${scale.sweep.expired} expired sessions, batches of 5000 | ${scale.sweep.total_ms} ms, ${scale.sweep.batches} batches, longest ${scale.sweep.longestBatch_ms} ms | | | ${scale.sweep.rowsPerSecond} rows/s; a lookup beside it: median ${scale.sweep.lookupDuringSweep.median_ms} ms, max ${scale.sweep.lookupDuringSweep.max_ms} ms |
| client bundle, first load, gzip (brotli); split at dynamic imports for every kit | ${kb(bundle.kit.gzip)} (${kb(bundle.kit.brotli)}); ${kb(bundle.kit.onDemandGzip)} more on first use (the default authClient) | | better-auth-ui ${kb(bundle.betterAuthUi.gzip)}, Clerk ${kb(bundle.clerk.gzip)} | ${results.bundle.kitToBetterAuthUi}x better-auth-ui (target ≤ 45 KB and ≤ 0.5x), ${results.bundle.kitToLightestPeer}x the lightest peer |
| Next.js first-load JS, gzip: the demo's / (signed in) against its page with no kit | ${kb(nextFirstLoad.site.gzip)} (${nextFirstLoad.site.scripts} scripts) | | ${kb(nextFirstLoad.empty.gzip)} (${nextFirstLoad.empty.scripts} scripts) | ${kb(nextFirstLoad.site.gzip - nextFirstLoad.empty.gzip)} more |
${Object.entries(bundleParts).map(([part, { gzipWithout, saves }]) => `| bundle without ${part} | ${kb(gzipWithout)} | | | saves ${kb(saves)} |`).join("\n")}
| /home first byte, Cache Components vs dynamic (median of ${firstPaint.count}) | shell ${firstPaint.cacheComponents.firstByte_ms} ms | | dynamic ${firstPaint.dynamic.firstByte_ms} ms | ${firstPaint.shellFirstByteToDynamicFirstByte}x (target ≤ 0.5) |
| /home user's name in the stream vs the dynamic page's full response | ${firstPaint.cacheComponents.name_ms} ms | | dynamic full ${firstPaint.dynamic.full_ms} ms (name at ${firstPaint.dynamic.name_ms} ms) | ${firstPaint.nameToDynamicFull}x (target ≤ 1.1) |
| /home full response, Cache Components / dynamic | ${firstPaint.cacheComponents.full_ms} ms | | ${firstPaint.dynamic.full_ms} ms | ${Math.round((firstPaint.cacheComponents.full_ms / firstPaint.dynamic.full_ms) * 100) / 100}x |
| /home session requests after load (Chromium), Cache Components / dynamic | ${firstPaint.cacheComponents.sessionRequestsAfterLoad} / ${firstPaint.dynamic.sessionRequestsAfterLoad} | | | |
| /home statements per request, Cache Components / dynamic | ${firstPaint.cacheComponents.statementsPerRequest} / ${firstPaint.dynamic.statementsPerRequest} | | | |
| /home (Alan) vs the same page with no session work, 50 connections, ${pageCost.rounds} × ${pageCost.seconds} s alternating | ${pageCost.kit.rps} req/s, p99 ${pageCost.kit.p99_ms} ms, ${pageCost.kit.errors} errors | | bare ${pageCost.bare.rps} req/s, p99 ${pageCost.bare.p99_ms} ms, ${pageCost.bare.errors} errors | throughput ${pageCost.throughputToBare}x (target ≥ 0.9), p99 ${pageCost.p99ToBare}x (target ≤ 1.2) |
| build-storybook | ${buildStorybookMs} ms | | | |
| npm test | ${npmTestMs ?? "not run (pass --with-npm-test)"}${npmTestMs ? " ms" : ""} | | | |
`);
