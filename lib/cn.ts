import { type ClassValue, clsx } from "clsx";
import { createTailwindMerge } from "tailwind-merge";
import { kitClassGroups } from "./kit-class-groups";

// tailwind-merge with only the class groups the kit's own classes need (lib/kit-class-groups.ts, generated):
// for the kit's classes followed by any of an app's, it merges as twMerge does, in 3 KB less of the client
// bundle (lib/cn.test.ts compares the two).
const merge = createTailwindMerge(kitClassGroups);

/** Joins class names and lets a later Tailwind class win over an earlier one (a caller's className last). */
export function cn(...inputs: ClassValue[]): string {
  return merge(clsx(inputs));
}
