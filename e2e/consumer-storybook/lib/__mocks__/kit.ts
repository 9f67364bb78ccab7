// What the app's Server Components get in Storybook: the kit's mock, following the Session toolbar.
import { mockSessionComponents, mockSessionKit } from "session-kit/storybook";

export const kit = mockSessionKit;
export const { getSession, isUserAdmin } = mockSessionKit;
export const { Header, Show } = mockSessionComponents;
