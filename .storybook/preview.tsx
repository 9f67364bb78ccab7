import "@fontsource-variable/inter";
import "@fontsource-variable/noto-sans-arabic";
import "../styles/globals.css";
import { withThemeByClassName } from "@storybook/addon-themes";
import { withSessionKit } from "../storybook";

// The session toolbar, the MSW handlers and the provider come from the same entry apps use
// (session-kit/storybook). Each story states its session with `parameters.session`; the toolbar can
// override all of them.
export default withSessionKit({
  parameters: {
    layout: "centered",
    controls: { expanded: true },
    // Every story's axe check fails the story's test on any violation.
    a11y: { test: "error" },
  },
  decorators: [withThemeByClassName({ themes: { light: "", dark: "dark" }, defaultTheme: "light" })],
  tags: ["autodocs"],
});
