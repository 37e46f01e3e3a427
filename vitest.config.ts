import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Two test files at once on the 2-core machines (Vitest's default is one fewer than the
    // cores): the build tests spend much of their time waiting on their `astro build`, and the
    // suite took 298 s with one file at a time, 217 s with two.
    maxWorkers: 2,
    // Build tests run `astro build` on fixture seed folders; give them room on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // CI also writes a machine-readable summary that .ci/run adds up.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-reports/unit.json' },
  },
});
