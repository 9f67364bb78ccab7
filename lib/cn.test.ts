import { readFileSync } from "node:fs";
import { getDefaultConfig, twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { generate, groupSamples, kitClasses } from "../scripts/build-class-merge.mjs";
import { cn } from "./cn";

describe("cn (the kit's tailwind-merge, with only the class groups its classes need)", () => {
  it("is generated from the kit's classes as they are now (npm run build:class-merge)", () => {
    expect(readFileSync(new URL("./kit-class-groups.ts", import.meta.url), "utf8")).toBe(generate());
  });

  it("merges a kit class followed by any class of any group exactly as twMerge does", () => {
    const kit = kitClasses();
    const config = getDefaultConfig();
    const others = [...kit, ...Object.keys(config.classGroups).flatMap((group) => groupSamples(group, config))];
    expect(kit.length).toBeGreaterThan(100);
    expect(others.length).toBeGreaterThan(5000);
    const differences: string[] = [];
    for (const earlier of kit) {
      for (const later of others) {
        const input = `${earlier} ${later}`;
        if (cn(input) !== twMerge(input)) differences.push(`${input}: ${cn(input)} vs ${twMerge(input)}`);
      }
    }
    expect(differences.slice(0, 20)).toEqual([]);
  }, 60_000);

  it("lets an app's class win over the kit's, and keeps what does not conflict", () => {
    expect(cn("h-9 rounded-full px-3", "h-8 rounded-md")).toBe("px-3 h-8 rounded-md");
    expect(cn("bg-primary text-sm", "bg-red-500/50 text-lg/7")).toBe("bg-red-500/50 text-lg/7");
    expect(cn("p-4", "px-2 mt-1")).toBe("p-4 px-2 mt-1");
    expect(cn("bg-primary", "bg-cover")).toBe("bg-primary bg-cover"); // a size, not a colour
  });
});
