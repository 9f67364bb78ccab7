/** The browser to launch: CHROMIUM_PATH, else Debian's, else Playwright's cache; undefined when none. */
export function findChromium(env?: Record<string, string | undefined>): string | undefined;
