import { sb } from "storybook/test";
import { withSessionKit } from "session-kit/storybook";

// The app's server functions in stories: lib/__mocks__/kit.ts, following the Session toolbar.
sb.mock(import("../lib/kit.ts"));

export default withSessionKit({ parameters: { layout: "centered" } });
