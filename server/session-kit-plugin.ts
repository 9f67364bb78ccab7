import type { BetterAuthPlugin } from "better-auth";
import { EXTEND_SESSION_PATH, extendSession } from "./extend-session";
import { freshSessionHooks } from "./fresh-session-hooks";
import { REAUTHENTICATE_PATH, reauthenticate } from "./reauthenticate";
import { servedOrigins } from "./served-origins";
import { storageRevocationHook } from "./storage-revocations";
import { switchGuard } from "./switch-guard";

export interface SessionKitPluginOptions {
  /**
   * A new session starts in the user's first organization (by membership date), so members land in it.
   * Only with better-auth's organization plugin. Default true.
   */
  firstOrganizationActive?: boolean;
}

const everyRequest = () => true;

/**
 * The kit's server behaviours as a better-auth plugin, for an app's own `betterAuth({ plugins: [...] })`:
 * - every auth endpoint asks the database, never the proxy's cookie cache (fresh-session-hooks), and a
 *   banned user reads as signed out, the same rule as the kit's lookup; sign-out also ends `admin_session`;
 * - better-auth's origin and CSRF checks stay on when `TEST=true` or `NODE_ENV=test` (it would skip them),
 *   unless the app sets them itself;
 * - without a base URL that pins the app's origin (`baseURL` or BETTER_AUTH_URL), the origin each
 *   request was served on is trusted (its loopback names on the same port and scheme), and no other:
 *   a page on another local port cannot post to it;
 * - with the organization plugin, a new session starts in the user's first organization, and a switch to
 *   an organization the user is not in changes nothing (better-auth would clear the active one first);
 * - with sessions in secondary storage (Redis), ending every session of a user (sign out everywhere, a
 *   ban, an admin's revoke, removing the user) is confirmed in the store, or answers 503: never a 200
 *   over copies that live on (storage-revocations);
 * - two endpoints: POST `/session-kit/extend-session` ("Stay signed in") and POST
 *   `/session-kit/reauthenticate` (`{ password }`, a fresh session in place), both rate-limited.
 */
export function sessionKit(options: SessionKitPluginOptions = {}) {
  return {
    id: "session-kit",
    endpoints: { extendSession, reauthenticate },
    rateLimit: [
      { pathMatcher: (path) => path === REAUTHENTICATE_PATH, window: 60, max: 5 },
      { pathMatcher: (path) => path === EXTEND_SESSION_PATH, window: 60, max: 10 },
    ],
    hooks: {
      before: [
        { matcher: everyRequest, handler: freshSessionHooks.before },
        { matcher: (context) => context.path === "/organization/set-active", handler: switchGuard },
      ],
      after: [
        { matcher: everyRequest, handler: freshSessionHooks.after },
        { matcher: everyRequest, handler: storageRevocationHook },
      ],
    },
    init(context) {
      const hasOrganizations = (context.options.plugins ?? []).some((plugin) => plugin.id === "organization");
      const startInFirstOrganization = hasOrganizations && options.firstOrganizationActive !== false;
      // better-auth decides before plugins run: an unset disableOriginCheck means "skip" under TEST.
      const originCheckSetByApp = context.options.advanced?.disableOriginCheck !== undefined;
      // A base URL pins the origin (better-auth keeps "" when none was given); allowedHosts lists them.
      const base = context.options.baseURL;
      const originPinned = (typeof base === "string" && base !== "") || (typeof base === "object" && base !== null) || Boolean(process.env.BETTER_AUTH_URL);
      return {
        context: originCheckSetByApp ? {} : { skipOriginCheck: false },
        options: {
          trustedOrigins: originPinned ? undefined : (request?: Request) => servedOrigins(request?.url),
          databaseHooks: startInFirstOrganization
            ? {
                session: {
                  create: {
                    before: async (session) => {
                      // Carried over (a re-authenticated session keeps its organization, even none): kept.
                      if ((session as { activeOrganizationId?: string | null }).activeOrganizationId !== undefined) return;
                      const [membership] = await context.adapter.findMany<{ organizationId: string }>({
                        model: "member",
                        where: [{ field: "userId", value: session.userId }],
                        sortBy: { field: "createdAt", direction: "asc" },
                        limit: 1,
                      });
                      return { data: { ...session, activeOrganizationId: membership?.organizationId ?? null } };
                    },
                  },
                },
              }
            : undefined,
        },
      };
    },
  } satisfies BetterAuthPlugin;
}
