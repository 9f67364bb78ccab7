import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { expiringSession, extendSessionHandlers, signOutHandlers } from "../mocks";
import { server } from "../test-utils/jsdom-setup";
import { axeViolations, recordRequests } from "../test-utils/render";
import { resetServerClock } from "./server-clock";
import { SessionExpiryNotice, SessionExpiryNoticeView } from "./session-expiry-notice";
import { SessionProvider } from "./session-provider";
import { SignedOutNotice } from "./signed-out-notice";
import { authClient } from "./auth-client";

const HOUR = 3_600_000;
afterEach(() => resetServerClock());

/** The page as the demo has it: the server's session handed over, both notices mounted. */
function renderPage(mock: ReturnType<typeof expiringSession>, warnBefore = 120) {
  server.use(mock.handlers.getSession, mock.handlers.serverClock, mock.handlers.extend(), signOutHandlers.success);
  return render(
    <SessionProvider session={mock.session()}>
      <SessionExpiryNotice warnBefore={warnBefore} />
      <SignedOutNotice />
    </SessionProvider>,
  );
}
const notice = () => screen.queryByRole("region", { name: /Your session/u });
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe("<SessionExpiryNotice>", () => {
  it("stays hidden while the end is further off than the warning", async () => {
    renderPage(expiringSession({ endsIn: 600 }));
    await wait(100);
    expect(notice()).toBeNull();
    // Nothing but the Suspense boundary's markers.
    expect(renderToString(<SessionExpiryNotice />).replaceAll(/<!--\/?\$-->/gu, "")).toBe("");
  });

  it("warns inside the window with a countdown that ticks, told politely to screen readers", async () => {
    renderPage(expiringSession({ endsIn: 121.5 }));
    expect(notice()).toBeNull();
    // 2:00 first (1:59 on a slow machine), then it goes down a second at a time.
    const shown = await screen.findByRole("region", { name: /^Your session ends in (2:00|1:5\d)\.$/u }, { timeout: 3000 });
    const secondsIn = (element: HTMLElement) => {
      const [, minutes, seconds] = /(\d):(\d\d)/u.exec(element.textContent ?? "")!;
      return Number(minutes) * 60 + Number(seconds);
    };
    const first = secondsIn(shown);
    await waitFor(() => expect(secondsIn(shown)).toBeLessThan(first), { timeout: 2500 });
    // The live region speaks in words, on whole half minutes only.
    expect(screen.getByRole("status")).toHaveTextContent("Your session ends in 2 minutes.");
    expect(screen.getByRole("status")).toHaveAttribute("aria-live", "polite");
    expect(screen.getByRole("button", { name: "Stay signed in" })).toBeEnabled();
    expect(await axeViolations()).toEqual([]);
  });

  it("counts by the server's clock when this one is three hours behind it", async () => {
    // Uncorrected, this client would think the end three hours away and never warn.
    renderPage(expiringSession({ endsIn: 100, serverOffset: 3 * HOUR }));
    expect(await screen.findByRole("region", { name: /Your session ends in 1:[34]\d\./u })).toBeInTheDocument();
  });

  it("does not call the session over when this clock is three hours ahead of the server's", async () => {
    // Uncorrected, the end would be three hours past on load.
    const requests = recordRequests();
    renderPage(expiringSession({ endsIn: 300, serverOffset: -3 * HOUR }));
    await wait(500);
    requests.stop();
    expect(notice()).toBeNull();
    expect(requests.seen).toEqual(["GET /api/auth/ok"]);
  });

  it("extends on 'Stay signed in': the notice closes and the other tabs are told", async () => {
    const otherTab = new BroadcastChannel("session-kit.session");
    const told: unknown[] = [];
    otherTab.onmessage = (event) => told.push(event.data);
    const requests = recordRequests();
    renderPage(expiringSession({ endsIn: 60 }));
    fireEvent.click(await screen.findByRole("button", { name: "Stay signed in" }));
    await waitFor(() => expect(notice()).toBeNull());
    requests.stop();
    otherTab.close();
    expect(requests.seen).toEqual(["GET /api/auth/ok", "POST /api/auth/session-kit/extend-session", "GET /api/auth/get-session"]);
    expect(told).toEqual([{ type: "session-changed" }]);
  });

  it("shows extending, then 'extend failed' with the button to try again", async () => {
    const mock = expiringSession({ endsIn: 60 });
    renderPage(mock);
    server.use(extendSessionHandlers.pending);
    fireEvent.click(await screen.findByRole("button", { name: "Stay signed in" }));
    const busy = await screen.findByRole("button", { name: "Extending…" });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute("aria-busy", "true");
  });

  it("says so when extending fails, and lets the user try again", async () => {
    renderPage(expiringSession({ endsIn: 60 }));
    server.use(extendSessionHandlers.failure);
    fireEvent.click(await screen.findByRole("button", { name: "Stay signed in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not extend your session. Try again.");
    expect(screen.getByRole("button", { name: "Stay signed in" })).toBeEnabled();
  });

  it("shows 'expired', not 'signed out', once the server no longer has the session, with a way back here", async () => {
    window.history.replaceState(null, "", "/home/settings?tab=email");
    renderPage(expiringSession({ endsIn: 1.2 }));
    expect(await screen.findByRole("region", { name: "Your session has expired." }, { timeout: 4000 })).toHaveAttribute("data-state", "expired");
    expect(screen.getByRole("link", { name: "Sign in again" })).toHaveAttribute("href", `/auth/sign-in?callbackURL=${encodeURIComponent("/home/settings?tab=email")}`);
    expect(screen.queryByText(/You were signed out/u)).toBeNull();
    window.history.replaceState(null, "", "/");
  });

  it("carries on when an end already past on load was extended elsewhere", async () => {
    const mock = expiringSession({ endsIn: 600 });
    server.use(mock.handlers.getSession, mock.handlers.serverClock);
    const stale = { ...mock.session(), session: { ...mock.session().session, expiresAt: new Date(Date.now() - 5000) } };
    render(
      <SessionProvider session={stale}>
        <SessionExpiryNotice />
      </SessionProvider>,
    );
    await wait(800);
    expect(notice()).toBeNull();
  });

  it("draws every state as a view", () => {
    const { rerender } = render(<SessionExpiryNoticeView status="warning" secondsLeft={65} signInHref="/auth/sign-in" />);
    expect(screen.getByRole("region")).toHaveAccessibleName("Your session ends in 1:05.");
    rerender(<SessionExpiryNoticeView status="expired" secondsLeft={0} signInHref="/auth/sign-in" />);
    expect(screen.getByRole("region")).toHaveAttribute("data-state", "expired");
  });
});

describe("<SignedOutNotice>", () => {
  it("says the session ended elsewhere when a read finds it gone before its end", async () => {
    const mock = expiringSession({ endsIn: 3600 });
    renderPage(mock);
    mock.end();
    await act(async () => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(await screen.findByRole("region", { name: /You were signed out/u })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sign in again" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Your session has expired." })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("region", { name: /You were signed out/u })).toBeNull();
    await act(async () => {
      window.dispatchEvent(new Event("focus"));
    });
    await wait(100);
    expect(screen.queryByRole("region", { name: /You were signed out/u })).toBeNull();
  });

  it("stays quiet for a sign-out made in this tab", async () => {
    renderPage(expiringSession({ endsIn: 3600 }));
    await act(async () => {
      await authClient.signOut();
    });
    await wait(100);
    expect(screen.queryByRole("region", { name: /You were signed out/u })).toBeNull();
  });
});
