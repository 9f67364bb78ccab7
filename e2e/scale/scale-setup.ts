// The scale suite's global setup: checks once that the PostgreSQL server it runs on answers, makes the
// folder where each file leaves its counts, and at the end prints them as one summary line.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { type ScaleCounts, totalCounts } from "./scale-counts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where each scale file writes its counts (one JSON file each). */
    scaleCountsDir: string;
    /** Why the suite cannot run here, or "" when it can. */
    scaleUnavailable: string;
  }
}

export default async function setup(project: TestProject) {
  const url = String(project.config.env?.DATABASE_URL ?? process.env.DATABASE_URL);
  let unavailable = "";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    unavailable = `no PostgreSQL server answers at ${url} (${(error as Error).message}); start one or set DATABASE_URL`;
  } finally {
    await client.end().catch(() => {});
  }
  if (unavailable) {
    // In CI the suite must run: a machine without its server is a broken machine, not a skip.
    if (process.env.CI) throw new Error(`The scale suite cannot run: ${unavailable}.`);
    console.error(`\n!!! SCALE SUITE NOT RUN: ${unavailable}.\n`);
  }
  const countsDir = mkdtempSync(path.join(os.tmpdir(), "session-kit-scale-"));
  project.provide("scaleCountsDir", countsDir);
  project.provide("scaleUnavailable", unavailable);
  return () => {
    const files = readdirSync(countsDir).map((name) => JSON.parse(readFileSync(path.join(countsDir, name), "utf8")) as ScaleCounts);
    rmSync(countsDir, { recursive: true, force: true });
    if (files.length) console.log(totalCounts(files));
  };
}
