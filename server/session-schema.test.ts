import { describe, expect, it } from "vitest";
import { lookupSchemaFor } from "./session-schema";

const columnsOf = (schema: ReturnType<typeof lookupSchemaFor>) => Object.fromEntries(schema.user.map(({ field, column }) => [field, column]));

describe("lookupSchemaFor", () => {
  it("takes table and column names from better-auth's modelName and fields", () => {
    const schema = lookupSchemaFor({ user: { modelName: "people", fields: { emailVerified: "verified" } }, session: { modelName: "logins" } });
    expect(schema.userTable).toBe("people");
    expect(schema.sessionTable).toBe("logins");
    expect(columnsOf(schema).emailVerified).toBe("verified");
    expect(schema.session.expiresAt).toBe("expiresAt");
  });

  it("spells columns in snake_case with casing, after better-auth's fields and below explicit columns", () => {
    const schema = lookupSchemaFor(
      { user: { fields: { image: "avatarUrl" }, additionalFields: { planName: { type: "string" } } } },
      { tables: { user: "users", session: "sessions" }, casing: "snake_case", columns: { user: { createdAt: "created" } } },
    );
    expect(schema).toMatchObject({ userTable: "users", sessionTable: "sessions" });
    expect(columnsOf(schema)).toMatchObject({ id: "id", emailVerified: "email_verified", image: "avatar_url", planName: "plan_name", createdAt: "created" });
    expect(schema.session).toMatchObject({ userId: "user_id", expiresAt: "expires_at", token: "token" });
  });
});
