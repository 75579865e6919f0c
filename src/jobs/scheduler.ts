import cron from 'node-cron'
import type { Sender } from '../delivery/sender.js'
import type { Logger } from '../logger.js'
import type { Clock } from '../services/clock.js'
import { runDailyDigest, type DigestDeps } from './daily-digest.js'
import { runPurgeRuntime } from './purge-runtime.js'
import { runReminders, type ReminderDeps } from './reminders.js'
import { runWeeklySummary } from './weekly-summary.js'

export interface SchedulerDeps extends DigestDeps, ReminderDeps {
  /** The outbox's senders (one per platform, or all of them together: delivery/all-senders.ts). */
  sender: Pick<Sender, 'drain' | 'expireInterrupted'>
  clock: Clock
  conversationTimeoutMs: number
  /** True on the embedded database: no other process can be sending. */
  soleProcess: boolean
  /** The embedded database's nightly backup (jobs/backup.ts); none on PostgreSQL (pg_dump's job). */
  nightlyBackup?: () => Promise<unknown>
}

/**
 * The only place with cron expressions. node-cron only triggers: what is due, what was sent and
 * what must still be sent lives in the database, so a tick missed while the process was down is
 * caught up by the next one (within each run's catch-up window), and two instances make one run.
 */
export function startScheduler(deps: SchedulerDeps, logger: Logger) {
  let running: Promise<void> = Promise.resolve()

  async function tick(): Promise<void> {
    const now = deps.clock.now()
    await deps.sender.expireInterrupted()
    await runDailyDigest(deps, now)
    await runReminders(deps, now)
    await runWeeklySummary(deps, now)
    const stats = await deps.sender.drain()
    if (stats.sent + stats.failed + stats.unknown + stats.rateLimited + stats.rekeyed > 0) {
      logger.info(stats, 'outbox drained')
    }
  }

  const guarded = () => {
    running = running.then(tick).catch((error: unknown) => logger.error({ err: error }, 'scheduled tick failed'))
    return running
  }

  const tasks = [
    // Every minute: create the runs that are due (idempotent) and send the outbox.
    cron.schedule('* * * * *', () => void guarded(), { name: 'digest-and-outbox', noOverlap: true }),
    // Every night: forget old update ids and abandoned dialogues.
    cron.schedule(
      '17 3 * * *',
      () => void runPurgeRuntime(deps, deps.clock.now()).catch((error: unknown) => logger.error({ err: error }, 'purge failed')),
      {
        name: 'purge-runtime',
        timezone: 'Asia/Ho_Chi_Minh',
      },
    ),
  ]
  const { nightlyBackup } = deps
  if (nightlyBackup) {
    // Every night, after the purge: a backup of the embedded database, the last seven kept.
    tasks.push(
      cron.schedule('41 3 * * *', () => void nightlyBackup().catch((error: unknown) => logger.error({ err: error }, 'backup failed')), {
        name: 'backup',
        timezone: 'Asia/Ho_Chi_Minh',
      }),
    )
  }

  return {
    /** Start-up reconciliation: interrupted sends become unknown, missed runs are made, the outbox is sent. */
    async reconcile(): Promise<void> {
      const expired = await deps.sender.expireInterrupted(deps.soleProcess)
      if (expired > 0) {
        logger.warn({ expired }, 'deliveries interrupted by the previous run marked unknown (not resent)')
      }
      await guarded()
    },
    /** Runs one tick now (the console chat does after :clock). */
    tick: guarded,
    async stop(): Promise<void> {
      for (const task of tasks) {
        await task.stop()
      }
      await running
    },
  }
}
export type Scheduler = ReturnType<typeof startScheduler>
