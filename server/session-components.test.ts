import type * as React from "react";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";
import { cacheComponentsEnabled, createSessionComponents } from "./session-components";
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

describe("createSessionComponents under Cache Components", () => {
  const kitReading = (read: () => Promise<KitSession | null>) =>
    ({ getSession: read, isUserAdmin: async () => (await read())?.user.role === "admin", adminRule: {}, auth: { options: { plugins: [] } } }) as unknown as SessionKit;

  it("puts each gate behind its own Suspense boundary, its `loading` as the shell's fallback", async () => {
    const { Show, SignedIn } = createSessionComponents(kitReading(async () => sessionAs("admin")), { cacheComponents: true });
    const boundary = Show({ when: { role: "admin" }, children: "children", fallback: "fallback", loading: "loading" }) as React.ReactElement<{ fallback: React.ReactNode; children: React.ReactElement }>;
    expect(boundary.type).toBe(Suspense);
    expect(boundary.props.fallback).toBe("loading");
    const gate = boundary.props.children;
    expect(await (gate.type as (props: unknown) => Promise<React.ReactNode>)(gate.props)).toBe("children");
    expect((SignedIn({ children: "in" }) as React.ReactElement<{ fallback: React.ReactNode }>).props.fallback).toBeNull();
  });

  it("hands the session to the client provider as a promise, without awaiting it", () => {
    let release!: (session: KitSession) => void;
    const pending = new Promise<KitSession>((resolve) => (release = resolve));
    const { SessionProvider } = createSessionComponents(kitReading(() => pending), { cacheComponents: true });
    // Synchronous: the layout does not wait for the database.
    const outer = SessionProvider({ children: "page" }) as React.ReactElement<Record<string, unknown>>;
    const client = (outer.type as (props: unknown) => React.ReactElement<{ session: unknown }>)(outer.props);
    expect(client.props.session).toBe(pending);
    release(sessionAs("user"));
  });

  it("waits for the session in place without Cache Components (the first HTML is final)", async () => {
    const { Show, SessionProvider, SessionBoundary } = createSessionComponents(kitReading(async () => sessionAs("user")), { cacheComponents: false });
    expect(await Show({ when: "signed-in", children: "children" })).toBe("children");
    expect(SessionProvider({ children: "page" })).toBeInstanceOf(Promise);
    expect(SessionBoundary({ fallback: "loading", children: "gate" })).toBe("gate");
  });

  it("follows the app's next.config: Next.js defines __NEXT_CACHE_COMPONENTS in the code it compiles", () => {
    const previous = process.env.__NEXT_CACHE_COMPONENTS;
    try {
      delete process.env.__NEXT_CACHE_COMPONENTS;
      expect(cacheComponentsEnabled()).toBe(false);
      process.env.__NEXT_CACHE_COMPONENTS = "true";
      expect(cacheComponentsEnabled()).toBe(true);
      const { SessionBoundary } = createSessionComponents(kitReading(async () => null));
      expect((SessionBoundary({ fallback: "loading", children: "gate" }) as React.ReactElement).type).toBe(Suspense);
    } finally {
      if (previous === undefined) delete process.env.__NEXT_CACHE_COMPONENTS;
      else process.env.__NEXT_CACHE_COMPONENTS = previous;
    }
  });
});
