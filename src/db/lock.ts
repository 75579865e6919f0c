import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'

/** Thrown when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another process (pid ${ownerPid}). ` +
        'PGlite is single-process: stop the other bot first, or use PostgreSQL (DATABASE_URL) to run several instances.',
    )
  }
}

export interface DataDirLock {
  release(): void
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes an exclusive lock on the embedded database directory. PGlite itself takes none, and two
 * processes on one directory corrupt it (pglite#1106). A lock left by a killed process (kill -9)
 * is detected by its dead pid and taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, 'bot.lock')
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }))
      closeSync(fd)
      let released = false
      return {
        release() {
          if (!released) {
            released = true
            rmSync(path, { force: true })
          }
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error
      }
      let ownerPid = NaN
      try {
        ownerPid = Number((JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown }).pid)
      } catch {
        // A lock file cut short by a crash: treat it as stale.
      }
      // Only a dead owner's lock is stale; our own pid means this process already opened it.
      if (Number.isInteger(ownerPid) && isAlive(ownerPid)) {
        throw new DataDirLockedError(dataDir, ownerPid)
      }
      rmSync(path, { force: true })
    }
  }
  throw new Error(`Could not lock ${dataDir}`)
}
