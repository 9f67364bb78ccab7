import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { arabicMessages as ar } from "./messages";
import { SessionProvider } from "./session-provider";
import { SignInButton } from "./sign-in-button";
import { axeViolations } from "../test-utils/render";

describe("<SignInButton />", () => {
  it("links to the sign-in page", () => {
    render(<SignInButton />);
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/auth/sign-in");
  });

  it("carries the path to return to as a same-origin callback", () => {
    render(<SignInButton redirectTo="/home/settings?tab=devices" />);
    expect(screen.getByRole("link")).toHaveAttribute(
      "href",
      "/auth/sign-in?callbackURL=%2Fhome%2Fsettings%3Ftab%3Ddevices",
    );
  });

  it("drops a callback that would leave the site", () => {
    render(<SignInButton redirectTo="//evil.example/phish" />);
    expect(screen.getByRole("link")).toHaveAttribute("href", "/auth/sign-in");
  });

  it("takes a custom sign-in path and label", () => {
    render(<SignInButton signInPath="/login">Log in</SignInButton>);
    expect(screen.getByRole("link", { name: "Log in" })).toHaveAttribute("href", "/login");
  });

  it("renders on the server", () => {
    expect(renderToString(<SignInButton redirectTo="/home" />)).toContain('href="/auth/sign-in?callbackURL=%2Fhome"');
  });

  it("has no accessibility violations", async () => {
    const { container } = render(<SignInButton />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("<SignInButton /> in Arabic", () => {
  it("says Sign in in Arabic", () => {
    render(
      <SessionProvider messages={ar} dir="rtl" locale="ar">
        <SignInButton />
      </SessionProvider>,
    );
    expect(screen.getByRole("link", { name: ar.signIn })).toHaveAttribute("href", "/auth/sign-in");
  });

  it("renders the Arabic label on the server too", () => {
    const html = renderToString(
      <SessionProvider messages={ar} dir="rtl" locale="ar">
        <SignInButton />
      </SessionProvider>,
    );
    expect(html).toContain(ar.signIn);
  });

  it("keeps the caller's own label", () => {
    render(
      <SessionProvider messages={ar} dir="rtl" locale="ar">
        <SignInButton>دخول</SignInButton>
      </SessionProvider>,
    );
    expect(screen.getByRole("link", { name: "دخول" })).toBeInTheDocument();
  });
});
