import { describe, expect, it } from "vitest";
import { isAdmin } from "./roles";

describe("isAdmin", () => {
  it("is true for the admin role and false for others", () => {
    expect(isAdmin({ role: "admin" })).toBe(true);
    expect(isAdmin({ role: "user" })).toBe(false);
    expect(isAdmin({ role: null })).toBe(false);
    expect(isAdmin(null)).toBe(false);
    expect(isAdmin(undefined)).toBe(false);
  });

  it("reads a comma-separated role list as better-auth's admin plugin does", () => {
    expect(isAdmin({ role: "user,admin" })).toBe(true);
    // The plugin does not trim the user's roles, so neither do we: " admin" is not "admin".
    expect(isAdmin({ role: "user, admin" })).toBe(false);
    expect(isAdmin({ role: "Admin" })).toBe(false);
    expect(isAdmin({ role: "administrator" })).toBe(false);
    expect(isAdmin({ role: "" })).toBe(false);
  });

  it("honours configured admin roles and admin user ids", () => {
    expect(isAdmin({ role: "owner" }, { adminRoles: ["owner", "admin"] })).toBe(true);
    expect(isAdmin({ role: "admin" }, { adminRoles: ["owner"] })).toBe(false);
    expect(isAdmin({ role: "staff" }, { adminRoles: "owner, staff" })).toBe(true);
    expect(isAdmin({ id: "u1", role: "user" }, { adminUserIds: ["u1"] })).toBe(true);
  });
});
