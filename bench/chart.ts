import { writeFileSync } from "node:fs";

interface ChartInput {
  session: { kitToFloor: number; betterAuthToFloor: number };
  proxy: { toLookup: number; firstSight: { toLookup: number } };
  concurrent: { p99KitToFloor: number };
  scale: { kitToFloor: number };
  pageCost?: { throughputToBare: number; p99ToBare: number };
  bundle: { kit: { gzip: number }; betterAuthUi: { gzip: number }; clerk: { gzip: number } };
  firstPaint: { shellFirstByteToDynamicFirstByte: number; nameToDynamicFull: number };
}

/** A small horizontal bar chart of the measured ratios (1 = the reference), as plain SVG. */
export function writeRatioChart(file: string, results: ChartInput): void {
  const lightest = Math.min(results.bundle.betterAuthUi.gzip, results.bundle.clerk.gzip);
  const bars = [
    ["better-auth getSession / floor", results.session.betterAuthToFloor],
    ["kit lookup / floor", results.session.kitToFloor],
    ["proxy decision (header seen) / kit lookup", results.proxy.toLookup],
    ["proxy decision (new header) / kit lookup", results.proxy.firstSight.toLookup],
    ["50 concurrent lookups p99 / floor p99", results.concurrent.p99KitToFloor],
    ["lookup among 1M sessions / floor", results.scale.kitToFloor],
    ...(results.pageCost
      ? ([
          ["/home throughput / bare page", results.pageCost.throughputToBare],
          ["/home p99 / bare page", results.pageCost.p99ToBare],
        ] as const)
      : []),
    ["shell first byte / dynamic first byte", results.firstPaint.shellFirstByteToDynamicFirstByte],
    ["name in stream / dynamic full page", results.firstPaint.nameToDynamicFull],
    ["kit bundle / lightest peer (gzip)", results.bundle.kit.gzip / lightest],
    ["better-auth-ui bundle / lightest peer", results.bundle.betterAuthUi.gzip / lightest],
    ["Clerk npm bundle / lightest peer", results.bundle.clerk.gzip / lightest],
  ] as const;
  const max = Math.max(2, ...bars.map(([, value]) => value));
  const width = 640;
  const labelWidth = 250;
  const scale = (width - labelWidth - 60) / max;
  const rows = bars
    .map(([label, value], index) => {
      const y = 30 + index * 28;
      return `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${label}</text>
<rect x="${labelWidth}" y="${y}" width="${Math.max(1, value * scale).toFixed(1)}" height="18" fill="${value <= 1 ? "#16a34a" : value <= 2 ? "#2563eb" : "#dc2626"}"/>
<text x="${labelWidth + value * scale + 6}" y="${y + 14}">${value.toFixed(2)}×</text>`;
    })
    .join("\n");
  const oneX = labelWidth + scale;
  writeFileSync(
    file,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${40 + bars.length * 28}" font-family="system-ui, sans-serif" font-size="12">
<text x="8" y="16" font-weight="600">Measured ratios (lower is better; line = 1×)</text>
${rows}
<line x1="${oneX}" x2="${oneX}" y1="24" y2="${30 + bars.length * 28}" stroke="#111" stroke-dasharray="3 3"/>
</svg>
`,
  );
}
