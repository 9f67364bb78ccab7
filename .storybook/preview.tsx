import "@fontsource-variable/inter";
import "@fontsource-variable/noto-sans-arabic";
import "../styles/globals.css";
import { withThemeByClassName } from "@storybook/addon-themes";
import type { Decorator, Preview } from "@storybook/nextjs-vite";
import { mswLoader } from "msw-storybook-addon/csf3";
import { SessionProvider } from "../components/session-provider";
import { resetMockSession, resetSessionStore, sessionHandlers } from "../mocks";
import { languageFor, localeToolbar, sessionStateFor, sessionToolbar } from "./session-toolbar";

/**
 * The chosen language's strings and direction for the kit, and `dir`/`lang` on an element around the
 * story, as an app's <html> would carry them. `contents` keeps that element out of the layout.
 */
const withLanguage: Decorator = (Story, { globals }) => {
  const { lang, dir, messages } = languageFor(globals.locale);
  return (
    <SessionProvider messages={messages} dir={dir} locale={lang}>
      <div data-slot="story-language" lang={lang} dir={dir} className="contents">
        <Story />
      </div>
    </SessionProvider>
  );
};

const preview: Preview = {
  loaders: [mswLoader()],
  globalTypes: { ...sessionToolbar, ...localeToolbar },
  initialGlobals: { session: "story", locale: "en" },
  parameters: {
    layout: "centered",
    controls: { expanded: true },
    // Every story's axe check fails the story's test on any violation.
    a11y: { test: "error" },
  },
  decorators: [withLanguage, withThemeByClassName({ themes: { light: "", dark: "dark" }, defaultTheme: "light" })],
  // Each story states its session with `parameters.session`; the toolbar can override all of them.
  beforeEach({ msw, globals, parameters }) {
    msw.use(...sessionHandlers[sessionStateFor(globals.session, parameters.session)]);
    resetMockSession();
    void resetSessionStore();
  },
  tags: ["autodocs"],
};

export default preview;
