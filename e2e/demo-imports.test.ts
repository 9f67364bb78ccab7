import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEMO = path.join(ROOT, "demo");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".next") || entry.name === "node_modules") return [];
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(m?[jt]sx?|css)$/u.test(entry.name) ? [full] : [];
  });
}

/** Every module a file names: import/export from, import(), require(), CSS @import. */
function specifiersIn(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^"']*?\bfrom\s*["']([^"']+)["']/gu,
    /\bimport\s*["']([^"']+)["']/gu,
    /\bimport\(\s*["']([^"']+)["']\s*\)/gu,
    /\brequire\(\s*["']([^"']+)["']\s*\)/gu,
    /@import\s+(?:url\()?["']([^"']+)["']/gu,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

/** What is wrong with `specifier` in `file`, or null: the demo may reach the kit by its names only. */
export function kitPathProblem(file: string, specifier: string): string | null {
  if (specifier.startsWith(".") || specifier.startsWith("/")) {
    const target = path.resolve(path.dirname(file), specifier);
    if (target !== DEMO && !target.startsWith(DEMO + path.sep)) return `reaches ${path.relative(ROOT, target)} outside demo/`;
  }
  if (/^session-kit\/(components|server|lib|mocks|styles|dist)\//u.test(specifier)) return "a kit file by path, not an entry point";
  return null;
}

describe("the demo app", () => {
  const files = sourceFiles(DEMO);

  it("imports the kit only by the package's names (session-kit, session-kit/server, …)", () => {
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) =>
      specifiersIn(readFileSync(file, "utf8")).flatMap((specifier) => {
        const problem = kitPathProblem(file, specifier);
        return problem ? [`${path.relative(ROOT, file)}: "${specifier}" ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("uses the public entry points (the check can fail)", () => {
    const names = files.flatMap((file) => specifiersIn(readFileSync(file, "utf8"))).filter((specifier) => specifier.startsWith("session-kit"));
    expect(new Set(names)).toEqual(new Set(["session-kit", "session-kit/server", "session-kit/actions", "session-kit/plugin", "session-kit/proxy", "session-kit/database", "session-kit/tailwind.css"]));
    const file = path.join(DEMO, "app/page.tsx");
    expect(kitPathProblem(file, "../../components/ui/button")).toBe('reaches components/ui/button outside demo/');
    expect(kitPathProblem(file, "../../server/auth")).toBe("reaches server/auth outside demo/");
    expect(kitPathProblem(file, "session-kit/server/auth")).toBe("a kit file by path, not an entry point");
    expect(kitPathProblem(file, "./_lib/kit")).toBeNull();
  });
});
