import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The public names of every entry point. A removal or rename shows up here as a visible change.
describe("entry points", () => {
  it("package.json lists every entry by name", () => {
    const { exports } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { exports: Record<string, unknown> };
    expect(Object.keys(exports)).toMatchInlineSnapshot(`
      [
        ".",
        "./auth-client",
        "./server",
        "./actions",
        "./proxy",
        "./plugin",
        "./database",
        "./mocks",
        "./storybook",
        "./testing",
        "./testing/e2e",
        "./styles.css",
        "./tailwind.css",
        "./theme.css",
        "./prisma/schema.prisma",
        "./package.json",
      ]
    `);
  });

  it("session-kit/auth-client: the kit's default client, apart so the main entry never brings it", async () => {
    expect(Object.keys(await import("../components/auth-client")).sort()).toEqual(["authClient"]);
  });

  it("session-kit (client)", async () => {
    expect(Object.keys(await import("../components/index")).sort()).toMatchInlineSnapshot(`
      [
        "AccountSwitcher",
        "AccountSwitcherSkeleton",
        "AccountSwitcherView",
        "AdminLink",
        "AuthClientProvider",
        "DEFAULT_PATHS",
        "DeviceListView",
        "ImpersonationBanner",
        "ImpersonationBannerView",
        "ReauthDialog",
        "RefreshOnSessionChange",
        "RetryCountdown",
        "SESSION_NOT_FRESH",
        "SessionErrorView",
        "SessionExpiryNotice",
        "SessionExpiryNoticeView",
        "SessionProvider",
        "Show",
        "SignInButton",
        "SignOutButton",
        "SignedOutNotice",
        "SignedOutNoticeView",
        "UserAvatar",
        "UserCardSkeleton",
        "UserMenu",
        "UserMenuSkeleton",
        "UserMenuView",
        "announceSessionChange",
        "arabicMessages",
        "describeUserAgent",
        "englishMessages",
        "formatMessage",
        "formatRelativeTime",
        "initials",
        "isAdmin",
        "isSessionNotFresh",
        "recordServerDate",
        "safeCallbackPath",
        "serverNow",
        "showMatches",
        "signInPathFor",
        "useAuthStep",
        "useDeviceAccounts",
        "useKitAuthClient",
        "useKitDirection",
        "useKitLocale",
        "useKitMessages",
        "useReauthentication",
        "useRetryAfter",
        "useSessionEnd",
        "useSessionExpiry",
        "useSessionState",
        "useSignOut",
      ]
    `);
  });

  it("session-kit/server", async () => {
    expect(Object.keys(await import("../server/index")).sort()).toMatchInlineSnapshot(`
      [
        "AuthConfigError",
        "DEFAULT_PATHS",
        "DEFAULT_PROXY_CACHE_MAX_AGE",
        "DatabaseConfigError",
        "DatabaseConnectionError",
        "ForbiddenError",
        "MigrationError",
        "SESSION_NOT_FRESH",
        "SessionKitConfigError",
        "SessionNotFreshError",
        "SessionUnavailableError",
        "UnauthorizedError",
        "createAuth",
        "createDeviceSessions",
        "createExpiredSessionSweep",
        "createRouteHandlers",
        "createServerSignOut",
        "createSessionComponents",
        "createSessionKit",
        "isAdmin",
        "resolveAuthSecret",
        "safeCallbackPath",
        "sessionKit",
        "signInPathFor",
      ]
    `);
  });

  it("session-kit/actions", async () => {
    expect(Object.keys(await import("../server/actions")).sort()).toEqual(["createActionClients"]);
  });

  // The optional peers (package.json peerDependenciesMeta) are loaded only by the entries that need them:
  // an app that wants UserMenu, or the server functions over its own better-auth, installs none of them.
  it.each([
    ["session-kit", "components/index.ts", []],
    ["session-kit/server", "server/index.ts", []],
    ["session-kit/proxy", "server/proxy/index.ts", []],
    ["session-kit/plugin", "server/plugin.ts", []],
    ["session-kit/actions", "server/actions.ts", ["next-safe-action"]],
    ["session-kit/mocks", "mocks/index.ts", ["msw"]],
    ["session-kit/database", "server/db/index.ts", ["@electric-sql/pglite", "@prisma/adapter-pg", "@prisma/client", "pg", "pglite-prisma-adapter"]],
  ])("%s loads, of the optional peers, only %j", async (_entry, file, expected) => {
    const { build } = await import("esbuild");
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { peerDependenciesMeta: Record<string, { optional: boolean }> };
    const optional = Object.keys(manifest.peerDependenciesMeta);
    const result = await build({
      entryPoints: [fileURLToPath(new URL(`../${file}`, import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "silent",
    });
    const imported = new Set(Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((entry) => entry.external).map((entry) => entry.path)));
    const peersLoaded = optional.filter((name) => [...imported].some((path) => path === name || path.startsWith(`${name}/`)));
    expect(peersLoaded.sort()).toEqual(expected);
  });

  it("session-kit/proxy", async () => {
    expect(Object.keys(await import("../server/proxy/index")).sort()).toMatchInlineSnapshot(`
      [
        "createSessionProxy",
        "isUnder",
        "normalizePath",
      ]
    `);
  });

  it("session-kit/plugin", async () => {
    expect(Object.keys(await import("../server/plugin")).sort()).toMatchInlineSnapshot(`
      [
        "sessionKit",
      ]
    `);
  });

  it("session-kit/plugin imports nothing of Next.js or server-only, so scripts and better-auth's CLI can load it", async () => {
    const { execFileSync } = await import("node:child_process");
    // Plain Node on the built file would need dist/; tsx on the source with no react-server condition
    // fails on `server-only` or a Next.js import the same way.
    const output = execFileSync(process.execPath, ["--import", "tsx", "-e", 'import("./server/plugin.ts").then((m) => console.log(typeof m.sessionKit))'], {
      cwd: new URL("..", import.meta.url),
      encoding: "utf8",
    });
    expect(output.trim()).toBe("function");
  });

  it("session-kit/database", async () => {
    expect(Object.keys(await import("../server/db/index")).sort()).toMatchInlineSnapshot(`
      [
        "DatabaseConfigError",
        "DatabaseConnectionError",
        "KIT_MIGRATIONS_DIR",
        "MigrationError",
        "applyMigrations",
        "createDatabase",
        "describeTarget",
        "migrateDatabase",
        "readMigrations",
        "resolveDatabaseTarget",
        "serveEmbeddedDatabase",
      ]
    `);
  });

  it("session-kit/mocks", async () => {
    expect(Object.keys(await import("../mocks/index")).sort()).toMatchInlineSnapshot(`
      [
        "DEVICES_NOW",
        "EXTEND_SESSION_URL",
        "GET_SESSION_URL",
        "LIST_DEVICE_SESSIONS_URL",
        "MOCK_PASSWORD",
        "REAUTHENTICATE_URL",
        "REVOKE_DEVICE_SESSION_URL",
        "SERVER_CLOCK_URL",
        "SESSION_STATES",
        "SET_ACTIVE_ORGANIZATION_URL",
        "SET_ACTIVE_SESSION_URL",
        "SIGN_OUT_URL",
        "STOP_IMPERSONATING_URL",
        "accountFixtures",
        "acmeOrganization",
        "deviceAccountFixtures",
        "deviceFixtures",
        "endMockSession",
        "expiringSession",
        "extendSessionHandlers",
        "getSessionHandlers",
        "isMockSessionEnded",
        "mockActiveOrganization",
        "multiSessionHandlers",
        "rateLimited",
        "reauthenticateHandlers",
        "resetMockSession",
        "resetSessionStore",
        "sessionFixtures",
        "sessionFor",
        "sessionHandlers",
        "sessionHandlersFor",
        "setActiveOrganizationHandlers",
        "setActiveSessionFailure",
        "setMockActiveOrganization",
        "signOutHandlers",
        "stopImpersonatingHandlers",
        "waitForSessionSettled",
      ]
    `);
  });

  it("session-kit/testing and session-kit/testing/e2e", async () => {
    expect(Object.keys(await import("../testing/index")).sort()).toMatchInlineSnapshot(`
      [
        "renderWithSession",
        "sessionFor",
        "sessionWrapper",
      ]
    `);
    expect(Object.keys(await import("../testing/e2e")).sort()).toMatchInlineSnapshot(`
      [
        "createTestUser",
        "deleteTestUser",
        "signIn",
      ]
    `);
  });

  it("session-kit/storybook", async () => {
    expect(Object.keys(await import("../storybook/index")).sort()).toMatchInlineSnapshot(`
      [
        "languageFor",
        "localeToolbar",
        "mockSessionComponents",
        "mockSessionKit",
        "sessionStateFor",
        "sessionToolbar",
        "setMockServerSession",
        "withSessionKit",
      ]
    `);
  });
});
