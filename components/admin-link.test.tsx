import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AdminLink } from "./admin-link";
import { arabicMessages as ar } from "./messages";
import { SessionProvider } from "./session-provider";
import { axeViolations, renderInSession, renderWhileLoading } from "../test-utils/render";
import { UserMenuSkeleton } from "./skeletons";
import { UserMenu } from "./user-menu";

describe("<AdminLink />", () => {
  it("links admins to /admin", async () => {
    renderInSession(<AdminLink />, "admin");
    expect(await screen.findByRole("link", { name: "Admin" })).toHaveAttribute("href", "/admin");
  });

  it.each([
    ["member", { role: "button", name: /Ada Lovelace/ }],
    ["noImage", { role: "button", name: /Alan Turing/ }],
    ["signedOut", { role: "link", name: "Sign in" }],
    ["error", { role: "alert", name: "" }],
  ] as const)("renders nothing for %s", async (state, settled) => {
    renderInSession(
      <>
        <AdminLink />
        <UserMenu />
      </>,
      state,
    );
    // The UserMenu beside it shows when the session has settled; the link must still be absent then.
    await screen.findByRole(settled.role, settled.name ? { name: settled.name } : {});
    expect(screen.queryByRole("link", { name: "Admin" })).not.toBeInTheDocument();
  });

  it("renders nothing while the session is loading", async () => {
    const { container } = await renderWhileLoading(<AdminLink />);
    expect(container).toBeEmptyDOMElement();
  });

  it("honours configured admin roles", async () => {
    renderInSession(<AdminLink adminRoles={["user"]} />, "member");
    expect(await screen.findByRole("link", { name: "Admin" })).toBeInTheDocument();
  });

  it("has no accessibility violations", async () => {
    const { container } = renderInSession(<AdminLink />, "admin");
    await screen.findByRole("link", { name: "Admin" });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("<AdminLink /> in Arabic", () => {
  it("links admins to /admin with the Arabic label", async () => {
    renderInSession(
      <SessionProvider messages={ar} dir="rtl" locale="ar">
        <AdminLink />
      </SessionProvider>,
      "admin",
    );
    expect(await screen.findByRole("link", { name: ar.admin })).toHaveAttribute("href", "/admin");
  });
});

describe("<UserMenuSkeleton />", () => {
  it("is hidden from assistive technology", () => {
    const { container } = renderInSession(<UserMenuSkeleton />, "pending");
    expect(container.firstChild).toHaveAttribute("aria-hidden", "true");
  });

  it("is announced as a status when given a label", () => {
    const { container } = renderInSession(<UserMenuSkeleton label="Loading account" />, "pending");
    expect(screen.getByRole("status", { name: "Loading account" })).toBe(container.firstChild);
    expect(container.firstChild).not.toHaveAttribute("aria-hidden");
  });
});
