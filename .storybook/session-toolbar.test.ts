import { describe, expect, it } from "vitest";
import { sessionStateFor, sessionToolbar } from "./session-toolbar";
import { sessionHandlers } from "../mocks";

describe("the Session toolbar", () => {
  it("leaves each story its own state by default", () => {
    expect(sessionStateFor("story", "admin")).toBe("admin");
    expect(sessionStateFor(undefined, "member")).toBe("member");
    expect(sessionStateFor("story", undefined)).toBe("signedOut");
  });
  it("switches every story to the chosen state", () => {
    expect(sessionStateFor("error", "admin")).toBe("error");
    expect(sessionStateFor("pending", "member")).toBe("pending");
  });
  it("offers only states that have handlers", () => {
    for (const { value } of sessionToolbar.session.toolbar.items) {
      if (value !== "story") expect(sessionHandlers[value]).toBeDefined();
    }
  });
});
