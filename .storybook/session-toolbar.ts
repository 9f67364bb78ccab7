import type { MockSessionState } from "../mocks";

/** "story" lets each story keep its own state; any other value switches every story at once. */
export const sessionToolbar = {
  session: {
    description: "Session state for every story",
    toolbar: {
      title: "Session",
      icon: "user" as const,
      dynamicTitle: true,
      items: [
        { value: "story", title: "As the story says" },
        { value: "signedOut", title: "Signed out" },
        { value: "pending", title: "Loading" },
        { value: "member", title: "Member" },
        { value: "admin", title: "Admin" },
        { value: "error", title: "Error" },
      ] satisfies { value: MockSessionState | "story"; title: string }[],
    },
  },
};

export function sessionStateFor(globalValue: unknown, storyValue: unknown): MockSessionState {
  if (typeof globalValue === "string" && globalValue !== "story") return globalValue as MockSessionState;
  return (storyValue as MockSessionState | undefined) ?? "signedOut";
}
