import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SignInButton } from "./sign-in-button";
import { axeViolations } from "./testing";

describe("<SignInButton />", () => {
  it("links to the sign-in page", () => {
    render(<SignInButton />);
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/auth/sign-in");
  });

  it("carries the path to return to as a same-origin callback", () => {
    render(<SignInButton returnTo="/home/settings?tab=devices" />);
    expect(screen.getByRole("link")).toHaveAttribute(
      "href",
      "/auth/sign-in?callbackURL=%2Fhome%2Fsettings%3Ftab%3Ddevices",
    );
  });

  it("drops a callback that would leave the site", () => {
    render(<SignInButton returnTo="//evil.example/phish" />);
    expect(screen.getByRole("link")).toHaveAttribute("href", "/auth/sign-in");
  });

  it("takes a custom sign-in path and label", () => {
    render(<SignInButton signInPath="/login">Log in</SignInButton>);
    expect(screen.getByRole("link", { name: "Log in" })).toHaveAttribute("href", "/login");
  });

  it("renders on the server", () => {
    expect(renderToString(<SignInButton returnTo="/home" />)).toContain('href="/auth/sign-in?callbackURL=%2Fhome"');
  });

  it("has no accessibility violations", async () => {
    const { container } = render(<SignInButton />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
