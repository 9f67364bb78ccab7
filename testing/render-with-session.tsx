import { render, type RenderOptions, type RenderResult } from "@testing-library/react";
import type * as React from "react";
import { SessionProvider, type SessionProviderProps } from "../components/session-provider";
import { type SessionChoice, sessionFor } from "../mocks/custom-session";
import type { SessionLike } from "../lib/session";

export interface WithSessionOptions extends Omit<SessionProviderProps, "session" | "children"> {
  /**
   * Who is signed in: a state the kit's mocks know ("member", "admin", "signedOut", "pending", "error",
   * "impersonating", …) or the app's own user (`{ user: { name, role, ...app fields } }`). Default "member".
   */
  session?: SessionChoice;
}

/** The session handed to the provider: known at once, never settling ("pending") or failed ("error" and the like). */
function providedSession(choice: SessionChoice): SessionLike | null | Promise<SessionLike | null> {
  if (choice === "pending") return new Promise(() => {});
  if (choice === "error" || choice === "networkError") return Promise.reject(new Error(`session-kit/testing: the "${choice}" session state`));
  return sessionFor(choice);
}

/**
 * A wrapper for React Testing Library's `render(ui, { wrapper })` (or renderHook): the kit's
 * SessionProvider with `session`, nothing fetched. Components that read the session (the kit's, or the
 * app's own through useSessionState) see it on their first render.
 */
export function sessionWrapper({ session = "member", ...providerProps }: WithSessionOptions = {}) {
  const given = providedSession(session);
  // A rejected promise is read by the provider; mark it handled so the test runner does not report it.
  if (given instanceof Promise) given.catch(() => {});
  return function SessionWrapper({ children }: { children: React.ReactNode }) {
    return (
      <SessionProvider session={given} refetchOnWindowFocus={false} {...providerProps}>
        {children}
      </SessionProvider>
    );
  };
}

/** Renders `ui` as `session` sees it (default "member"), with React Testing Library: `renderWithSession(<Billing />, { session: "admin" })`. */
export function renderWithSession(ui: React.ReactElement, { session, messages, dir, locale, authClient, multiSession, refetchInterval, refetchOnWindowFocus, ...options }: WithSessionOptions & Omit<RenderOptions, "wrapper"> = {}): RenderResult {
  return render(ui, { wrapper: sessionWrapper({ session, messages, dir, locale, authClient, multiSession, refetchInterval, refetchOnWindowFocus }), ...options });
}
