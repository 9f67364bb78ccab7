// npm run build:class-merge: writes lib/kit-class-groups.ts, the part of tailwind-merge's default
// configuration that the kit's own classes need (most of its 8 KB gzip in a client bundle is that configuration).
//
// `cn(kitClasses, className)` must merge exactly as tailwind-merge's `twMerge` does for every class the
// kit writes and every class an app may pass after it. A later class removes earlier ones of its own
// group and of the groups it conflicts with, so the kept groups are those of the kit's classes, those
// that conflict with them, and those whose classes would otherwise be misread (see keptGroups). An app
// class of any other group is left alone by both: it cannot remove a kit class. lib/cn.test.ts checks
// the result against twMerge over every kit class and a sample of every group's classes.
//
// `--check`: exits 1 when lib/kit-class-groups.ts is not what this would write (a component gained a
// class of a new group), without writing.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDefaultConfig, validators } from "tailwind-merge";
import { createClassGroupUtils, createParseClassName } from "tailwind-merge/unstable-do-not-import";

const root = fileURLToPath(new URL("..", import.meta.url));
const OUTPUT = path.join(root, "lib/kit-class-groups.ts");

/** The shipped component files: what the kit writes into className. */
export function kitSourceFiles() {
  const files = [];
  const walk = (directory) => {
    for (const entry of readdirSync(path.join(root, directory), { withFileTypes: true })) {
      const relative = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (/\.tsx?$/u.test(entry.name) && !/\.(test|stories)\.tsx?$/u.test(entry.name)) files.push(relative);
    }
  };
  walk("components");
  return files.sort();
}

/** Every class-like word in the kit's string literals that tailwind-merge's default configuration knows. */
export function kitClasses() {
  const config = getDefaultConfig();
  const parse = createParseClassName(config);
  const { getClassGroupId } = createClassGroupUtils(config);
  const classes = new Set();
  for (const file of kitSourceFiles()) {
    const text = readFileSync(path.join(root, file), "utf8");
    for (const match of text.matchAll(/"([^"\\\n]*)"|`([^`\\]*)`/gu)) {
      for (const word of (match[1] ?? match[2]).split(/\s+/u)) {
        if (word && getClassGroupId(parse(word).baseClassName)) classes.add(word);
      }
    }
  }
  return [...classes].sort();
}

// Values tried for each validator or theme scale when sampling a group's classes.
const SAMPLE_VALUES = [
  "0", "1", "2", "2.5", "10", "px", "1/2", "full", "auto", "none", "xs", "sm", "md", "lg", "xl", "2xl", "red-500",
  "primary", "muted-foreground", "current", "inherit", "[3px]", "[10%]", "[#fff]", "[url(a.png)]", "[var(--x)]",
  "(--x)", "[length:3px]", "[color:red]", "[0_0_1px_red]", "[1fr_2fr]", "[Inter]", "[600]", "[2]", "[center_top]",
];

/**
 * Classes of a group under tailwind-merge's whole configuration: each word its definition names, and the
 * sample values its validators and scales accept.
 */
export function groupSamples(group, config = getDefaultConfig()) {
  const parse = createParseClassName(config);
  const { getClassGroupId } = createClassGroupUtils(config);
  const samples = new Set();
  const join = (prefix, part) => (prefix && part ? `${prefix}-${part}` : prefix || part);
  const walk = (definition, prefix) => {
    for (const entry of definition) {
      if (typeof entry === "string") samples.add(join(prefix, entry));
      else if (typeof entry === "function") for (const value of SAMPLE_VALUES) samples.add(join(prefix, value));
      else for (const [key, inner] of Object.entries(entry)) walk(inner, join(prefix, key));
    }
  };
  walk(config.classGroups[group], "");
  return [...samples].filter((name) => name && getClassGroupId(parse(name).baseClassName) === group).sort();
}

/**
 * The groups to keep: each group a kit class belongs to and each that conflicts with one of those; then,
 * until none is left, each group with a class that the kept groups alone would read as theirs (with
 * `bg-color` alone, `bg-cover` would read as a colour and remove the kit's).
 */
export function keptGroups(classes = kitClasses()) {
  const config = getDefaultConfig();
  const parse = createParseClassName(config);
  const { getClassGroupId } = createClassGroupUtils(config);
  const kit = new Set(classes.map((name) => getClassGroupId(parse(name).baseClassName)));
  const kept = new Set(kit);
  const conflicts = { ...config.conflictingClassGroups };
  for (const [group, extra] of Object.entries(config.conflictingClassGroupModifiers)) conflicts[group] = [...(conflicts[group] ?? []), ...extra];
  for (const [group, others] of Object.entries(conflicts)) if (others.some((other) => kit.has(other))) kept.add(group);
  const samples = Object.fromEntries(Object.keys(config.classGroups).map((group) => [group, groupSamples(group, config)]));
  for (let changed = true; changed; ) {
    changed = false;
    const slim = createClassGroupUtils({ ...config, classGroups: Object.fromEntries(Object.entries(config.classGroups).filter(([group]) => kept.has(group))) });
    for (const group of Object.keys(config.classGroups)) {
      if (kept.has(group)) continue;
      if (samples[group].some((name) => slim.getClassGroupId(parse(name).baseClassName) !== undefined)) {
        kept.add(group);
        changed = true;
      }
    }
  }
  // In tailwind-merge's own order: groups sharing a class part are tried in it.
  return Object.keys(config.classGroups).filter((group) => kept.has(group));
}

const validatorNames = new Map(Object.entries(validators).map(([name, fn]) => [fn, name]));
/** The theme key a `fromTheme(key)` getter reads. */
function themeKey(getter) {
  let key;
  getter(new Proxy({}, { get: (_, name) => ((key = name), []) }));
  return key;
}

function source(value, themeKeys) {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") {
    if (value.isThemeGetter) {
      const key = themeKey(value);
      themeKeys.add(key);
      return `fromTheme(${JSON.stringify(key)})`;
    }
    const name = validatorNames.get(value);
    if (!name) throw new Error("tailwind-merge's configuration holds a function that is neither a validator nor a theme getter");
    return name;
  }
  if (Array.isArray(value)) return `[${value.map((entry) => source(entry, themeKeys)).join(", ")}]`;
  return `{ ${Object.entries(value).map(([key, entry]) => `${JSON.stringify(key)}: ${source(entry, themeKeys)}`).join(", ")} }`;
}

export function generate() {
  const config = getDefaultConfig();
  const groups = keptGroups();
  const kept = new Set(groups);
  const themeKeys = new Set();
  const classGroups = groups.map((group) => `    ${JSON.stringify(group)}: ${source(config.classGroups[group], themeKeys)},`).join("\n");
  const used = new Set();
  // Theme values may name validators and other theme keys too.
  const theme = [];
  const pending = [...themeKeys];
  while (pending.length > 0) {
    const key = pending.shift();
    if (used.has(key)) continue;
    used.add(key);
    const before = new Set(themeKeys);
    theme.push(`    ${JSON.stringify(key)}: ${source(config.theme[key], themeKeys)},`);
    for (const added of themeKeys) if (!before.has(added)) pending.push(added);
  }
  theme.sort();
  const pick = (record) =>
    Object.entries(record)
      .filter(([group]) => kept.has(group))
      .map(([group, others]) => [group, others.filter((other) => kept.has(other))])
      .filter(([, others]) => others.length > 0)
      .map(([group, others]) => `    ${JSON.stringify(group)}: ${JSON.stringify(others)},`)
      .join("\n");
  const usedValidators = [...validatorNames.values()].filter((name) => new RegExp(`\\b${name}\\b`, "u").test(classGroups + theme.join("")));
  return `// Generated by \`npm run build:class-merge\` (scripts/build-class-merge.mjs) from tailwind-merge's default
// configuration: the ${groups.length} class groups (of ${Object.keys(config.classGroups).length}) the kit's own classes need. Do not edit.
import { type Config, fromTheme, validators } from "tailwind-merge";

const { ${usedValidators.join(", ")} } = validators;

export const kitClassGroups = (): Config<string, string> => ({
  cacheSize: ${config.cacheSize},
  theme: {
${theme.join("\n")}
  },
  classGroups: {
${classGroups}
  },
  conflictingClassGroups: {
${pick(config.conflictingClassGroups)}
  },
  conflictingClassGroupModifiers: {
${pick(config.conflictingClassGroupModifiers)}
  },
  postfixLookupClassGroups: ${JSON.stringify(config.postfixLookupClassGroups.filter((group) => kept.has(group)))},
  orderSensitiveModifiers: ${JSON.stringify(config.orderSensitiveModifiers)},
});
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generate();
  if (process.argv.includes("--check")) {
    if (readFileSync(OUTPUT, "utf8") !== text) {
      console.error("lib/kit-class-groups.ts is out of date with the kit's classes: run npm run build:class-merge");
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`lib/kit-class-groups.ts written: ${keptGroups().length} class groups`);
  }
}
