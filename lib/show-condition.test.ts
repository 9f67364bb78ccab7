import { describe, expect, it } from "vitest";
import type { SessionLike } from "./session";
import { showMatches } from "./show-condition";

const as = (role: string | null): SessionLike => ({ user: { id: "u1", name: "Ada", email: "ada@example.com", role }, session: {} });

describe("showMatches", () => {
  it("tells signed in from signed out", () => {
    expect(showMatches("signed-in", as("user"))).toBe(true);
    expect(showMatches("signed-in", null)).toBe(false);
    expect(showMatches("signed-out", null)).toBe(true);
    expect(showMatches("signed-out", as("user"))).toBe(false);
  });

  it("matches a role among the user's comma-separated roles, never for the signed out", () => {
    expect(showMatches({ role: "admin" }, as("admin"))).toBe(true);
    expect(showMatches({ role: "admin" }, as("user,admin"))).toBe(true);
    expect(showMatches({ role: "admin" }, as("user"))).toBe(false);
    expect(showMatches({ role: "admin" }, as("administrator"))).toBe(false);
    expect(showMatches({ role: ["editor", "admin"] }, as("editor"))).toBe(true);
    expect(showMatches({ role: "admin" }, as(null))).toBe(false);
    expect(showMatches({ role: "admin" }, null)).toBe(false);
  });

  it("hands a predicate the session, or null when signed out", () => {
    const inOrganization = (session: SessionLike | null) => Boolean(session?.session.activeOrganizationId);
    expect(showMatches(inOrganization, { ...as("user"), session: { activeOrganizationId: "org-acme" } })).toBe(true);
    expect(showMatches(inOrganization, as("user"))).toBe(false);
    expect(showMatches(inOrganization, null)).toBe(false);
  });
});
