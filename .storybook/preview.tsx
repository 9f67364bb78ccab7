import "@fontsource-variable/inter";
import "../styles/globals.css";
import { withThemeByClassName } from "@storybook/addon-themes";
import type { Preview } from "@storybook/nextjs-vite";
import { mswLoader } from "msw-storybook-addon/csf3";
import { resetMockSession, resetSessionStore, sessionHandlers } from "../mocks";
import { sessionStateFor, sessionToolbar } from "./session-toolbar";

const preview: Preview = {
  loaders: [mswLoader()],
  globalTypes: sessionToolbar,
  initialGlobals: { session: "story" },
  parameters: {
    layout: "centered",
    controls: { expanded: true },
    // Every story's axe check fails the story's test on any violation.
    a11y: { test: "error" },
  },
  decorators: [withThemeByClassName({ themes: { light: "", dark: "dark" }, defaultTheme: "light" })],
  // Each story states its session with `parameters.session`; the toolbar can override all of them.
  beforeEach({ msw, globals, parameters }) {
    msw.use(...sessionHandlers[sessionStateFor(globals.session, parameters.session)]);
    resetMockSession();
    void resetSessionStore();
  },
  tags: ["autodocs"],
};

export default preview;
