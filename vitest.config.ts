import { defineConfig } from 'vitest/config';

const databaseSetup = 'packages/testing/src/database/global-setup.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/domain/src/**/*.test.ts',
            'packages/contracts/src/**/*.test.ts',
            'apps/web/src/**/*.test.{ts,tsx}',
          ],
        },
      },
      {
        test: {
          name: 'db',
          include: [
            'packages/db/src/**/*.test.ts',
            'packages/services/src/**/*.test.ts',
            'packages/testing/src/**/*.test.ts',
            'apps/api/src/**/*.test.ts',
            'apps/cli/src/**/*.test.ts',
          ],
          globalSetup: [databaseSetup],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: [databaseSetup],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
