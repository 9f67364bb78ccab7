import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { sessionFixtures } from "../mocks";
import { server } from "../test-utils/jsdom-setup";
import { recordRequests } from "../test-utils/render";
import { authClient } from "./auth-client";
import { deferredAuthClient } from "./default-auth-client";

type Atom = { get(): { data: unknown; isPending: boolean }; listen(listener: () => void): () => void };

describe("the kit's default client, loaded on first use", () => {
  it("is not a thenable (awaiting it, or returning it from an async function, must not call it)", () => {
    expect((deferredAuthClient as unknown as { then?: unknown }).then).toBeUndefined();
  });

  it("reads the session through the one authClient the package exports, once it has loaded", async () => {
    server.use(http.get("*/api/auth/get-session", () => HttpResponse.json(sessionFixtures.member)));
    const session = deferredAuthClient.$store.atoms.session as Atom;
    let heard = 0;
    const stop = session.listen(() => {
      heard += 1;
    });
    await expect.poll(() => session.get().data).toEqual(sessionFixtures.member);
    expect(heard).toBeGreaterThan(0);
    expect(session.get()).toBe((authClient.$store.atoms.session as unknown as Atom).get());
    stop();
  });

  it("answers any plugin path as better-auth's client does: the call waits for the load, then runs there", async () => {
    const requests = recordRequests();
    server.use(
      http.get("*/api/auth/multi-session/list-device-sessions", () => HttpResponse.json([])),
      http.post("*/api/auth/organization/set-active", () => HttpResponse.json({})),
    );
    await expect(deferredAuthClient.multiSession!.listDeviceSessions()).resolves.toMatchObject({ data: [], error: null });
    await expect(deferredAuthClient.organization!.setActive({ organizationId: "org_1" })).resolves.toMatchObject({ error: null });
    requests.stop();
    expect(requests.seen).toEqual(["GET /api/auth/multi-session/list-device-sessions", "POST /api/auth/organization/set-active"]);
  });
});
