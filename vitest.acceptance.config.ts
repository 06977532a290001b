import { defineConfig } from "vitest/config";

/**
 * Acceptance tests of issue 5 that need the conversation engine (bot/) and the registration
 * authority (core/ra): the replay corpus and the Chromium end-to-end application. They define
 * "done" for those issues and join `npm test` when the engine lands; `npm run test:acceptance` runs them.
 */
export default defineConfig({
  test: {
    include: ["test/acceptance/**/*.acceptance.ts"],
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
  },
});
