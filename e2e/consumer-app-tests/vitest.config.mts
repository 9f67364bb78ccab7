import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "jsdom",
    // Testing Library unmounts after each test when it finds a global afterEach.
    globals: true,
    include: ["components/**/*.test.tsx"],
    // Through Vite, as Next.js resolves it: Node's own loader cannot find `next/navigation` (no exports map).
    server: { deps: { inline: ["session-kit"] } },
  },
});
