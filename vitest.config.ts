import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The adapter tests start real servers on loopback; give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
