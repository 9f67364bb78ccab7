/**
 * The environment for a child `next` process: this process's, without Next.js's internal variables
 * (the Storybook Vite plugin loaded by the Vitest config sets them, NEXT_DEPLOYMENT_ID=false among
 * them, and a child `next start` inheriting them serves broken asset URLs), without Vitest's own (its
 * TEST=true makes better-auth skip its origin checks), and without `dropped`.
 */
export function childEnvironment(extra: Record<string, string> = {}, dropped: string[] = []): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^(__NEXT_|NEXT_|NODE_ENV$|VITEST|TEST$)/u.test(name) && !dropped.includes(name),
  );
  return { ...Object.fromEntries(inherited), NEXT_TELEMETRY_DISABLED: "1", ...extra } as unknown as NodeJS.ProcessEnv;
}
