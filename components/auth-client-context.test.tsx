import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createAuthClient } from "better-auth/react";
import { HttpResponse, http } from "msw";
import { cleanStores } from "nanostores";
import { afterAll, describe, expect, it, vi } from "vitest";
import { sessionFixtures } from "../mocks";
import { recordRequests } from "../test-utils/render";
import { server } from "../test-utils/jsdom-setup";
import { AuthClientProvider } from "./auth-client-context";
import { SessionProvider } from "./session-provider";
import { UserMenu } from "./user-menu";

// An app's own client: its base path and no admin or organization plugin.
const appClient = createAuthClient({ basePath: "/api/v1/auth", fetchOptions: { customFetchImpl: (input, init) => globalThis.fetch(input, init) } });
const appEndpoints = [
  http.get("*/api/v1/auth/get-session", () => HttpResponse.json(sessionFixtures.member)),
  http.post("*/api/v1/auth/sign-out", () => HttpResponse.json({ success: true })),
];

describe("the app's own better-auth client", () => {
  afterAll(() => cleanStores(appClient.$store.atoms.session as Parameters<typeof cleanStores>[0]));

  it("is what every component talks to under AuthClientProvider: its base path, for reading and signing out", async () => {
    server.use(...appEndpoints);
    const requests = recordRequests();
    const onSignedOut = vi.fn();
    render(
      <AuthClientProvider client={appClient}>
        <UserMenu onSignedOut={onSignedOut} />
      </AuthClientProvider>,
    );
    await userEvent.click(await screen.findByRole("button", { name: "Account menu for Ada Lovelace" }));
    await userEvent.click(await screen.findByRole("menuitem", { name: "Sign out" }));
    await vi.waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    expect(requests.seen).toContain("GET /api/v1/auth/get-session");
    expect(requests.seen).toContain("POST /api/v1/auth/sign-out");
    expect(requests.seen.filter((request) => request.includes("/api/auth/"))).toEqual([]);
    requests.stop();
  });

  it("is given to SessionProvider directly too, which revalidates through it", async () => {
    server.use(...appEndpoints);
    const requests = recordRequests();
    render(
      <SessionProvider authClient={appClient} session={sessionFixtures.member}>
        <UserMenu />
      </SessionProvider>,
    );
    expect(screen.getByRole("button", { name: "Account menu for Ada Lovelace" })).toBeInTheDocument();
    await act(async () => {
      window.dispatchEvent(new Event("focus"));
      await vi.waitFor(() => expect(requests.seen).toContain("GET /api/v1/auth/get-session"));
      await new Promise((resolve) => setTimeout(resolve, 20)); // its answer lands inside act too
    });
    requests.stop();
  });
});
