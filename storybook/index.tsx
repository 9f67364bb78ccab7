// session-kit/storybook: every session state for an app's own Storybook, from one line in its
// .storybook/preview.tsx: `export default withSessionKit({ ...its own preview })`. The kit's Storybook
// uses the same entry.
import type { Decorator, Preview } from "@storybook/react";
import { mswLoader } from "msw-storybook-addon/csf3";
import type { RequestHandler } from "msw";
import type { KitAuthClient } from "../components/auth-client-context";
import { SessionProvider } from "../components/session-provider";
import { resetMockSession, resetSessionStore, sessionHandlersFor } from "../mocks";
import { setMockServerSession } from "./mock-session-kit";
import { languageFor, localeToolbar, sessionStateFor, sessionToolbar } from "./session-toolbar";

export { mockSessionComponents, mockSessionKit, setMockServerSession } from "./mock-session-kit";

export { languageFor, localeToolbar, sessionStateFor, sessionToolbar, type StoryLanguage } from "./session-toolbar";

export interface SessionKitStorybookOptions {
  /**
   * The app's own better-auth client (`createAuthClient()`), when its components use it: handed to the
   * kit's components, and its session store cleared between stories like the kit's.
   */
  authClient?: KitAuthClient;
}

type BeforeEach = NonNullable<Preview["beforeEach"]>;
const asArray = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The app's preview with the session added: the Session and Language toolbars, MSW's loader with the
 * handlers of the state chosen (the toolbar's, else the story's `parameters.session`: a state name such
 * as "admin", or the app's own user `{ user: { name, role, ...fields } }`), and the kit's provider around
 * every story (strings and direction of the language chosen). Components that read the session through
 * the kit, or through `authClient.useSession()`, see that state.
 */
export function withSessionKit(preview: Preview = {}, { authClient }: SessionKitStorybookOptions = {}): Preview {
  const withSession: Decorator = (Story, { globals }) => {
    const { lang, dir, messages } = languageFor(globals.locale);
    return (
      <SessionProvider authClient={authClient} messages={messages} dir={dir} locale={lang}>
        {/* lang and dir as an app's <html> carries them; `contents` keeps the element out of the layout. */}
        <div data-slot="story-language" lang={lang} dir={dir} className="contents">
          <Story />
        </div>
      </SessionProvider>
    );
  };
  const resetSession: BeforeEach = (context) => {
    const { msw } = context as typeof context & { msw?: { use(...handlers: RequestHandler[]): void } };
    const choice = sessionStateFor(context.globals.session, context.parameters.session);
    msw?.use(...sessionHandlersFor(choice));
    setMockServerSession(choice);
    resetMockSession();
    void resetSessionStore();
    if (authClient) void resetSessionStore(authClient as never);
  };
  return {
    ...preview,
    loaders: [mswLoader(), ...asArray(preview.loaders)],
    globalTypes: { ...sessionToolbar, ...localeToolbar, ...preview.globalTypes },
    initialGlobals: { session: "story", locale: "en", ...preview.initialGlobals },
    decorators: [withSession, ...asArray(preview.decorators)],
    beforeEach: [resetSession, ...asArray(preview.beforeEach)],
  };
}
