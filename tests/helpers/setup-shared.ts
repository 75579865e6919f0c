import { afterAll, beforeAll } from 'vitest'
import { until } from './until.js'

// Runs around each test file of the shared project (vitest.config.ts), whose worker goes on to the
// next file with the same modules and the same database. A file must not leave a server, socket or
// child process behind it, which a worker of its own used to hide by exiting; what is closing gets a
// moment to close. (Timers are not checked: the runner's and PGlite's own come and go. Connections to
// the test PostgreSQL are not either: the worker's database keeps its pool from file to file.)
type Handles = () => object[]
const getActiveHandles = (process as unknown as { _getActiveHandles: Handles })._getActiveHandles.bind(process)
const postgres = process.env.TEST_DATABASE_URL ? new URL(process.env.TEST_DATABASE_URL) : null
const postgresPort = Number(postgres?.port || 5432)

function activeHandles(): object[] {
  return getActiveHandles().filter((handle) => !(postgres && (handle as { remotePort?: number }).remotePort === postgresPort))
}

function describeHandle(handle: object): string {
  const h = handle as { spawnfile?: string; address?: () => unknown }
  if (h.spawnfile) {
    return `a child process (${h.spawnfile})`
  }
  let address: unknown = null
  try {
    address = h.address?.() ?? null
  } catch {
    // not bound to an address
  }
  return `${handle.constructor.name}${address ? ` ${JSON.stringify(address)}` : ''}`
}

let before = new Set<object>()
beforeAll(() => {
  before = new Set(activeHandles())
})
afterAll(async () => {
  const left = () => activeHandles().filter((handle) => !before.has(handle))
  // Servers and sockets close a moment after their owner asked; the error below says what is still open.
  await until(() => left().length === 0, 5000, "the file's handles to close", 10).catch(() => undefined)
  if (left().length > 0) {
    throw new Error(`the test file left running: ${left().map(describeHandle).join('; ')}`)
  }
})
