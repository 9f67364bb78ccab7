import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

export interface Comparison {
  name: string;
  status: "match" | "mismatch" | "missing" | "updated";
  differentPixels: number;
  reference: string;
}

/** Per-channel colour distance pixelmatch tolerates; anti-aliased pixels are ignored on top of it. */
const COLOUR_THRESHOLD = 0.1;

/**
 * Compares a screenshot with its reviewed reference PNG. With `update`, writes the screenshot as the
 * new reference instead. On a mismatch, leaves expected, actual and diff PNGs in `outputDir`.
 */
export function compareWithReference(
  name: string,
  actual: Buffer,
  { referenceDir, outputDir, update }: { referenceDir: string; outputDir: string; update: boolean },
): Comparison {
  const reference = path.join(referenceDir, `${name}.png`);
  if (update) {
    mkdirSync(referenceDir, { recursive: true });
    const unchanged = existsSync(reference) && diff(readFileSync(reference), actual).differentPixels === 0;
    if (!unchanged) writeFileSync(reference, actual);
    return { name, status: unchanged ? "match" : "updated", differentPixels: 0, reference };
  }
  if (!existsSync(reference)) {
    writeOutputs(outputDir, name, { actual });
    return { name, status: "missing", differentPixels: -1, reference };
  }
  const expected = readFileSync(reference);
  const result = diff(expected, actual);
  if (result.differentPixels === 0) return { name, status: "match", differentPixels: 0, reference };
  writeOutputs(outputDir, name, { expected, actual, diff: result.diffPng });
  return { name, status: "mismatch", differentPixels: result.differentPixels, reference };
}

function diff(expectedPng: Buffer, actualPng: Buffer): { differentPixels: number; diffPng?: Buffer } {
  const expected = PNG.sync.read(expectedPng);
  const actual = PNG.sync.read(actualPng);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { differentPixels: Math.max(expected.width * expected.height, actual.width * actual.height) };
  }
  const output = new PNG({ width: expected.width, height: expected.height });
  const differentPixels = pixelmatch(expected.data, actual.data, output.data, expected.width, expected.height, {
    threshold: COLOUR_THRESHOLD,
    includeAA: false,
  });
  return { differentPixels, diffPng: PNG.sync.write(output) };
}

function writeOutputs(outputDir: string, name: string, images: { expected?: Buffer; actual: Buffer; diff?: Buffer }) {
  mkdirSync(outputDir, { recursive: true });
  for (const [kind, image] of Object.entries(images)) {
    if (image) writeFileSync(path.join(outputDir, `${name}.${kind}.png`), image);
  }
}

/** One HTML page with expected, actual and diff side by side for every failed comparison. */
export function writeReport(outputDir: string, comparisons: Comparison[]): string | null {
  const failed = comparisons.filter((c) => c.status === "mismatch" || c.status === "missing");
  if (failed.length === 0) return null;
  mkdirSync(outputDir, { recursive: true });
  const rows = failed
    .map(
      (c) => `<section><h2>${c.name} <small>${c.status === "missing" ? "no reference yet" : `${c.differentPixels} pixels differ`}</small></h2>
<div class="row">${["expected", "actual", "diff"]
        .filter((kind) => existsSync(path.join(outputDir, `${c.name}.${kind}.png`)))
        .map((kind) => `<figure><figcaption>${kind}</figcaption><img src="${c.name}.${kind}.png" alt="${kind} ${c.name}"></figure>`)
        .join("")}</div></section>`,
    )
    .join("\n");
  const report = path.join(outputDir, "report.html");
  writeFileSync(
    report,
    `<!doctype html><meta charset="utf-8"><title>Visual differences</title>
<style>body{font:14px system-ui;margin:24px}section{margin-bottom:32px}.row{display:flex;gap:16px;align-items:flex-start}
figure{margin:0;border:1px solid #ccc}figcaption{padding:4px 8px;background:#f4f4f4}img{display:block;max-width:32vw}</style>
<h1>${failed.length} visual difference(s)</h1>
<p>Expected is the committed reference, actual is this run, diff marks changed pixels in red.
Accept a deliberate change with <code>npm run test:visual:update</code> and review the PNG diff in the pull request.</p>
${rows}`,
  );
  return report;
}
