import { describe, expect, it } from "vitest";
import { createSessionComponents } from "./session-components";
import type { SessionKit } from "./session-kit";
import { type KitSession } from "../lib/session";
import { SessionUnavailableError } from "./errors";

const at = new Date("2026-01-15T09:30:00.000Z");
const sessionAs = (role: string): KitSession => ({
  user: { id: "u1", name: "Ada Lovelace", email: "ada@example.com", image: null, emailVerified: true, createdAt: at, updatedAt: at, role },
  session: { id: "s1", userId: "u1", expiresAt: at, createdAt: at, activeOrganizationId: null, impersonatedBy: null },
});

/** The server components over a kit whose getSession answers `read` (the lookup itself is tested elsewhere). */
const componentsReading = (read: () => Promise<KitSession | null>) =>
  createSessionComponents({ getSession: read, isUserAdmin: async () => false, adminRule: {} } as unknown as SessionKit);

describe("server <Show>", () => {
  const slots = { children: "children", fallback: "fallback", loading: "loading", error: "error" };

  it("decides from the request's session, with the client twin's rule", async () => {
    const { Show } = componentsReading(async () => sessionAs("user,admin"));
    expect(await Show({ when: "signed-in", ...slots })).toBe("children");
    expect(await Show({ when: "signed-out", ...slots })).toBe("fallback");
    expect(await Show({ when: { role: "admin" }, ...slots })).toBe("children");
    expect(await Show({ when: { role: "editor" }, ...slots })).toBe("fallback");
    expect(await Show({ when: (session) => session?.user.email === "ada@example.com", ...slots })).toBe("children");
  });

  it("shows the fallback to a signed-out visitor for every condition but signed-out", async () => {
    const { Show } = componentsReading(async () => null);
    expect(await Show({ when: "signed-in", ...slots })).toBe("fallback");
    expect(await Show({ when: { role: "admin" }, ...slots })).toBe("fallback");
    expect(await Show({ when: "signed-out", ...slots })).toBe("children");
  });

  it("renders the error slot when the session store does not answer, and rethrows anything else", async () => {
    const { Show } = componentsReading(async () => Promise.reject(new SessionUnavailableError(new Error("ECONNREFUSED"))));
    expect(await Show({ when: "signed-in", ...slots })).toBe("error");
    const broken = componentsReading(async () => Promise.reject(new TypeError("a bug")));
    await expect(broken.Show({ when: "signed-in", ...slots })).rejects.toThrow("a bug");
  });
});
