import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // nock 15's interceptors call Promise.withResolvers, which Node 20 lacks.
    setupFiles: ["test/helpers/promise-with-resolvers.ts"],
    testTimeout: 20_000,
  },
});
