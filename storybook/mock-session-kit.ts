import { type SessionChoice, sessionFor } from "../mocks/custom-session";
import { acmeOrganization } from "../mocks/fixtures";
import { isAdmin } from "../lib/roles";
import type { KitSession } from "../lib/session";
import { SessionUnavailableError } from "../server/errors";
import { createSessionComponents } from "../server/session-components";
import type { SessionKit } from "../server/session-kit";

/** The session the server functions answer in a story: the one withSessionKit chose (toolbar or parameters.session). */
let chosen: SessionChoice = "signedOut";

/** Called by withSessionKit before each story; a story or test may call it too. */
export function setMockServerSession(choice: SessionChoice): void {
  chosen = choice;
}

/** What getSession() answers for the chosen state: never for "pending", a store failure for the error states. */
function readSession(): Promise<KitSession | null> {
  if (chosen === "pending") return new Promise(() => {});
  if (chosen === "error" || chosen === "networkError") return Promise.reject(new SessionUnavailableError(new Error(`the story's "${chosen}" session state`)));
  return Promise.resolve(sessionFor(chosen) as unknown as KitSession | null);
}

/** In a story a gate cannot redirect: it says where it would have gone. */
class StoryRedirect extends Error {
  override name = "StoryRedirect";
}

/**
 * The app's server functions for Storybook, answering the chosen session state: what an app's
 * `lib/__mocks__/kit.ts` exports in place of its real kit (with `sb.mock(import("../lib/kit"))` in its
 * preview), so its async Server Components render in the app's Storybook under the same toolbar.
 */
export const mockSessionKit = {
  auth: { options: { plugins: [] } },
  adminRule: {},
  getSession: readSession,
  async isUserAdmin() {
    return isAdmin((await readSession())?.user);
  },
  async requireAdmin() {
    const session = await readSession();
    if (!session) throw new StoryRedirect("requireAdmin(): signed out, the app would redirect to sign-in");
    if (!isAdmin(session.user)) throw new StoryRedirect("requireAdmin(): not an admin, the app would redirect home");
    return session;
  },
  async getAccountContext() {
    const session = await readSession();
    if (!session) throw new StoryRedirect("getAccountContext(): signed out");
    const organization = session.session.activeOrganizationId === acmeOrganization.id ? { ...acmeOrganization, role: "owner" } : null;
    return { isPersonal: !organization, isOrganization: Boolean(organization), activeOrganizationId: organization?.id ?? null, organization, user: session.user };
  },
  async listAccounts() {
    const context = await mockSessionKit.getAccountContext();
    return { user: context.user, activeOrganizationId: context.activeOrganizationId, organizations: context.organization ? [context.organization] : [] };
  },
  async requireActiveOrganizationId() {
    const context = await mockSessionKit.getAccountContext();
    if (!context.activeOrganizationId) throw new StoryRedirect("requireActiveOrganizationId(): no active organization, the app would redirect home");
    return context.activeOrganizationId;
  },
} as unknown as SessionKit;

/** The server components (Header, Show, SignedIn, SessionProvider…) over the mock kit. */
export const mockSessionComponents = createSessionComponents(mockSessionKit, { cacheComponents: false });
