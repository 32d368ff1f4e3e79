import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A real PostgreSQL server for the run, so the store is tested on both of its backends.
    globalSetup: ["test/helpers/postgres-server.ts"],
    // nock 15's interceptors call Promise.withResolvers, which Node 20 lacks.
    setupFiles: ["test/helpers/promise-with-resolvers.ts"],
    testTimeout: 20_000,
  },
});
