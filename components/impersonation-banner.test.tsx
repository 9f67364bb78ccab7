import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionFixtures, stopImpersonatingHandlers } from "../mocks";
import { ImpersonationBanner } from "./impersonation-banner";
import { arabicMessages } from "./messages";
import { SessionProvider } from "./session-provider";
import { axeViolations, recordRequests, renderInSession, renderWhileLoading, renderOnServerThenHydrate } from "../test-utils/render";
import { UserMenu } from "./user-menu";

const banner = (name = "You are acting as Ada Lovelace.") => screen.findByRole("region", { name });

function spyOnNavigation() {
  const assign = vi.fn();
  vi.spyOn(window, "location", "get").mockReturnValue({ ...window.location, assign });
  return assign;
}

describe("<ImpersonationBanner />", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("names the impersonated user while impersonatedBy is set", async () => {
    renderInSession(<ImpersonationBanner />, "impersonating", stopImpersonatingHandlers.success);
    expect(await banner()).toHaveTextContent("You are acting as Ada Lovelace.");
    expect(screen.getByRole("button", { name: "Stop impersonating" })).toBeEnabled();
  });

  it.each([
    ["member", { role: "button", name: "Account menu for Ada Lovelace" }],
    ["admin", { role: "button", name: "Account menu for Grace Hopper" }],
    ["signedOut", { role: "link", name: "Sign in" }],
  ] as const)("renders nothing for %s", async (state, settled) => {
    renderInSession(
      <>
        <ImpersonationBanner />
        <UserMenu />
      </>,
      state,
    );
    // The UserMenu beside it shows once the session has settled; the banner must still be absent then.
    await screen.findByRole(settled.role, { name: settled.name });
    expect(screen.queryByRole("region")).not.toBeInTheDocument();
    expect(screen.queryByText(/You are acting as/)).not.toBeInTheDocument();
  });

  it("renders nothing while the session is loading", async () => {
    const { container } = await renderWhileLoading(<ImpersonationBanner />);
    expect(container).toBeEmptyDOMElement();
  });

  it("stops impersonating with a POST, then loads /admin as a full page", async () => {
    const assign = spyOnNavigation();
    const requests = recordRequests();
    renderInSession(<ImpersonationBanner />, "impersonating", stopImpersonatingHandlers.success);
    await userEvent.click(await screen.findByRole("button", { name: "Stop impersonating" }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith("/admin"));
    expect(requests.seen).toContain("POST /api/auth/admin/stop-impersonating");
    requests.stop();
  });

  it("refuses an off-site redirectTo", async () => {
    const assign = spyOnNavigation();
    renderInSession(<ImpersonationBanner redirectTo="//evil.example" />, "impersonating", stopImpersonatingHandlers.success);
    await userEvent.click(await screen.findByRole("button", { name: "Stop impersonating" }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith("/"));
  });

  it("hands over to onStopped instead of navigating when given", async () => {
    const assign = spyOnNavigation();
    const onStopped = vi.fn();
    renderInSession(<ImpersonationBanner onStopped={onStopped} />, "impersonating", stopImpersonatingHandlers.success);
    await userEvent.click(await screen.findByRole("button", { name: "Stop impersonating" }));
    await vi.waitFor(() => expect(onStopped).toHaveBeenCalledOnce());
    expect(assign).not.toHaveBeenCalled();
  });

  it("is disabled and busy while stopping", async () => {
    renderInSession(<ImpersonationBanner />, "impersonating", stopImpersonatingHandlers.pending);
    await userEvent.click(await screen.findByRole("button", { name: "Stop impersonating" }));
    const busy = await screen.findByRole("button", { name: "Stopping…" });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute("aria-busy", "true");
  });

  it("shows a failure, stays on the page and lets the admin try again", async () => {
    const assign = spyOnNavigation();
    renderInSession(<ImpersonationBanner />, "impersonating", stopImpersonatingHandlers.failure);
    await userEvent.click(await screen.findByRole("button", { name: "Stop impersonating" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not stop impersonating; try again.");
    expect(screen.getByRole("button", { name: "Stop impersonating" })).toBeEnabled();
    expect(await banner()).toBeInTheDocument();
    expect(assign).not.toHaveBeenCalled();
  });

  it("speaks the provider's language", async () => {
    renderInSession(
      <SessionProvider messages={arabicMessages} dir="rtl" locale="ar">
        <ImpersonationBanner />
      </SessionProvider>,
      "impersonating",
    );
    expect(await banner("أنت تتصرّف بصفة Ada Lovelace.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "إيقاف انتحال الهوية" })).toBeInTheDocument();
  });

  it("has no accessibility violations, idle and failed", async () => {
    const { container } = renderInSession(<ImpersonationBanner />, "impersonating", stopImpersonatingHandlers.failure);
    await userEvent.click(await screen.findByRole("button", { name: "Stop impersonating" }));
    await screen.findByRole("alert");
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("<ImpersonationBanner /> under a SessionProvider given the server's session", () => {
  const ui = (
    <SessionProvider session={sessionFixtures.impersonating}>
      <ImpersonationBanner />
    </SessionProvider>
  );

  it("is in the first render, before anything is fetched", () => {
    const requests = recordRequests();
    render(ui);
    expect(screen.getByRole("region", { name: "You are acting as Ada Lovelace." })).toBeInTheDocument();
    expect(requests.seen).toEqual([]);
    requests.stop();
  });

  it("renders on the server and hydrates without a mismatch", async () => {
    const { html, recoverableErrors, consoleErrors } = await renderOnServerThenHydrate(ui);
    expect(html).toContain("You are acting as Ada Lovelace.");
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
