// npm run build:registry [-- --base-url https://example.com/r] [--out build/registry] [--registry registry.json]
//
// The shadcn registry (registry.json) built from the kit's own component files, so the copied markup is
// the markup the kit tests. Each file's relative imports are rewritten:
//   - to another item's file: the app's copy ("@/components/ui/avatar", "@/components/skeletons",
//     "@/lib/utils"), and that item becomes a registryDependency, named by its full URL so `shadcn add`
//     never falls back to a remote registry;
//   - to anything else (hooks, provider, rules, messages): the "session-kit" package, which must export
//     every name imported, so the logic stays in the package and keeps receiving fixes.
// npm dependencies come from the files' own imports, at the versions the kit is built with. The kit
// itself is not listed: an app adds these items to a session-kit it has already set up.
//
// It also writes colors/neutral.json (the kit's theme tokens as a shadcn base colour) so that an
// offline `shadcn add` with REGISTRY_URL pointing here finds the one file the CLI fetches from its own
// registry on every add.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import ts from "typescript";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  // --registry: another list of items (the tests' fixtures); its file paths are the repository's.
  options: { "base-url": { type: "string" }, out: { type: "string" }, registry: { type: "string" } },
});
const baseUrl = parseBaseUrl(values["base-url"] ?? process.env.REGISTRY_BASE_URL ?? "http://127.0.0.1:4400/r");
const out = path.resolve(root, values.out ?? "build/registry");

/** The URL the built files are served from, ending in /r (shadcn's convention), without a trailing slash. */
function parseBaseUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    fail(`--base-url "${value}" is not a URL: give where r/ is served, e.g. https://example.com/r`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") fail(`--base-url "${value}" must be http or https`);
  return url.href.replace(/\/$/u, "");
}

function fail(message) {
  console.error(`build:registry: ${message}`);
  process.exit(1);
}

const registry = JSON.parse(readFileSync(path.resolve(root, values.registry ?? "registry.json"), "utf8"));
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
/** Packages an app already has (the kit's peers it cannot run without); items never install them. */
const APP_PACKAGES = new Set(["react", "react-dom", "next"]);

/** Where an app's copy of an item file is imported from, by the aliases of components.json. */
function appImportPath(file) {
  const name = path.basename(file.path).replace(/\.tsx?$/u, "");
  if (file.type === "registry:lib") return `@/lib/${path.basename(file.target).replace(/\.tsx?$/u, "")}`;
  if (file.type === "registry:ui") return `@/components/ui/${name}`;
  return `@/components/${name}`;
}

const ownerOf = new Map(); // repository path -> { item, file }
for (const item of registry.items) {
  for (const file of item.files) ownerOf.set(file.path, { item, file });
  // meta.standsFor: kit files its one file replaces in an app (lib/cn.ts, the kit's slimmer cn, is the
  // app's whole lib/utils.ts there).
  for (const kitFile of item.meta?.standsFor ?? []) ownerOf.set(kitFile, { item, file: item.files[0] });
}

/** The names the "session-kit" entry exports (its index lists each one). */
const packageExports = (() => {
  const entry = path.join(root, "components/index.ts");
  const source = ts.createSourceFile(entry, readFileSync(entry, "utf8"), ts.ScriptTarget.Latest, true);
  const names = new Set();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.add(element.name.text);
    }
  }
  return names;
})();

function resolveRelative(fromFile, specifier) {
  const base = path.join(path.dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(path.join(root, candidate))) return candidate;
  }
  fail(`${fromFile}: cannot resolve "${specifier}"`);
}

/** "@radix-ui/react-avatar/sub" -> "@radix-ui/react-avatar"; "clsx" -> "clsx". */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** The names one import or export statement takes from its module. */
function namesTaken(statement, fromFile) {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (!clause) fail(`${fromFile}: a bare import of "${statement.moduleSpecifier.text}" cannot come from the package`);
    if (clause.name || (clause.namedBindings && !ts.isNamedImports(clause.namedBindings))) {
      fail(`${fromFile}: only named imports can come from the package ("${statement.moduleSpecifier.text}")`);
    }
    return clause.namedBindings ? clause.namedBindings.elements.map((element) => (element.propertyName ?? element.name).text) : [];
  }
  if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) fail(`${fromFile}: export * from "${statement.moduleSpecifier.text}"`);
  return statement.exportClause.elements.map((element) => (element.propertyName ?? element.name).text);
}

/** One import from the package, a name per line when it would run past a line's width. */
function packageImport(elements) {
  const line = `import { ${elements.join(", ")} } from "session-kit";`;
  return line.length <= 120 ? line : `import {\n${elements.map((element) => `  ${element},`).join("\n")}\n} from "session-kit";`;
}

function buildItem(item) {
  const dependencies = new Set();
  const registryDependencies = new Set();
  const files = item.files.map((file) => {
    const text = readFileSync(path.join(root, file.path), "utf8");
    const source = ts.createSourceFile(file.path, text, ts.ScriptTarget.Latest, true);
    const edits = [];
    /** The imports rewritten to "session-kit", merged into one statement where the first one stood. */
    const packageImports = [];
    for (const statement of source.statements) {
      const isModuleStatement = ts.isImportDeclaration(statement) || (ts.isExportDeclaration(statement) && statement.moduleSpecifier);
      if (!isModuleStatement) continue;
      const specifierNode = statement.moduleSpecifier;
      const specifier = specifierNode.text;
      let replacement;
      if (specifier.startsWith(".")) {
        const target = resolveRelative(file.path, specifier);
        const owner = ownerOf.get(target);
        if (owner && owner.item !== item) {
          replacement = appImportPath(owner.file);
          registryDependencies.add(owner.item.name);
        } else if (owner) {
          fail(`${file.path}: imports "${specifier}" from its own item; one file per item here`);
        } else {
          const missing = namesTaken(statement, file.path).filter((name) => !packageExports.has(name));
          if (missing.length > 0) {
            fail(`${file.path}: imports ${missing.join(", ")} from "${specifier}", which the "session-kit" entry (components/index.ts) does not export`);
          }
          replacement = "session-kit";
          if (ts.isImportDeclaration(statement)) {
            packageImports.push(statement);
            continue;
          }
        }
      } else {
        const name = packageName(specifier);
        if (APP_PACKAGES.has(name)) continue;
        const version = manifest.dependencies?.[name];
        if (!version) fail(`${file.path}: imports "${specifier}", which is not among the kit's dependencies`);
        dependencies.add(`${name}@${version}`);
        continue;
      }
      edits.push({ start: specifierNode.getStart(source), end: specifierNode.getEnd(), text: JSON.stringify(replacement) });
    }
    if (packageImports.length > 0) {
      const elements = packageImports.flatMap((statement) => {
        const typeOnly = statement.importClause.isTypeOnly;
        return (statement.importClause.namedBindings?.elements ?? []).map((element) => (typeOnly && !element.isTypeOnly ? "type " : "") + element.getText(source));
      });
      const byName = (text) => text.replace(/^type /u, "");
      elements.sort((a, b) => byName(a).localeCompare(byName(b)));
      packageImports.forEach((statement, index) => {
        let end = statement.getEnd();
        if (index > 0 && text[end] === "\n") end += 1; // the line goes with the statement
        edits.push({ start: statement.getStart(source), end, text: index === 0 ? packageImport(elements) : "" });
      });
    }
    let content = text;
    for (const edit of edits.sort((a, b) => b.start - a.start)) content = content.slice(0, edit.start) + edit.text + content.slice(edit.end);
    return { path: file.path, type: file.type, ...(file.target ? { target: file.target } : {}), content };
  });
  for (const name of registryDependencies) {
    if (!registry.items.some((candidate) => candidate.name === name)) fail(`${item.name}: unknown registry item ${name}`);
  }
  return {
    $schema: "https://ui.shadcn.com/schema/registry-item.json",
    name: item.name,
    type: item.type,
    title: item.title,
    description: item.description,
    ...(dependencies.size > 0 ? { dependencies: [...dependencies].sort() } : {}),
    ...(registryDependencies.size > 0 ? { registryDependencies: [...registryDependencies].sort().map((name) => `${baseUrl}/${name}.json`) } : {}),
    files,
  };
}

/** The kit's theme (styles/theme.css, light on :root and dark under .dark) as shadcn's base colour file. */
function baseColour() {
  const css = readFileSync(path.join(root, "styles/theme.css"), "utf8");
  const block = (selector) => {
    const match = new RegExp(`(?:^|\\n)${selector.replace(".", "\\.")}\\s*\\{([^}]*)\\}`, "u").exec(css);
    if (!match) fail(`styles/theme.css has no ${selector} block`);
    return Object.fromEntries([...match[1].matchAll(/--([\w-]+):\s*([^;]+);/gu)].map(([, name, value]) => [name, value.trim()]));
  };
  return { inlineColors: { light: {}, dark: {} }, cssVars: { light: block(":root"), dark: block(".dark") }, inlineColorsTemplate: "", cssVarsTemplate: "" };
}

const items = registry.items.map(buildItem);
rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, "r/colors"), { recursive: true });
for (const item of items) writeFileSync(path.join(out, "r", `${item.name}.json`), `${JSON.stringify(item, null, 2)}\n`);
writeFileSync(
  path.join(out, "r/registry.json"),
  `${JSON.stringify({ ...registry, items: items.map(({ $schema, files, ...rest }) => ({ ...rest, files: files.map(({ content, ...file }) => file) })) }, null, 2)}\n`,
);
writeFileSync(path.join(out, "r/colors/neutral.json"), `${JSON.stringify(baseColour(), null, 2)}\n`);
console.log(`build:registry: ${items.length} items for ${baseUrl} in ${path.relative(root, out)}/r`);
