/**
 * A process that takes data-directory locks, for the lock's reliability tests.
 *   hold DIR            take the lock, print "locked", keep it until killed or standard input ends
 *   race GAP DIR...     print "ready", read a start time T0 (ms since the epoch) on standard input, then
 *                       at T0 + i·GAP try to lock DIR i (busy-waiting the last milliseconds so two
 *                       processes try at the same instant); print the outcomes as JSON and hold every
 *                       lock won until standard input ends.
 */
import { createInterface } from 'node:readline'
import { DataDirLockedError, lockDataDir } from '../../src/db/lock.js'

const [mode, ...args] = process.argv.slice(2)
const lines = createInterface({ input: process.stdin })
const held: unknown[] = []
lines.on('close', () => process.exit(0))

if (mode === 'hold') {
  held.push(lockDataDir(args[0] ?? '.'))
  process.stdout.write(`locked ${process.pid}\n`)
} else if (mode === 'race') {
  const gap = Number(args[0])
  const dirs = args.slice(1)
  process.stdout.write('ready\n')
  lines.once('line', (line) => {
    const start = Number(line)
    const outcomes: string[] = []
    for (const [i, dir] of dirs.entries()) {
      const at = start + i * gap
      while (Date.now() < at) {
        // spin: setTimeout is only accurate to a few milliseconds
      }
      try {
        held.push(lockDataDir(dir))
        outcomes.push('won')
      } catch (error) {
        outcomes.push(error instanceof DataDirLockedError ? 'lost' : `error: ${String(error)}`)
      }
    }
    process.stdout.write(`${JSON.stringify(outcomes)}\n`)
  })
}
