import { describe, expect, it } from "vitest";
import { isUnder, normalizePath } from "./normalize-path";

describe("normalizePath", () => {
  it.each([
    ["/admin", "/admin"],
    ["/ADMIN", "/admin"],
    ["/Admin/Users", "/admin/users"],
    ["/admin/", "/admin"],
    ["//admin", "/admin"],
    ["/%61dmin", "/admin"],
    ["/%2561dmin", "/admin"],
    ["/%2Fadmin", "/admin"],
    ["/home/..%2Fadmin", "/admin"],
    ["/home/%2e%2e/admin", "/admin"],
    ["/./admin", "/admin"],
    ["/admin;jsessionid=1", "/admin"],
    ["/admin;x/users", "/admin/users"],
    ["/\\admin", "/admin"],
    ["/%5cadmin", "/admin"],
    ["/adm%ZZin", "/adm%zzin"],
  ])("reads %j as %j", (input, expected) => {
    expect(normalizePath(input)).toBe(expected);
  });
});

describe("isUnder", () => {
  it("matches the prefix itself and what lies under it, not look-alikes", () => {
    expect(isUnder("/admin", "/admin")).toBe(true);
    expect(isUnder("/admin/users", "/admin")).toBe(true);
    expect(isUnder("/administrator", "/admin")).toBe(false);
    expect(isUnder("/home", "/admin")).toBe(false);
  });
});
