import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataDirLockedError, lockDataDir } from '../../src/db/lock.js'

const freshDir = () => mkdtempSync(join(tmpdir(), 'lock-'))

describe('the data directory lock', () => {
  it('refuses a second holder while the first holds it, and frees on release', () => {
    const dir = freshDir()
    const first = lockDataDir(dir)
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError)
    first.release()
    const second = lockDataDir(dir)
    expect(JSON.parse(readFileSync(join(dir, 'bot.lock'), 'utf8'))).toMatchObject({ pid: process.pid })
    second.release()
    first.release()
    lockDataDir(dir).release()
  })

  it('is not fooled by a lock file naming a live process that does not hold the lock (PID 1 after a restart, a reused pid)', () => {
    for (const pid of [1, process.pid]) {
      const dir = freshDir()
      writeFileSync(join(dir, 'bot.lock'), JSON.stringify({ pid, host: 'x', at: 'x' }))
      const lock = lockDataDir(dir)
      expect(JSON.parse(readFileSync(join(dir, 'bot.lock'), 'utf8'))).toMatchObject({ pid: process.pid })
      lock.release()
    }
    const dir = freshDir()
    writeFileSync(join(dir, 'bot.lock'), '{"pi')
    const lock = lockDataDir(dir)
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError)
    lock.release()
  })

  it('names the holder and the way out in its message', () => {
    const dir = freshDir()
    const lock = lockDataDir(dir)
    let refusal: unknown = null
    try {
      lockDataDir(dir)
    } catch (error) {
      refusal = error
    }
    lock.release()
    expect(refusal).toBeInstanceOf(DataDirLockedError)
    expect((refusal as DataDirLockedError).ownerPid).toBe(process.pid)
    expect((refusal as Error).message).toContain(`pid ${process.pid}`)
    expect((refusal as Error).message).toContain('DATABASE_URL')
  })
})
