import { AuthConfigError } from "./errors";
/** Used only outside production, so `npm run demo:dev` works before any configuration. */
export const DEVELOPMENT_SECRET = "session-kit-development-only-secret-never-use-in-production";
export const MIN_SECRET_LENGTH = 32;
const BUILD_PHASE_PLACEHOLDER = "build-phase-placeholder-secret-never-serves-requests";


/**
 * The secret that signs session cookies. Production without a strong BETTER_AUTH_SECRET is a startup
 * error; development gets a warning and a fixed development-only secret.
 */
export function resolveAuthSecret(
  env: Record<string, string | undefined> = process.env,
  warn: (message: string) => void = console.warn,
): string {
  const secret = env.BETTER_AUTH_SECRET ?? "";
  if (secret.length >= MIN_SECRET_LENGTH) return secret;
  // `next build` imports server modules without serving a request; `next start` checks again for real.
  if (env.NEXT_PHASE === "phase-production-build") return BUILD_PHASE_PLACEHOLDER;
  const problem = secret
    ? `BETTER_AUTH_SECRET is too short (${secret.length} characters; at least ${MIN_SECRET_LENGTH} needed)`
    : "BETTER_AUTH_SECRET is not set";
  const fix = "Generate one with `openssl rand -base64 32` and set it in the environment.";
  if (env.NODE_ENV === "production") throw new AuthConfigError(`${problem}. ${fix}`);
  warn(`[session-kit] ${problem}; using a development-only secret. ${fix}`);
  return DEVELOPMENT_SECRET;
}
