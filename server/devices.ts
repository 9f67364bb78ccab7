import "server-only"; // Client Components: import "session-kit" instead.
import type { SessionKit } from "./session-kit";
import { type KitSession } from "../lib/session";
import { UnauthorizedError } from "./errors";
import { authContext } from "./app-auth";

/** One signed-in device of the user: a live session row, without its token. */
export interface DeviceSession {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  /** When better-auth last refreshed the session (at most once per `updateAge`): "last seen". */
  updatedAt: Date;
  /** The session these request headers carry. */
  isCurrent: boolean;
}

/**
 * The signed-in user's devices (their unexpired sessions), and ending them. Every function checks the
 * session against the database first and throws UnauthorizedError without one. The `...For(headers)`
 * forms take the request's headers (route handlers, tests); the others use the request's cached
 * getSession() (pages, server actions).
 */
export function createDeviceSessions(kit: SessionKit) {
  /**
   * The user's live sessions, as better-auth's list-sessions shows them: without the sessions an admin
   * opened by impersonating them (those are the admin's, not the user's devices), except the one these
   * headers carry. Listing, ending one and signing out the others all see this same list.
   */
  async function liveSessionsOf(current: KitSession) {
    const context = await authContext(kit.auth);
    // Without onlyActiveSessions, sessions stored in the database come back expired ones included.
    const sessions = await context.internalAdapter.listSessions(current.user.id, { onlyActiveSessions: true });
    return { context, sessions: sessions.filter((session) => !(session as { impersonatedBy?: string | null }).impersonatedBy || session.id === current.session.id) };
  }

  async function listDevicesOf(current: KitSession | null): Promise<DeviceSession[]> {
    if (!current) throw new UnauthorizedError();
    const { sessions } = await liveSessionsOf(current);
    return sessions
      .map((session) => ({
        id: session.id,
        userAgent: session.userAgent ?? null,
        ipAddress: session.ipAddress ?? null,
        createdAt: session.createdAt,
        updatedAt: session.updatedAt,
        isCurrent: session.id === current.session.id,
      }))
      .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent) || b.updatedAt.getTime() - a.updatedAt.getTime());
  }

  /**
   * Ends one of the user's own sessions. An id that is not one of them (another user's, an expired or
   * already ended one) deletes nothing and returns false, alike, so the answer never tells whether
   * someone else's session exists. Ending the current session signs this device out on its next
   * request; signOut() does that and also clears the cookies.
   */
  async function endDeviceOf(current: KitSession | null, sessionId: string): Promise<boolean> {
    if (!current) throw new UnauthorizedError();
    const { context, sessions } = await liveSessionsOf(current);
    const target = sessions.find((session) => session.id === sessionId);
    if (!target) return false;
    await context.internalAdapter.deleteSession(target.token);
    return true;
  }

  /** Ends every live session of the user but the current one; returns how many were ended. */
  async function signOutOtherDevicesOf(current: KitSession | null): Promise<number> {
    if (!current) throw new UnauthorizedError();
    const { context, sessions } = await liveSessionsOf(current);
    const others = sessions.filter((session) => session.id !== current.session.id);
    if (others.length > 0) await context.internalAdapter.deleteSessions(others.map((session) => session.token));
    return others.length;
  }

  return {
    listDevicesFor: async (requestHeaders: Headers) => listDevicesOf(await kit.lookupSession(requestHeaders)),
    endDeviceFor: async (requestHeaders: Headers, sessionId: string) => endDeviceOf(await kit.lookupSession(requestHeaders), sessionId),
    signOutOtherDevicesFor: async (requestHeaders: Headers) => signOutOtherDevicesOf(await kit.lookupSession(requestHeaders)),
    listDevices: async () => listDevicesOf(await kit.getSession()),
    endDevice: async (sessionId: string) => endDeviceOf(await kit.getSession(), sessionId),
    signOutOtherDevices: async () => signOutOtherDevicesOf(await kit.getSession()),
  };
}

export type DeviceSessions = ReturnType<typeof createDeviceSessions>;
