import type { OpsRepository } from '../db/repositories/index.js'
import { json, type RouteResponse } from './http-server.js'

export interface ReadinessDeps {
  ops: Pick<OpsRepository, 'ping' | 'appliedMigrations'>
  /** The migrations this code needs (prisma/migrations). */
  expectedMigrations: string[]
  /** Whether the outbox sender (the scheduler driving it) runs and is not stuck. */
  senderRunning: () => boolean
  /** False once shutdown began: the load balancer should stop sending here. */
  accepting: () => boolean
}

/** GET /healthz: the process answers. */
export const healthz = (): Promise<RouteResponse> => Promise.resolve(json(200, { status: 'ok' }))

/**
 * GET /readyz: 200 only when the database answers, every migration of this code is applied, the
 * sender runs and the process is not shutting down; otherwise 503 with the failing checks.
 */
export function readyz(deps: ReadinessDeps) {
  return async (): Promise<RouteResponse> => {
    const checks: Record<string, string> = {}
    try {
      await deps.ops.ping()
      checks.database = 'ok'
      const applied = new Set(await deps.ops.appliedMigrations())
      const missing = deps.expectedMigrations.filter((name) => !applied.has(name))
      checks.migrations = missing.length === 0 ? 'ok' : `missing: ${missing.join(', ')}`
    } catch (error) {
      checks.database = `unreachable: ${(error as Error).message.split('\n')[0] ?? ''}`
      checks.migrations = 'unknown'
    }
    checks.sender = deps.senderRunning() ? 'ok' : 'not running'
    checks.accepting = deps.accepting() ? 'ok' : 'shutting down'
    const ready = Object.values(checks).every((value) => value === 'ok')
    return json(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks })
  }
}

/** How long the sender may go without finishing a drain (it drains every minute) before it counts as stuck. */
const SENDER_STALL_MS = 3 * 60_000

/**
 * Watches the outbox sender for /readyz: it is running between start() and stop(), and not stuck —
 * a drain is in progress (a large fan-out takes minutes) or one finished recently.
 */
export function createSenderLiveness(now: () => number = Date.now) {
  let startedAt: number | null = null
  let stopped = false
  let draining = 0
  let lastDrainEnd = 0
  return {
    /**
     * The same sender, its drains observed. Patched in place: a sender that sends continuously calls
     * its own `drain`, and those passes must count too.
     */
    wrap<S extends { drain(): Promise<R> }, R>(sender: S): S {
      const drain = sender.drain.bind(sender)
      sender.drain = async () => {
        draining++
        try {
          return await drain()
        } finally {
          draining--
          lastDrainEnd = now()
        }
      }
      return sender
    },
    start: () => {
      startedAt = now()
    },
    stop: () => {
      stopped = true
    },
    running: () => startedAt !== null && !stopped && (draining > 0 || now() - Math.max(lastDrainEnd, startedAt) < SENDER_STALL_MS),
  }
}
export type SenderLiveness = ReturnType<typeof createSenderLiveness>
