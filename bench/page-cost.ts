// Page cost (issue 21): /home with the kit (the proxy, one lookup, the provider, the user menu) against
// the same page drawn from a fixed user with no session work (demo/app/bench/bare), on one server under
// the same load, in alternating runs so drift on the machine hits both alike.
import autocannon from "autocannon";
import { ratio } from "./measure";

/**
 * A page's server HTML as a visitor sees it, for comparing /home with its twin: the body up to the first
 * script, with the person's name, email and initials, React's generated ids, Suspense markers and the
 * page's own path (the language link's way back) written out.
 */
export function visibleMarkup(html: string, person: { name: string; email: string }, path: string): string {
  const body = html.slice(html.indexOf("<body"));
  const initials = person.name.split(/\s+/u).map((word) => word[0]).join("");
  return body
    .slice(0, body.includes("<script") ? body.indexOf("<script") : undefined)
    .replaceAll(person.name, "NAME")
    .replaceAll(person.email, "EMAIL")
    .replaceAll(`>${initials}<`, ">INITIALS<")
    .replaceAll(encodeURIComponent(path), "PATH")
    .replace(/_R_[A-Za-z0-9]+_/gu, "ID")
    .replace(/<!--\/?\$-->/gu, "");
}

export interface PageLoad {
  rps: number;
  p99_ms: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<PageLoad> {
  const result = await autocannon({ url, connections: 50, duration: seconds, headers });
  return { rps: result.requests.average, p99_ms: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts };
}

export async function measurePageCost({ url, cookie, rounds = 3, seconds = 10 }: { url: string; cookie: string; rounds?: number; seconds?: number }) {
  const kit: PageLoad[] = [];
  const bare: PageLoad[] = [];
  for (let round = 0; round < rounds; round++) {
    // Which goes first alternates too.
    const pair = [
      async () => bare.push(await load(`${url}/bench/bare`, {}, seconds)),
      async () => kit.push(await load(`${url}/home`, { cookie }, seconds)),
    ];
    for (const run of round % 2 === 0 ? pair : pair.reverse()) await run();
  }
  const mean = (runs: PageLoad[], key: "rps" | "p99_ms") => Math.round((runs.reduce((sum, run) => sum + run[key], 0) / runs.length) * 10) / 10;
  const summary = (runs: PageLoad[]) => ({ rps: mean(runs, "rps"), p99_ms: mean(runs, "p99_ms"), errors: runs.reduce((sum, run) => sum + run.errors, 0), runs });
  const kitSummary = summary(kit);
  const bareSummary = summary(bare);
  return {
    connections: 50,
    seconds,
    rounds,
    kit: kitSummary,
    bare: bareSummary,
    throughputToBare: ratio(kitSummary.rps, bareSummary.rps),
    p99ToBare: ratio(kitSummary.p99_ms, bareSummary.p99_ms),
  };
}
