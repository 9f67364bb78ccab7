import { defineConfig } from "@playwright/test";

// The app under test is started by the suite that runs this one (APP_URL); the browser is the machine's Chromium.
export default defineConfig({
  testDir: "tests",
  workers: 1,
  reporter: "list",
  use: {
    baseURL: process.env.APP_URL,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: ["--headless", "--no-sandbox", "--disable-gpu"] },
  },
});
