import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { rateLimited, signOutHandlers } from "../mocks";
import { server } from "../test-utils/jsdom-setup";
import { authClient } from "./auth-client";
import { useRetryAfter } from "./use-retry-after";

const tooMany = (headers: Record<string, string>) => new Response(null, { status: 429, headers });

describe("useRetryAfter()", () => {
  // Only the clock and the countdown's interval are faked: MSW and the client keep their real timeouts.
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] }));
  afterEach(() => vi.useRealTimers());

  const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

  it("starts at the header's number, counts down once a second, and ends at 0 with its interval cleared", () => {
    const { result } = renderHook(() => useRetryAfter());
    expect(result.current).toMatchObject({ secondsLeft: null, limited: false });
    expect(vi.getTimerCount()).toBe(0);

    let noted = false;
    act(() => {
      noted = result.current.noteResponse(tooMany({ "X-Retry-After": "3" }));
    });
    expect(noted).toBe(true);
    expect(result.current).toMatchObject({ secondsLeft: 3, limited: true });
    expect(vi.getTimerCount()).toBe(1);

    tick(999);
    expect(result.current.secondsLeft).toBe(3);
    tick(1);
    expect(result.current.secondsLeft).toBe(2);
    tick(1000);
    expect(result.current.secondsLeft).toBe(1);
    expect(result.current.limited).toBe(true);
    tick(1000);
    expect(result.current).toMatchObject({ secondsLeft: null, limited: false });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("clears its interval on unmount", () => {
    const { result, unmount } = renderHook(() => useRetryAfter());
    act(() => void result.current.noteResponse(tooMany({ "X-Retry-After": "30" })));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("reads a standard Retry-After too, and ignores answers that are not a 429 with a wait", () => {
    const { result } = renderHook(() => useRetryAfter());
    const note = (response: Response) => {
      let noted = false;
      act(() => {
        noted = result.current.noteResponse(response);
      });
      return noted;
    };
    expect(note(new Response(null, { status: 500, headers: { "X-Retry-After": "5" } }))).toBe(false);
    expect(note(tooMany({}))).toBe(false);
    expect(note(tooMany({ "X-Retry-After": "soon" }))).toBe(false);
    expect(result.current).toMatchObject({ secondsLeft: null, limited: false });
    expect(note(tooMany({ "Retry-After": "12" }))).toBe(true);
    expect(result.current.secondsLeft).toBe(12);
  });

  it("a later 429 restarts the countdown from its own wait", () => {
    const { result } = renderHook(() => useRetryAfter());
    act(() => void result.current.noteResponse(tooMany({ "X-Retry-After": "10" })));
    tick(4000);
    expect(result.current.secondsLeft).toBe(6);
    act(() => void result.current.noteResponse(tooMany({ "X-Retry-After": "9" })));
    expect(result.current.secondsLeft).toBe(9);
    expect(vi.getTimerCount()).toBe(1);
  });

  it("records a better-auth client call's 429 through fetchOptions, as signIn.email's second argument", async () => {
    server.use(rateLimited("*/api/auth/sign-in/email", 7));
    const { result } = renderHook(() => useRetryAfter());
    const answer = await act(() => authClient.signIn.email({ email: "ada@example.com", password: "wrong-password" }, result.current.fetchOptions));
    expect(answer.error?.status).toBe(429);
    expect(result.current).toMatchObject({ secondsLeft: 7, limited: true });
  });

  it("records it through signOut({ fetchOptions }) too", async () => {
    server.use(signOutHandlers.rateLimited(45));
    const { result } = renderHook(() => useRetryAfter());
    await act(() => authClient.signOut({ fetchOptions: result.current.fetchOptions }));
    expect(result.current.secondsLeft).toBe(45);
  });

  it("keeps fetchOptions the same object across renders, so callers can list it as a dependency", () => {
    const { result, rerender } = renderHook(() => useRetryAfter());
    const first = result.current.fetchOptions;
    act(() => void result.current.noteResponse(tooMany({ "X-Retry-After": "2" })));
    rerender();
    expect(result.current.fetchOptions).toBe(first);
  });
});
