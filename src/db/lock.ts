import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs'
import { createRequire } from 'node:module'
import { hostname } from 'node:os'
import { join } from 'node:path'

/** Thrown when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
  constructor(
    readonly dataDir: string,
    /** The pid the holder wrote into the lock file, when it could be read. */
    readonly ownerPid: number | null,
  ) {
    super(
      `The data directory ${dataDir} is in use by another process${ownerPid === null ? '' : ` (pid ${ownerPid})`}. ` +
        'PGlite is single-process: stop the other bot first, or use PostgreSQL (DATABASE_URL) to run several instances.',
    )
  }
}

export interface DataDirLock {
  release(): void
}

interface NativeLocks {
  tryLock(fd: number, offset?: number, length?: number, options?: { shared?: boolean }): boolean
  unlock(fd: number, offset?: number, length?: number): void
}

/*
 * Why this lock, and not a pid file: a pid file says who held the directory, not whether they still
 * do. After a kill -9 in a container the new bot is PID 1 again, and after a reboot the old pid may
 * belong to anyone, so "the recorded pid is alive" wrongly refused to start; and read pid → remove →
 * create is not atomic, so two processes starting at once could both take a stale file.
 *
 * What works is a lock the kernel holds for the process and drops when it dies: an advisory lock on
 * an open file (Linux open-file-description locks, F_OFD_SETLK; flock on macOS; LockFileEx on
 * Windows). Node 20 has no such call in `fs`, so we use `fs-native-extensions` (holepunch, used by
 * Hypercore's storage): its npm package ships prebuilt N-API binaries for Linux, macOS and Windows
 * (x64 and arm64) and has no install script, so `npm ci` downloads nothing else and compiles
 * nothing. Rejected: `proper-lockfile`/`lockfile` (mkdir or pid files with staleness by age: the same
 * races), `fs-ext` (compiles with node-gyp at install), an abstract Unix socket (Linux-only and per
 * network namespace, so two containers sharing a volume would both "hold" it).
 *
 * The file is never deleted: unlinking a locked file lets a process that opened the old inode and a
 * process that creates a new one both lock "bot.lock". Its content (pid, host, time) is only a
 * courtesy for the refusal message.
 */
function nativeLocks(): NativeLocks {
  const require = createRequire(import.meta.url)
  return require('fs-native-extensions') as NativeLocks
}

/**
 * Takes an exclusive lock on the embedded database directory. PGlite itself takes none, and two
 * processes on one directory corrupt it (pglite#1106). The operating system releases the lock when
 * the holder exits or is killed, so there is never a stale lock to take over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, 'bot.lock')
  const locks = nativeLocks()
  // 'a+' creates the file if needed and truncates nothing before the lock is ours.
  const fd = openSync(path, 'a+')
  let granted: boolean
  try {
    granted = locks.tryLock(fd)
  } catch (error) {
    closeSync(fd)
    throw error
  }
  if (!granted) {
    closeSync(fd)
    throw new DataDirLockedError(dataDir, readOwnerPid(path))
  }
  ftruncateSync(fd, 0)
  writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }))
  let released = false
  return {
    release() {
      if (!released) {
        released = true
        locks.unlock(fd)
        closeSync(fd)
      }
    },
  }
}

function readOwnerPid(path: string): number | null {
  try {
    const pid = Number((JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown }).pid)
    return Number.isInteger(pid) ? pid : null
  } catch {
    // Being written by its holder at this very moment, or written by an older version.
    return null
  }
}
