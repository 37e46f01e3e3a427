import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` on fixture seed folders; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 300_000,
    // CI also writes a machine-readable summary that .ci/run adds up.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-reports/unit.json' },
  },
});
