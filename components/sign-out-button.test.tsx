import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type * as React from "react";
import { describe, expect, it, vi } from "vitest";
import { HttpResponse, http } from "msw";
import { SIGN_OUT_URL, signOutHandlers } from "../mocks";
import { server } from "../test-utils/jsdom-setup";
import { arabicMessages as ar } from "./messages";
import { SessionProvider } from "./session-provider";
import { SignOutButton } from "./sign-out-button";
import { axeViolations, recordRequests, renderInSession } from "../test-utils/render";

describe("<SignOutButton />", () => {
  it("ends the session with a POST to sign-out, then hands over to onSignedOut", async () => {
    const onSignedOut = vi.fn();
    const requests = recordRequests();
    renderInSession(<SignOutButton onSignedOut={onSignedOut} />, "member");
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    await vi.waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    expect(requests.seen).toContain("POST /api/auth/sign-out");
    requests.stop();
  });

  it("is disabled and busy while signing out", async () => {
    renderInSession(<SignOutButton onSignedOut={() => {}} />, "member", signOutHandlers.pending);
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    const busy = await screen.findByRole("button", { name: "Signing out…" });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute("aria-busy", "true");
  });

  it("shows a failure and keeps the user signed in", async () => {
    const onSignedOut = vi.fn();
    renderInSession(<SignOutButton onSignedOut={onSignedOut} />, "member", signOutHandlers.failure);
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Sign out failed. You are still signed in");
    expect(screen.getByRole("button", { name: "Sign out" })).toBeEnabled();
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it("navigates to redirectTo by default, refusing off-site targets", async () => {
    const assign = vi.fn();
    vi.spyOn(window, "location", "get").mockReturnValue({ ...window.location, assign });
    renderInSession(<SignOutButton redirectTo="//evil.example" />, "member");
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith("/"));
    vi.restoreAllMocks();
  });

  it("works with the caller's own button and runs the caller's onClick first", async () => {
    const calls: string[] = [];
    const requests = recordRequests();
    renderInSession(
      <SignOutButton asChild onClick={() => calls.push("caller")} onSignedOut={() => calls.push("signed out")}>
        <button type="button" className="my-button">
          Log me out
        </button>
      </SignOutButton>,
      "member",
    );
    const button = screen.getByRole("button", { name: "Log me out" });
    expect(button).toHaveClass("my-button");
    await userEvent.click(button);
    await vi.waitFor(() => expect(calls).toEqual(["caller", "signed out"]));
    expect(requests.seen).toContain("POST /api/auth/sign-out");
    requests.stop();
  });

  it("lets the caller's onClick cancel the sign-out", async () => {
    const requests = recordRequests();
    renderInSession(<SignOutButton onClick={(event) => event.preventDefault()} />, "member");
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(requests.seen).not.toContain("POST /api/auth/sign-out");
    requests.stop();
  });

  it("shows the limiter's wait from X-Retry-After, counts it down, and enables itself again at the end", async () => {
    renderInSession(<SignOutButton onSignedOut={() => {}} />, "member", signOutHandlers.rateLimited(2));
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    const countdown = await screen.findByText("Too many attempts — try again in 2 s", { selector: '[data-slot="retry-countdown-seconds"]' });
    expect(screen.getByRole("status")).toHaveTextContent("Too many attempts — try again in 2 s");
    expect(screen.queryByRole("alert")).toBeNull(); // a wait, not "Sign out failed"
    expect(screen.getByRole("button", { name: "Sign out" })).toBeDisabled();
    await vi.waitFor(() => expect(countdown).toHaveTextContent("Too many attempts — try again in 1 s"), { timeout: 2000 });
    await vi.waitFor(() => expect(screen.getByRole("button", { name: "Sign out" })).toBeEnabled(), { timeout: 2000 });
    expect(screen.queryByText(/Too many attempts/u)).toBeNull();
  });

  it("counts a 30 s wait down second by second, then is back to its first state, with no failure shown", async () => {
    // The clock and the countdown's interval faked; MSW, userEvent and waitFor keep real timeouts.
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    try {
      const onSignedOut = vi.fn();
      const requests = recordRequests();
      renderInSession(<SignOutButton onSignedOut={onSignedOut} />, "member", signOutHandlers.rateLimited(30));
      await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
      const shown = await screen.findByText(/Too many attempts/u, { selector: '[data-slot="retry-countdown-seconds"]' });
      expect(shown).toHaveTextContent("Too many attempts — try again in 30 s");
      const button = screen.getByRole("button", { name: "Sign out" });
      let left = 30;
      for (const seconds of [29, 15, 1]) {
        act(() => vi.advanceTimersByTime((left - seconds) * 1000));
        left = seconds;
        expect(shown).toHaveTextContent(`Too many attempts — try again in ${seconds} s`);
        expect(button).toBeDisabled();
      }
      act(() => vi.advanceTimersByTime(1000));
      expect(button).toBeEnabled();
      expect(screen.queryByText(/Too many attempts/u)).toBeNull();
      expect(screen.queryByRole("alert")).toBeNull(); // waited out, not "Sign out failed"
      expect(screen.getByRole("button", { name: "Sign out" }).closest('[data-slot="sign-out-button"]')).toHaveAttribute("data-state", "idle");
      // And it signs out on the next click.
      server.use(signOutHandlers.success);
      await userEvent.click(button);
      await vi.waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
      expect(requests.seen.filter((request) => request === "POST /api/auth/sign-out")).toHaveLength(2);
      requests.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it("a 429 without a usable wait is a plain failure: shown, and the button stays enabled", async () => {
    renderInSession(<SignOutButton onSignedOut={() => {}} />, "member", http.post(SIGN_OUT_URL, () => HttpResponse.json({ message: "Too many requests" }, { status: 429 })));
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Sign out failed");
    expect(screen.getByRole("button", { name: "Sign out" })).toBeEnabled();
    expect(screen.queryByText(/Too many attempts/u)).toBeNull();
  });

  it("has no accessibility violations", async () => {
    const { container } = renderInSession(<SignOutButton />, "member");
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("<SignOutButton /> in Arabic, right to left", () => {
  const inArabic = (ui: React.ReactElement) => (
    <SessionProvider messages={ar} dir="rtl" locale="ar">
      {ui}
    </SessionProvider>
  );

  it("says Sign out, then Signing out, in Arabic", async () => {
    renderInSession(inArabic(<SignOutButton onSignedOut={() => {}} />), "member", signOutHandlers.pending);
    await userEvent.click(screen.getByRole("button", { name: ar.signOut }));
    expect(await screen.findByRole("button", { name: ar.signingOut })).toBeDisabled();
  });

  it("says in Arabic that sign-out failed", async () => {
    renderInSession(inArabic(<SignOutButton onSignedOut={() => {}} />), "member", signOutHandlers.failure);
    await userEvent.click(screen.getByRole("button", { name: ar.signOut }));
    expect(await screen.findByRole("alert")).toHaveTextContent(ar.signOutFailed);
  });

  it("keeps the caller's own label", () => {
    renderInSession(inArabic(<SignOutButton>خروج</SignOutButton>), "member");
    expect(screen.getByRole("button", { name: "خروج" })).toBeInTheDocument();
  });
});
