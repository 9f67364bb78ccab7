import { describe, expect, it, vi } from "vitest";
import { DEVELOPMENT_SECRET, resolveAuthSecret } from "./auth-secret";
import { AuthConfigError } from "./errors";

const strong = "k".repeat(32);

describe("resolveAuthSecret", () => {
  it("returns BETTER_AUTH_SECRET when it is long enough", () => {
    expect(resolveAuthSecret({ BETTER_AUTH_SECRET: strong, NODE_ENV: "production" })).toBe(strong);
  });

  it("refuses to start in production without a secret, naming the variable and the fix", () => {
    expect(() => resolveAuthSecret({ NODE_ENV: "production" })).toThrow(AuthConfigError);
    expect(() => resolveAuthSecret({ NODE_ENV: "production" })).toThrow(
      /BETTER_AUTH_SECRET is not set\. Generate one with `openssl rand -base64 32`/,
    );
  });

  it("refuses a short secret in production", () => {
    expect(() => resolveAuthSecret({ NODE_ENV: "production", BETTER_AUTH_SECRET: "short" })).toThrow(
      /too short \(5 characters; at least 32 needed\)/,
    );
  });

  it("warns and uses a development-only secret outside production", () => {
    const warn = vi.fn();
    expect(resolveAuthSecret({ NODE_ENV: "development" }, warn)).toBe(DEVELOPMENT_SECRET);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("BETTER_AUTH_SECRET is not set"));
  });

  it("lets `next build` import server modules without a secret, but not `next start`", () => {
    expect(() => resolveAuthSecret({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
    expect(() => resolveAuthSecret({ NODE_ENV: "production", NEXT_PHASE: "phase-production-server" })).toThrow(AuthConfigError);
  });
});
