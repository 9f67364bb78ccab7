import { expect, test } from "@playwright/test";
import { createTestUser, deleteTestUser, signIn } from "session-kit/testing/e2e";
import { auth, pool } from "../lib/auth";

test.afterAll(() => pool.end());

test("a test user, signed in through the auth API, sees /home", async ({ page }) => {
  const user = await createTestUser(auth, { name: "Test Pilot" });
  try {
    await signIn(page, { email: user.email, password: user.password, basePath: "/api/v1/auth" });
    await page.goto("/home");
    await expect(page).toHaveURL(/\/home$/u);
    await expect(page.getByText("Home of a signed-in user")).toBeVisible();
    await page.goto("/");
    await expect(page.getByTestId("server-session")).toHaveText("Signed in as Test Pilot on free");
  } finally {
    await deleteTestUser(auth, user);
  }
});
