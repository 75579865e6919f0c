import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataDirLockedError, lockDataDir } from '../../src/db/lock.js'
import { compiled, NODE_OPTIONS_FOR_TESTS, ROOT } from '../helpers/processes.js'

/** A real process running tests/helpers/lock-holder.ts. */
function holder(args: string[]) {
  const child = spawn(process.execPath, [...NODE_OPTIONS_FOR_TESTS, compiled('test-helpers/lock-holder.ts'), ...args], { cwd: ROOT })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const line = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = out.split('\n').find((l) => pattern.test(l))
        if (found !== undefined) {
          resolve(found)
        } else if (child.exitCode !== null) {
          reject(new Error(`holder exited (${child.exitCode}) before printing ${String(pattern)}\n${err}`))
        } else {
          setTimeout(check, 20)
        }
      }
      check()
    })
  return { child, exited, line }
}

/** A pid that no process has (above Linux's default pid_max). */
const DEAD_PID = 4_194_999

describe('the data directory lock between real processes', () => {
  it('is freed by the kernel when its holder is killed with SIGKILL, whatever the lock file says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-kill-'))
    const first = holder(['hold', dir])
    await first.line(/^locked /)
    let refusal: unknown = null
    try {
      lockDataDir(dir)
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(DataDirLockedError)
    expect((refusal as DataDirLockedError).ownerPid).toBe(first.child.pid)

    first.child.kill('SIGKILL')
    await first.exited
    // In a container the restarted bot is PID 1 again, as its killed predecessor was: the file then
    // names a live process that holds nothing. Nobody deletes it by hand.
    writeFileSync(join(dir, 'bot.lock'), JSON.stringify({ pid: process.pid, host: 'x', at: 'x' }))
    const lock = lockDataDir(dir)
    lock.release()

    // Restarted after the kill and now holding it again, as a bot restarted by its supervisor.
    const second = holder(['hold', dir])
    await second.line(/^locked /)
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError)
    second.child.stdin.end()
    expect(await second.exited).toBe(0)
  }, 60_000)

  it('lets exactly one of two processes starting at the same instant take a stale lock, in every trial', async () => {
    const trials = 60
    const dirs = Array.from({ length: trials }, () => {
      const dir = mkdtempSync(join(tmpdir(), 'lock-race-'))
      // A lock left by a process killed long ago, as the probe found it.
      writeFileSync(join(dir, 'bot.lock'), JSON.stringify({ pid: DEAD_PID, host: 'x', at: '2023-01-01T00:00:00Z' }))
      return dir
    })
    const racers = [holder(['race', '40', ...dirs]), holder(['race', '40', ...dirs])]
    await Promise.all(racers.map((r) => r.line(/^ready$/)))
    const start = Date.now() + 300
    for (const racer of racers) {
      racer.child.stdin.write(`${start}\n`)
    }
    const [a, b] = (await Promise.all(racers.map((r) => r.line(/^\[/)))).map((l) => JSON.parse(l) as string[])
    for (const racer of racers) {
      racer.child.stdin.end()
    }
    await Promise.all(racers.map((r) => r.exited))
    expect(a).toHaveLength(trials)
    const winners = (a ?? []).map((outcome, i) => [outcome, b?.[i]].filter((o) => o === 'won').length)
    const errors = [...(a ?? []), ...(b ?? [])].filter((o) => o !== 'won' && o !== 'lost')
    expect(errors).toEqual([])
    expect(winners.filter((n) => n !== 1)).toEqual([])
  }, 60_000)
})
