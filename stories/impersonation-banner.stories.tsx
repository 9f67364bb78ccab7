import type { Meta, StoryObj } from "@storybook/nextjs-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { ImpersonationBanner } from "../components/impersonation-banner";
import { arabicMessages } from "../components/messages";
import { SessionProvider } from "../components/session-provider";
import { stopImpersonatingHandlers, waitForSessionSettled } from "../mocks";

const meta = {
  title: "Session/ImpersonationBanner",
  component: ImpersonationBanner,
  // onStopped instead of a page load, so the canvas stays put.
  args: { onStopped: fn() },
  // A bar across the top of the page.
  parameters: { layout: "fullscreen", session: "impersonating" },
  beforeEach({ msw }) {
    msw.use(stopImpersonatingHandlers.success);
  },
} satisfies Meta<typeof ImpersonationBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Impersonating: Story = {
  play: async ({ canvas, args, msw, step }) => {
    const banner = await canvas.findByRole("region", { name: "You are acting as Ada Lovelace." });
    await expect(banner).toHaveAttribute("data-state", "idle");
    await step("stop impersonating", async () => {
      const posts: string[] = [];
      msw.events.on("request:start", ({ request }) => {
        if (request.method === "POST") posts.push(new URL(request.url).pathname);
      });
      await userEvent.click(canvas.getByRole("button", { name: "Stop impersonating" }));
      await waitFor(() => expect(args.onStopped).toHaveBeenCalledOnce());
      await expect(posts).toEqual(["/api/auth/admin/stop-impersonating"]);
    });
  },
};

export const NotImpersonating: Story = {
  parameters: { session: "member" },
  play: async ({ canvas, canvasElement }) => {
    await waitForSessionSettled();
    await expect(canvas.queryByRole("region")).not.toBeInTheDocument();
    await expect(canvasElement.textContent).toBe("");
  },
};

export const Stopping: Story = {
  beforeEach({ msw }) {
    msw.use(stopImpersonatingHandlers.pending);
  },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Stop impersonating" }));
    const busy = await canvas.findByRole("button", { name: "Stopping…" });
    await expect(busy).toBeDisabled();
    await expect(busy).toHaveAttribute("aria-busy", "true");
  },
};

export const StopFailed: Story = {
  beforeEach({ msw }) {
    msw.use(stopImpersonatingHandlers.failure);
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Stop impersonating" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Could not stop impersonating; try again.");
    await expect(canvas.getByRole("button", { name: "Stop impersonating" })).toBeEnabled();
    await expect(canvas.getByRole("region", { name: "You are acting as Ada Lovelace." })).toBeInTheDocument();
    await expect(args.onStopped).not.toHaveBeenCalled();
  },
};

/** Arabic, right to left: the message starts on the right and the button sits on the left. */
export const ArabicRtl: Story = {
  name: "Arabic RTL",
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <SessionProvider messages={arabicMessages} dir="rtl" locale="ar">
          <Story />
        </SessionProvider>
      </div>
    ),
  ],
  play: async ({ canvas }) => {
    const banner = await canvas.findByRole("region", { name: "أنت تتصرّف بصفة Ada Lovelace." });
    const message = banner.querySelector("p")!;
    const button = canvas.getByRole("button", { name: "إيقاف انتحال الهوية" });
    await expect(button.getBoundingClientRect().right).toBeLessThan(message.getBoundingClientRect().left);
    await expect(message.getBoundingClientRect().right).toBeGreaterThan(banner.getBoundingClientRect().right - 32);
  },
};
