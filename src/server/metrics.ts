import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { OpsRepository } from '../db/repositories/index.js'
import type { Logger } from '../logger.js'
import type { InboxObserver } from '../transports/update-inbox.js'

/** How far back the job-run gauge looks. */
const RUN_WINDOW_DAYS = 7

/**
 * The bot's Prometheus metrics, on a registry of its own (prom-client's default one is a module
 * singleton). Counters and the latency histogram are this process's; the outbox, job-run and
 * journal gauges are read from the database at scrape time, so every instance shows the same
 * shared numbers.
 */
export function createMetrics(deps: { ops: OpsRepository; logger: Logger }) {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'bot_' })
  const logger = deps.logger.child({ component: 'metrics' })
  // A failing database query must not fail the whole scrape: the gauge keeps its last values.
  const safely = async (what: string, fn: () => Promise<void>) => {
    try {
      await fn()
    } catch (error) {
      logger.warn({ err: error, what }, 'metric not refreshed')
    }
  }

  const received = new Counter({
    name: 'bot_updates_received_total',
    help: 'Updates received from the platform, by type; duplicate="true" for an id already journaled.',
    labelNames: ['type', 'duplicate'] as const,
    registers: [registry],
  })
  const handled = new Counter({
    name: 'bot_updates_handled_total',
    help: 'Updates handled by this instance, by type and outcome.',
    labelNames: ['type', 'outcome'] as const,
    registers: [registry],
  })
  const latency = new Histogram({
    name: 'bot_update_handler_seconds',
    help: 'Time to handle one update (the bot middleware, replies included), by type.',
    labelNames: ['type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const rateLimited = new Counter({
    name: 'bot_rate_limited_total',
    help: 'Answers 429 (Too Many Requests) from the platform to this instance.',
    labelNames: ['platform'] as const,
    registers: [registry],
  })
  new Gauge({
    name: 'bot_deliveries',
    help: 'Outbox deliveries by platform and state (all rows kept by the retention).',
    labelNames: ['platform', 'state'] as const,
    registers: [registry],
    async collect() {
      await safely('deliveries', async () => {
        const stats = await deps.ops.outboxStats()
        this.reset()
        for (const row of stats.deliveries) {
          this.set({ platform: row.platform, state: row.state }, row.count)
        }
        depth.set(stats.depth)
        oldest.set(stats.oldestPendingSeconds)
      })
    },
  })
  // Set by the deliveries gauge's collect (one query for the three), which runs first.
  const depth = new Gauge({ name: 'bot_outbox_depth', help: 'Deliveries waiting to be sent.', registers: [registry] })
  const oldest = new Gauge({
    name: 'bot_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest delivery waiting to be sent.',
    registers: [registry],
  })
  new Gauge({
    name: 'bot_job_runs',
    help: `Scheduled runs made in the last ${RUN_WINDOW_DAYS} days by kind and state (skipped = missed).`,
    labelNames: ['kind', 'state'] as const,
    registers: [registry],
    async collect() {
      await safely('runs', async () => {
        const rows = await deps.ops.recentRuns(RUN_WINDOW_DAYS)
        this.reset()
        for (const row of rows) {
          this.set({ kind: row.kind, state: row.state }, row.count)
        }
      })
    },
  })
  new Gauge({
    name: 'bot_updates_pending',
    help: 'Journaled updates not handled yet, by state (received, processing), across instances.',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      await safely('journal', async () => {
        const rows = await deps.ops.pendingUpdates()
        this.reset()
        this.set({ state: 'received' }, 0)
        this.set({ state: 'processing' }, 0)
        for (const row of rows) {
          this.set({ state: row.state }, row.count)
        }
      })
    },
  })

  const inbox: InboxObserver = {
    received: (type, duplicate) => received.inc({ type, duplicate: String(duplicate) }),
    handled: (type, outcome, seconds) => {
      handled.inc({ type, outcome })
      latency.observe({ type }, seconds)
    },
  }

  return {
    registry,
    inbox,
    rateLimited: (platform: string) => rateLimited.inc({ platform }),
    /** The Prometheus text exposition. */
    render: () => registry.metrics(),
    contentType: registry.contentType,
  }
}
export type Metrics = ReturnType<typeof createMetrics>
