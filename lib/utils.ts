import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * shadcn/ui's `cn`, as the registry's `utils` item gives it to an app (lib/utils.ts there): the whole of
 * tailwind-merge, since an app's own components use any class. The kit's components use lib/cn.ts.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
