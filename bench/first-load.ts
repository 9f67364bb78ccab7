// What a visitor downloads to run a page: every script the page's server HTML names (Next.js lists each
// chunk a route needs for hydration there), gzip-compressed from the build's static files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface FirstLoad {
  scripts: number;
  gzip: number;
}

/** The scripts `html` loads from /_next/static, gzip bytes summed, read from the build in `nextDir`. */
export function firstLoadJs(html: string, nextDir: string): FirstLoad {
  const sources = new Set([...html.matchAll(/<script[^>]*\ssrc="\/_next\/(static\/[^"?]+\.js)[^"]*"/gu)].map((match) => match[1]!));
  let gzip = 0;
  for (const source of sources) gzip += gzipSync(readFileSync(path.join(nextDir, source)), { level: 9 }).length;
  return { scripts: sources.size, gzip };
}
