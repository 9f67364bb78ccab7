import type { Meta, StoryObj } from "@storybook/nextjs-vite";

const COLOR_TOKENS = [
  ["background", "foreground"],
  ["card", "card-foreground"],
  ["popover", "popover-foreground"],
  ["primary", "primary-foreground"],
  ["secondary", "secondary-foreground"],
  ["muted", "muted-foreground"],
  ["accent", "accent-foreground"],
  ["destructive", "destructive-foreground"],
] as const;
const LINE_TOKENS = ["border", "input", "ring"] as const;

function TokenTable() {
  return (
    <div className="grid gap-3 p-6 bg-background text-foreground rounded-lg border w-[36rem]">
      <h2 className="text-lg font-semibold">Theme tokens</h2>
      <p className="text-sm text-muted-foreground">
        CSS variables named as shadcn/ui names them; an app's own theme overrides them.
      </p>
      <ul className="grid grid-cols-2 gap-2">
        {COLOR_TOKENS.map(([surface, text]) => (
          <li
            key={surface}
            className="flex h-14 items-center justify-between rounded-md border px-3 text-sm"
            style={{ background: `var(--${surface})`, color: `var(--${text})` }}
          >
            <span className="font-medium">--{surface}</span>
            <span className="text-xs">--{text}</span>
          </li>
        ))}
        {LINE_TOKENS.map((token) => (
          <li
            key={token}
            className="flex h-14 items-center rounded-md px-3 text-sm"
            style={{ border: `2px solid var(--${token})` }}
          >
            --{token}
          </li>
        ))}
      </ul>
      <p className="text-sm">
        Radius <code>--radius</code>: <span className="inline-block size-6 align-middle rounded-lg bg-primary" />
      </p>
    </div>
  );
}

const meta = {
  title: "Foundations/Theme",
  component: TokenTable,
} satisfies Meta<typeof TokenTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Switch light and dark with the theme toolbar; the visual suite captures both. */
export const Tokens: Story = {};
