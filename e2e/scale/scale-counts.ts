import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, inject } from "vitest";

/** What one scale file saw, added into the suite's one summary line. */
export interface ScaleCounts {
  file: string;
  /** Demo processes it ran at once. */
  instances: number;
  requests: number;
  /** Answers that served a session already ended (signed in after a sign-out, a ban, a revocation). */
  stale: number;
  /** Failed answers (5xx, refused connections) while every server was up. */
  errors: number;
  /** Seconds from each database or Redis restart to the first good answer. */
  recoveries: { what: string; seconds: number }[];
}

/** A file's running counts; saved for the summary when `save()` runs (in its afterAll). */
export function scaleCounts(file: string, instances: number) {
  const counts: ScaleCounts = { file, instances, requests: 0, stale: 0, errors: 0, recoveries: [] };
  return Object.assign(counts, {
    save() {
      writeFileSync(path.join(inject("scaleCountsDir"), `${path.basename(file)}.json`), JSON.stringify(counts));
    },
  });
}

export function totalCounts(files: ScaleCounts[]): string {
  const sum = (key: "requests" | "stale" | "errors") => files.reduce((total, file) => total + file[key], 0);
  const recoveries = files.flatMap((file) => file.recoveries.map((recovery) => `${recovery.what} ${recovery.seconds.toFixed(1)} s`));
  return `[scale] ${Math.max(...files.map((file) => file.instances))} instances at most, ${sum("requests")} requests, ${sum("stale")} stale answers, ${sum("errors")} errors outside outages, recovery: ${recoveries.join(", ") || "no restart"}`;
}

/** `describe`, skipped under a name that says why when the suite has no PostgreSQL server here (never in CI). */
export function describeScale(name: string, body: () => void) {
  const unavailable = inject("scaleUnavailable");
  return unavailable ? describe.skip(`${name} [scale suite not run: ${unavailable}]`, body) : describe(name, body);
}

/**
 * When `recovered()` first holds, polled every 50 ms from now; 0 when it did not within `withinMs`
 * (the caller's test then fails, naming what did not come back).
 */
export async function recoveryTime(recovered: () => Promise<boolean>, withinMs: number): Promise<number> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await recovered()) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return 0;
}
