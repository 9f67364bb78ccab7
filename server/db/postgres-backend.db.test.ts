import { describe, expect, it } from "vitest";
import { onPostgres } from "../../test-utils/postgres-only";
import { testBackends } from "../../test-utils/databases";

// The *.db.test.ts suites run once per backend: PGlite always, PostgreSQL when DATABASE_URL is set.
// Without it, this says so on a SKIPPED line of the run's summary rather than leaving it unsaid.
describe("the database suites' backends", () => {
  it("always include the embedded PGlite database", () => {
    expect(testBackends().map((backend) => backend.name)).toContain("pglite");
  });
  (onPostgres ? it : it.skip)(
    `also include PostgreSQL${onPostgres ? "" : " [needs PostgreSQL (DATABASE_URL): every *.db.test.ts suite ran on PGlite only; set DATABASE_URL to run them against a real server too]"}`,
    () => {
      expect(testBackends().map((backend) => backend.name)).toEqual(["pglite", "postgres"]);
    },
  );
});
