import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { MOCK_PASSWORD, reauthenticateHandlers, sessionFixtures, sessionHandlers } from "../mocks";
import { server } from "../test-utils/jsdom-setup";
import { axeViolations, recordRequests } from "../test-utils/render";
import { SESSION_NOT_FRESH } from "../lib/fresh-session";
import { SessionProvider } from "./session-provider";
import { type ReauthenticationOptions, useReauthentication } from "./use-reauthentication";

type Result = { data?: { email: string }; serverError?: string };

/** A form whose action needs a fresh session, as an app writes it. */
function EmailChange({ action, options }: { action: (input: { email: string }) => Promise<Result>; options?: ReauthenticationOptions }) {
  const { run, dialog } = useReauthentication(action, options);
  const [result, setResult] = useState<Result | null>(null);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setResult(await run({ email: String(new FormData(event.currentTarget).get("email")) }));
      }}
    >
      <input aria-label="New email" name="email" defaultValue="" />
      <button type="submit">Change email</button>
      {result?.data && <p role="status">Changed to {result.data.email}</p>}
      {dialog}
    </form>
  );
}


function renderForm(action: (input: { email: string }) => Promise<Result>, options?: ReauthenticationOptions) {
  server.use(...sessionHandlers.member);
  render(
    <SessionProvider session={sessionFixtures.member}>
      <EmailChange action={action} options={options} />
    </SessionProvider>,
  );
  fireEvent.change(screen.getByLabelText("New email"), { target: { value: "ada@analytical.engine" } });
  fireEvent.click(screen.getByRole("button", { name: "Change email" }));
}
const dialog = () => screen.findByRole("dialog", { name: "Confirm it's you" });
async function confirmWith(password: string) {
  const open = await dialog();
  fireEvent.change(open.querySelector('input[name="password"]')!, { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Confirm" }));
}

describe("useReauthentication", () => {
  it("asks for the password on SESSION_NOT_FRESH, then runs the action once more with the same input", async () => {
    let fresh = false;
    const action = vi.fn(async (input: { email: string }): Promise<Result> => (fresh ? { data: input } : { serverError: SESSION_NOT_FRESH }));
    server.use(reauthenticateHandlers.success);
    const requests = recordRequests();
    renderForm(action);
    expect(await dialog()).toHaveAccessibleDescription("For your security, enter the password for ada@example.com to continue.");
    expect(await axeViolations()).toEqual([]);

    await confirmWith("not-the-password");
    expect(await screen.findByRole("alert")).toHaveTextContent("Wrong password. Try again.");
    expect(action).toHaveBeenCalledOnce();

    fresh = true;
    await confirmWith(MOCK_PASSWORD);
    expect(await screen.findByRole("status")).toHaveTextContent("Changed to ada@analytical.engine");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(action.mock.calls).toEqual([[{ email: "ada@analytical.engine" }], [{ email: "ada@analytical.engine" }]]);
    requests.stop();
    // The renewed session is read again in this tab.
    expect(requests.seen.filter((request) => request.startsWith("POST"))).toEqual(["POST /api/auth/session-kit/reauthenticate", "POST /api/auth/session-kit/reauthenticate"]);
    await waitFor(() => expect(requests.seen).toContain("GET /api/auth/get-session"));
  });

  it("leaves the form as it was on Cancel, and runs nothing again", async () => {
    const action = vi.fn(async (): Promise<Result> => ({ serverError: SESSION_NOT_FRESH }));
    renderForm(action);
    await dialog();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByLabelText("New email")).toHaveValue("ada@analytical.engine");
    expect(action).toHaveBeenCalledOnce();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("shows the limiter's wait from X-Retry-After, counting down, with Confirm disabled", async () => {
    server.use(reauthenticateHandlers.rateLimited(7));
    renderForm(vi.fn(async (): Promise<Result> => ({ serverError: SESSION_NOT_FRESH })));
    await confirmWith("guess");
    const countdown = await screen.findByText("Too many attempts — try again in 7 s", { selector: '[data-slot="retry-countdown-seconds"]' });
    // Heard once, politely; the number on screen counts down.
    expect(screen.getByRole("status")).toHaveTextContent("Too many attempts — try again in 7 s");
    expect(screen.getByRole("status")).toHaveAttribute("aria-live", "polite");
    expect(screen.getByRole("button", { name: "Confirm" })).toBeDisabled();
    await waitFor(() => expect(countdown).toHaveTextContent("Too many attempts — try again in 6 s"), { timeout: 2000 });
    expect(screen.getByRole("status")).toHaveTextContent("Too many attempts — try again in 7 s");
  });

  it("shows verifying while the check runs", async () => {
    server.use(reauthenticateHandlers.pending);
    renderForm(vi.fn(async (): Promise<Result> => ({ serverError: SESSION_NOT_FRESH })));
    await confirmWith(MOCK_PASSWORD);
    const busy = await screen.findByRole("button", { name: "Verifying…" });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute("aria-busy", "true");
  });

  it("does not send again a call marked not to be retried: it says to send it again", async () => {
    server.use(reauthenticateHandlers.success);
    const action = vi.fn(async (): Promise<Result> => ({ serverError: SESSION_NOT_FRESH }));
    renderForm(action, { retry: false });
    await confirmWith(MOCK_PASSWORD);
    expect(await screen.findByText("You're verified. This request can't be repeated automatically: send it again.")).toBeInTheDocument();
    expect(action).toHaveBeenCalledOnce();
  });

  it("reads a route's 409 Response as well, and hands back the retried Response", async () => {
    server.use(reauthenticateHandlers.success);
    let fresh = false;
    const call = vi.fn(async () => (fresh ? Response.json({ ok: true }) : Response.json({ error: SESSION_NOT_FRESH, message: "…" }, { status: 409 })));
    function Route() {
      const { run, dialog } = useReauthentication(call);
      const [status, setStatus] = useState<number | null>(null);
      return (
        <>
          <button type="button" onClick={async () => setStatus((await run()).status)}>
            Delete
          </button>
          {status !== null && <p role="status">{status}</p>}
          {dialog}
        </>
      );
    }
    render(
      <SessionProvider session={sessionFixtures.member}>
        <Route />
      </SessionProvider>,
    );
    server.use(...sessionHandlers.member);
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    fresh = true;
    await confirmWith(MOCK_PASSWORD);
    expect(await screen.findByRole("status")).toHaveTextContent("200");
    expect(call).toHaveBeenCalledTimes(2);
  });

  it("passes any other answer straight through, with no dialog", async () => {
    const action = vi.fn(async (input: { email: string }): Promise<Result> => ({ data: input }));
    renderForm(action);
    expect(await screen.findByRole("status")).toHaveTextContent("Changed to ada@analytical.engine");
    await act(async () => {});
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
