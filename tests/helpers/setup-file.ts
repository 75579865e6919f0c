import { afterAll } from 'vitest'
import { closeSharedTestDatabase } from './test-db.js'

// Runs in every test file's context (vitest setupFiles): the file's shared database, if it opened
// one, is closed (and on PostgreSQL dropped) after its last test.
afterAll(closeSharedTestDatabase)
