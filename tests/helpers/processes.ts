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

/** Starts `src/main.ts` as a real process, the way `npm start` does. */
export function startBot(env: Record<string, string>, args: string[] = []): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts'), ...args], {
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
