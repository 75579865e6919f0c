import { BaseSequencer, type TestSpecification } from 'vitest/node'
import { defineConfig } from 'vitest/config'

/** Files that need a fresh worker of their own: module mocks (`vi.mock`), and the browser test. */
const ISOLATED = ['tests/bot/exports-personal.test.ts', 'tests/browser/**/*.test.ts']

/**
 * The usual order (failed first, then the longest first), with the isolated files first: the pool keeps
 * a shared worker only while the next file in the queue is a shared one too, so an isolated file queued
 * between shared ones would make the next shared file start a cold worker again. First, they also run
 * beside the longest files instead of alone at the end (the browser test takes about ten seconds).
 */
class IsolatedFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const isolated = (file: TestSpecification) => file.project.config.isolate !== false
    return [...sorted.filter(isolated), ...sorted.filter((file) => !isolated(file))]
  }
}

export default defineConfig({
  test: {
    // One migrated database snapshot (PGlite) or template (PostgreSQL) for the whole run, made by
    // tests/helpers/global-setup.ts; tests/helpers/test-db.ts opens one database from it per worker
    // (per file in the isolated project) and empties it at every createTestDatabase().
    globalSetup: ['tests/helpers/global-setup.ts'],
    // PGlite instances are memory-hungry; a few workers keep a 2-core machine responsive.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    sequence: { sequencer: IsolatedFirst },
    projects: [
      {
        extends: true,
        test: {
          // A worker runs file after file with its modules already loaded and its database already
          // open: a fresh worker per file spent more CPU importing the bot, warming up PGlite and
          // opening a database than most files spend on their tests (issue 10).
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: ISOLATED,
          isolate: false,
          setupFiles: ['tests/helpers/setup-shared.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ISOLATED,
          setupFiles: ['tests/helpers/setup-file.ts'],
        },
      },
    ],
  },
})
