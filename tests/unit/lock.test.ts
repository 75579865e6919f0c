import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataDirLockedError, lockDataDir } from '../../src/db/lock.js'

describe('the data directory lock', () => {
  it('refuses a second holder while the first is alive, and frees on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'))
    const first = lockDataDir(dir)
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError)
    first.release()
    const second = lockDataDir(dir)
    expect(JSON.parse(readFileSync(join(dir, 'bot.lock'), 'utf8'))).toMatchObject({ pid: process.pid })
    second.release()
  })

  it('takes over a lock left by a process that died (kill -9)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'))
    // Pid 2^22+ is above Linux's default pid_max: no such process.
    writeFileSync(join(dir, 'bot.lock'), JSON.stringify({ pid: 4_194_999, host: 'x', at: 'x' }))
    const lock = lockDataDir(dir)
    lock.release()
    writeFileSync(join(dir, 'bot.lock'), '{"pi')
    lockDataDir(dir).release()
  })

  it('names the other process in its message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'))
    const lock = lockDataDir(dir)
    try {
      lockDataDir(dir)
    } catch (error) {
      expect((error as Error).message).toContain(`pid ${process.pid}`)
      expect((error as Error).message).toContain('DATABASE_URL')
    }
    lock.release()
  })
})
