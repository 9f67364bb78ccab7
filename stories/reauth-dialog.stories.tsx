import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { ReauthDialog } from "../components/reauth-dialog";
import { useReauthentication } from "../components/use-reauthentication";
import { SESSION_NOT_FRESH } from "../lib/fresh-session";
import { MOCK_PASSWORD, reauthenticateHandlers } from "../mocks";

// The dialog, state by state (it renders in a portal: the page behind it is dimmed).
const meta = {
  title: "Session/ReauthDialog",
  component: ReauthDialog,
  args: { open: true, email: "ada@example.com", status: "idle", onSubmit: fn(), onCancel: fn() },
  parameters: { session: "member", layout: "fullscreen" },
} satisfies Meta<typeof ReauthDialog>;

export default meta;
type Story = StoryObj<typeof meta>;
const inDialog = async (canvasElement: HTMLElement) => within(await within(canvasElement.ownerDocument.body).findByRole("dialog", { name: "Confirm it's you" }));

export const Empty: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await inDialog(canvasElement);
    await expect(dialog.getByLabelText("Password")).toHaveValue("");
    await userEvent.click(dialog.getByRole("button", { name: "Cancel" }));
    await expect(args.onCancel).toHaveBeenCalledOnce();
  },
};

export const WrongPassword: Story = {
  args: { status: "wrong-password" },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await expect(dialog.getByRole("alert")).toHaveTextContent("Wrong password. Try again.");
    await expect(dialog.getByLabelText("Password")).toHaveAttribute("aria-invalid", "true");
  },
};

export const Verifying: Story = {
  args: { status: "verifying" },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await expect(dialog.getByRole("button", { name: "Verifying…" })).toBeDisabled();
  },
};

export const RateLimited: Story = {
  args: { status: "rate-limited", retryIn: 42 },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await expect(dialog.getByRole("status")).toHaveTextContent("Too many attempts — try again in 42 s");
    await expect(dialog.getByLabelText("Password")).toHaveAccessibleDescription("Too many attempts — try again in 42 s");
    await expect(dialog.getByRole("button", { name: "Confirm" })).toBeDisabled();
  },
};

/** In place, on the mocked server: a stale action asks, the right password runs it again (the canvas shows the result). */
export const InPlace: Story = {
  beforeEach({ msw }) {
    msw.use(reauthenticateHandlers.success);
  },
  render: function Render() {
    const [fresh, setFresh] = useState(false);
    const { run, dialog } = useReauthentication(async () => {
      if (!fresh) {
        setFresh(true);
        return { serverError: SESSION_NOT_FRESH };
      }
      return { data: "Email changed" };
    });
    const [result, setResult] = useState<string | null>(null);
    return (
      <div className="p-6">
        <button type="button" className="rounded-md border px-3 py-1 text-sm" onClick={async () => setResult((await run()).data ?? null)}>
          Change email
        </button>
        {result && <p role="status">{result}</p>}
        {dialog}
      </div>
    );
  },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Change email" }));
    const dialog = await inDialog(canvasElement);
    await userEvent.type(dialog.getByLabelText("Password"), MOCK_PASSWORD);
    await userEvent.click(dialog.getByRole("button", { name: "Confirm" }));
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("Email changed"));
  },
};
