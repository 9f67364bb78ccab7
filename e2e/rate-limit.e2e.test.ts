import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "./demo-app";
import { demoInBrowser, whenHydrated } from "./demo-browser";

// The demo's production build with better-auth's rate limiter on, as in production (the other suites
// turn it off): sign-in allows 3 tries in 10 s, then answers 429 with X-Retry-After.
describe("the sign-in form under better-auth's rate limit (production build, Chromium)", () => {
  const demo = demoInBrowser({ DEMO_RATE_LIMIT: "on" });

  it("counts the wait X-Retry-After names down with submit disabled, then the right password signs in", async () => {
    const page = await demo.newPage();
    await page.goto("/auth/sign-in");
    const submit = page.getByRole("button", { name: "Sign in", exact: true });
    await whenHydrated(submit);
    const countdown = page.locator('[data-slot="retry-countdown-seconds"]');
    // The form's own alert (Next.js keeps a route announcer with role="alert" on every page).
    const formAlert = page.locator("form").getByRole("alert");
    const signInAnswer = () => page.waitForResponse((answer) => answer.request().method() === "POST" && new URL(answer.url()).pathname === "/api/auth/sign-in/email");

    // Wrong passwords until the limiter turns one away.
    const statuses: number[] = [];
    let wait = 0;
    let limitedAt = 0;
    for (let attempt = 1; attempt <= 6 && !wait; attempt++) {
      // React resets the form after its action: both fields, every time.
      await page.getByLabel("Email").fill("grace@example.com");
      await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
      const [response] = await Promise.all([signInAnswer(), submit.click()]);
      statuses.push(response.status());
      if (response.status() === 429) {
        wait = Number(response.headers()["x-retry-after"]);
        limitedAt = Date.now();
      } else {
        await expect.poll(() => formAlert.textContent()).toMatch(/invalid email or password/iu);
        await expect.poll(() => submit.isEnabled()).toBe(true);
      }
    }
    // Three wrong passwords answered 401; the fourth (the tries came well inside 10 s) was turned away.
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(10);

    // First exactly the header's number, said once to screen readers, the wrong-password error gone.
    await countdown.waitFor();
    expect(await countdown.textContent()).toBe(`Too many attempts — try again in ${wait} s`);
    expect(await page.getByRole("status").filter({ hasText: "Too many attempts" }).textContent()).toBe(`Too many attempts — try again in ${wait} s`);
    expect(await formAlert.count()).toBe(0);
    expect(await submit.isDisabled()).toBe(true);

    // Watched until it ends: the number only goes down, and submit stays disabled the whole time.
    const seen: number[] = [];
    const enabledWhileShown: number[] = [];
    for (;;) {
      const [text, disabled] = await Promise.all([countdown.textContent({ timeout: 500 }).catch(() => null), submit.isDisabled()]);
      if (text === null) break;
      const seconds = Number(/in (\d+) s$/u.exec(text)?.[1]);
      if (seen.at(-1) !== seconds) seen.push(seconds);
      if (!disabled) enabledWhileShown.push(seconds);
      if (Date.now() - limitedAt > (wait + 5) * 1000) throw new Error(`Still counting ${wait + 5} s after a ${wait} s wait: ${seen.join(", ")}`);
      await page.waitForTimeout(150);
    }
    const endedAfter = Date.now() - limitedAt;
    expect(seen[0]).toBe(wait);
    expect(seen.every((seconds, index) => index === 0 || seconds < seen[index - 1]!), `seen: ${seen.join(", ")}`).toBe(true);
    if (wait > 1) expect(seen.length, `seen: ${seen.join(", ")}`).toBeGreaterThan(1);
    expect(enabledWhileShown).toEqual([]);
    // It ended when the wait did: not early, and not long after.
    expect(endedAfter).toBeGreaterThan((wait - 1) * 1000);
    expect(endedAfter).toBeLessThan((wait + 3) * 1000);

    // Enabled again, nothing left of the limit; and the server agrees the wait is over.
    expect(await submit.isEnabled()).toBe(true);
    expect(await page.getByText(/Too many attempts/u).count()).toBe(0);
    await page.getByLabel("Email").fill("grace@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    const [accepted] = await Promise.all([signInAnswer(), submit.click()]);
    expect(accepted.status()).toBe(200);
    await page.waitForURL((url) => url.pathname === "/home");
    await page.context().close();
  });
});
