import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One migrated database snapshot (PGlite) or template (PostgreSQL) for the whole run; each test
    // file opens its own database from it once and empties it between tests (tests/helpers/test-db.ts).
    globalSetup: ['tests/helpers/global-setup.ts'],
    setupFiles: ['tests/helpers/setup-file.ts'],
    // PGlite instances are memory-hungry; a few workers keep a 2-core machine responsive.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
