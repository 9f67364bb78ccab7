import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as kit from "../components/index";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BASE = "https://registry.example/r";

interface BuiltItem {
  name: string;
  type: string;
  dependencies?: string[];
  registryDependencies?: string[];
  files: Array<{ path: string; type: string; target?: string; content: string }>;
}

function build(...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, "scripts/build-registry.mjs"), ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("npm run build:registry", () => {
  let out: string;
  let items: BuiltItem[];
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), "registry-"));
    const run = build("--base-url", `${BASE}/`, "--out", out);
    expect(run.status, run.stderr).toBe(0);
    items = readdirSync(path.join(out, "r"))
      .filter((file) => file.endsWith(".json") && file !== "registry.json")
      .map((file) => JSON.parse(readFileSync(path.join(out, "r", file), "utf8")) as BuiltItem);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("builds an item for each component the issue names, and the primitives they use", () => {
    expect(items.map((item) => item.name).sort()).toEqual(
      ["account-switcher", "admin-link", "avatar", "button", "device-list", "dropdown-menu", "impersonation-banner", "plus-icon", "show", "sign-in-button", "sign-out-button", "skeleton", "skeletons", "user-menu", "utils"].sort(),
    );
  });

  it("copies no relative import: each goes to another item's copy or to the package, which exports every name taken", () => {
    for (const item of items) {
      for (const file of item.files) {
        expect(file.content, `${item.name}: ${file.path}`).not.toMatch(/from "\.{1,2}\//u);
        // The copy is the kit's own file, with only its import paths changed.
        const original = readFileSync(path.join(ROOT, file.path), "utf8");
        const bodyOf = (text: string) => text.split("\n").filter((line) => !/^(import|export .* from|\s+(type )?\w+,$|\} from)/u.test(line)).join("\n");
        expect(bodyOf(file.content)).toBe(bodyOf(original));
        for (const match of file.content.matchAll(/import \{([^}]*)\} from "session-kit";/gu)) {
          // Values (types are gone at run time; tsc checks those in the consumer test's next build).
          const values = match[1]!.split(",").map((name) => name.trim()).filter((name) => name && !name.startsWith("type "));
          for (const name of values) expect(kit, `${item.name} imports ${name}`).toHaveProperty(name);
        }
      }
    }
  });

  it("names each registry dependency by its full URL, and each is an item built here", () => {
    const names = new Set(items.map((item) => item.name));
    const user = items.find((item) => item.name === "user-menu")!;
    expect(user.registryDependencies).toEqual(["avatar", "dropdown-menu", "plus-icon", "sign-in-button", "skeletons", "utils"].map((name) => `${BASE}/${name}.json`));
    for (const item of items) {
      for (const url of item.registryDependencies ?? []) {
        expect(url.startsWith(`${BASE}/`), url).toBe(true);
        expect(names.has(url.slice(BASE.length + 1, -".json".length)), url).toBe(true);
      }
    }
  });

  it("lists the npm packages the files import, at the kit's versions, never react, next or the kit itself", () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(items.find((item) => item.name === "avatar")!.dependencies).toEqual([`@radix-ui/react-avatar@${manifest.dependencies["@radix-ui/react-avatar"]}`]);
    expect(items.find((item) => item.name === "utils")!.dependencies).toEqual([`clsx@${manifest.dependencies.clsx}`, `tailwind-merge@${manifest.dependencies["tailwind-merge"]}`]);
    for (const item of items) {
      for (const dependency of item.dependencies ?? []) expect(dependency).not.toMatch(/^(react|react-dom|next|session-kit)@/u);
    }
  });

  it("serves the kit's theme as the base colour the CLI fetches, light and dark", () => {
    const colour = JSON.parse(readFileSync(path.join(out, "r/colors/neutral.json"), "utf8")) as { cssVars: { light: Record<string, string>; dark: Record<string, string> } };
    expect(colour.cssVars.light.primary).toBe("oklch(0.205 0 0)");
    expect(colour.cssVars.dark.primary).toBe("oklch(0.922 0 0)");
    expect(Object.keys(colour.cssVars.dark).length).toBeGreaterThan(15);
  });

  it("stops naming the file and the names when a copied file would import logic the package does not export", () => {
    const fixture = path.join(out, "leaky.json");
    writeFileSync(fixture, JSON.stringify({ name: "leaky", items: [{ name: "provider", type: "registry:component", files: [{ path: "components/session-provider.tsx", type: "registry:component" }] }] }));
    const run = build("--registry", fixture, "--out", path.join(out, "leaky"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/components\/session-provider\.tsx: imports .*KitUiContext.* from "\.\/session-context", which the "session-kit" entry \(components\/index\.ts\) does not export/u);
  });

  it("refuses a base URL that is not one", () => {
    const run = build("--base-url", "not a url", "--out", path.join(out, "bad"));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('build:registry: --base-url "not a url" is not a URL: give where r/ is served, e.g. https://example.com/r');
  });
});
