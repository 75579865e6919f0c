import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'

export const ROOT = join(import.meta.dirname, '..', '..')

export interface BotProcess {
  child: ChildProcessWithoutNullStreams
  stdout: () => string
  stderr: () => string
  /** Resolves when standard output contains `text` (or rejects after `ms`). */
  waitFor(text: string | RegExp, ms?: number): Promise<void>
  exited: Promise<number | null>
}

/**
 * A new DATA_DIR whose embedded database is already migrated: the suite's snapshot (global-setup)
 * unpacked where the bot looks for it. A bot on an empty folder spends about 3 s of CPU creating
 * and migrating its database, which only the tests of a first start need (they use an empty folder).
 */
export function migratedDataDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const source = inject('testDatabase')
  if (source.kind === 'pglite') {
    mkdirSync(join(dir, 'pgdata'))
    execFileSync('tar', ['-xf', source.snapshot, '-C', join(dir, 'pgdata')], { stdio: 'ignore' })
  }
  return dir
}

/**
 * Where the suite's compiled copy of the bot is (tests/helpers/global-setup.ts): `script` is a path
 * under src/ with its .ts ending (`cli/calendar.ts`), or a helper of `tests/helpers` that runs as a
 * process (`test-helpers/lock-holder.ts`).
 */
export function compiled(script: string): string {
  return join(inject('testBuild'), script.replace(/\.ts$/, '.js'))
}

/**
 * V8's options for the processes the tests start: WebAssembly (PGlite's PostgreSQL, Prisma's query
 * compiler) compiled by the baseline compiler only. A process that lives seconds never earns back
 * the optimizing compiler's work: a console start costs 1.2 s of CPU instead of 2.5 s, and a
 * 258-line scenario 9.6 s instead of 11.6 s. Only how the code is compiled changes, not what it does.
 */
export const NODE_OPTIONS_FOR_TESTS = ['--liftoff-only']

/** Starts the bot (`src/main.ts`, compiled) as a real process, the way `npm start` does. */
export function startBot(env: Record<string, string>, args: string[] = []): BotProcess {
  const child = spawn(process.execPath, [...NODE_OPTIONS_FOR_TESTS, compiled('main.ts'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(text, ms = 30_000) {
      const started = Date.now()
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = typeof text === 'string' ? out.includes(text) : text.test(out)
          if (found) {
            resolve()
          } else if (Date.now() - started > ms || child.exitCode !== null) {
            reject(new Error(`timed out waiting for ${String(text)}\nstdout:\n${out}\nstderr:\n${err}`))
          } else {
            setTimeout(check, 50)
          }
        }
        check()
      })
    },
  }
}
