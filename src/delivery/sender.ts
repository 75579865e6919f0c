import type { Platform } from '../db/repositories/index.js'
import type { Claim, ClaimedDelivery, OutboxRepository } from '../db/repositories/outbox-repository.js'
import type { Logger } from '../logger.js'
import type { Clock } from '../services/clock.js'
import type { Services } from '../services/index.js'
import { clockOffset, localSlot, paceRules, toleranceMs, tooLate, type ClockSample } from './pace.js'
import type { PlatformDriver, SendFailure } from './platform.js'

export interface DrainStats {
  sent: number
  failed: number
  unknown: number
  retried: number
  rateLimited: number
  rekeyed: number
  /** Refused for this message only (a bad request): failed, the chat kept. */
  rejected: number
  /** Sends that could not leave in time (a busy process) and were booked again. */
  rebooked: number
}

/** What the sender did, for metrics and logs (the HTTP server's /metrics hooks in here). Must not throw. */
export type SenderEvent =
  | { type: 'outcome'; platform: Platform; topic: string; outcome: keyof Omit<DrainStats, 'rebooked'>; attempts: number }
  | { type: 'rebooked'; platform: Platform; lateMs: number }
  | { type: 'paused'; platform: Platform; ms: number }
  | { type: 'drained'; platform: Platform; stats: DrainStats; ms: number }

export interface SenderDeps {
  outbox: OutboxRepository
  driver: PlatformDriver
  /**
   * A chat refused us for good: a group is deactivated and the secretariat told (one transaction),
   * a person's private chat marked unreachable.
   */
  chatGone: (platform: Platform, target: string, reason: string) => Promise<void>
  /** A group became a supergroup with a new id. */
  chatMoved: (platform: Platform, from: string, to: string) => Promise<void>
  /** The app's clock: what is due, leases, when a message was sent. Pacing uses real time (the database's). */
  clock: Clock
  logger: Logger
  onEvent?: (event: SenderEvent) => void
  /** How often an idle sender looks for new deliveries (other processes write them too). */
  idlePollMs?: number
  sleep?: (ms: number) => Promise<void>
  /** This process's clock for waiting on slots (monotonic). */
  monotonic?: () => number
}

/** How long a claimed delivery is held; a "sending" one past it was cut short (a dead process): unknown. */
export const DELIVERY_LEASE_MS = 120_000
/** Bookings older than this are never read (the widest window is a minute). */
const LEDGER_KEEP_MS = 5 * 60_000
/** A send booked again this many times without managing to leave goes back to the queue. */
const MAX_REBOOKS = 20
/** Looks for a chat at its limit before a pass ends (about 10 s). */
const MAX_IDLE_LOOKS = 14
/** The clock estimate is renewed this often during a long drain. */
const CLOCK_TTL_MS = 30_000

const emptyStats = (): DrainStats => ({ sent: 0, failed: 0, unknown: 0, retried: 0, rateLimited: 0, rekeyed: 0, rejected: 0, rebooked: 0 })

/**
 * The outbox sender of one platform. A delivery is claimed with its slot booked under the
 * platform's limits, shared through the database by every process (`outbox.claim`); it leaves when
 * its slot comes — or, if this process was too busy to send it in time, is booked again, so what
 * actually leaves keeps the pace. Sent outside any transaction; the outcome is recorded after: sent;
 * failed for good (the chat is deactivated and the secretariat told); re-keyed to a migrated group and
 * sent again; back to pending after a 429 (every process pauses) or a server error; or unknown when the
 * request may have arrived — never resent automatically.
 */
export function createSender(deps: SenderDeps) {
  const { outbox, driver } = deps
  const platform = driver.platform
  const limits = driver.limits
  const rules = paceRules(limits)
  const tolerance = toleranceMs(limits)
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const monotonic = deps.monotonic ?? (() => performance.timeOrigin + performance.now())
  const emit = (event: SenderEvent) => {
    try {
      deps.onEvent?.(event)
    } catch (error) {
      deps.logger.warn({ err: error }, 'sender event hook failed')
    }
  }

  // One claim at a time from this process: they queue on the database's gate lock anyway, and this
  // keeps waiting claims from holding every pooled connection.
  let claiming: Promise<unknown> = Promise.resolve()
  const claim = (limit: number): Promise<Claim> => {
    const next = claiming.then(() => outbox.claim(platform, deps.clock.now(), DELIVERY_LEASE_MS, rules, limit))
    claiming = next.catch(() => undefined)
    return next
  }

  // Sends found late together (a busy process wakes them together) are booked again in one transaction.
  let late: { id: number; resolve: (slot: number) => void; reject: (error: unknown) => void }[] = []
  const rebook = (id: number): Promise<number> =>
    new Promise((resolve, reject) => {
      late.push({ id, resolve, reject })
      if (late.length === 1) {
        setImmediate(() => {
          const batch = late
          late = []
          const next = claiming.then(() =>
            outbox.rebook(
              platform,
              batch.map((b) => b.id),
              rules.book,
            ),
          )
          claiming = next.catch(() => undefined)
          next.then(
            (slots) => batch.forEach((b, i) => b.resolve(slots[i] ?? 0)),
            (error: unknown) => batch.forEach((b) => b.reject(error)),
          )
        })
      }
    })

  let clock = { offset: 0, error: 0, at: -Infinity }
  async function readClock(): Promise<void> {
    const samples: ClockSample[] = []
    for (let i = 0; i < 3; i++) {
      const before = monotonic()
      const db = await outbox.dbNow()
      samples.push({ before, db, after: monotonic() })
    }
    clock = { ...clockOffset(samples), at: monotonic() }
  }

  async function deliver(delivery: ClaimedDelivery, booked: number, stats: DrainStats, images: Map<number, Promise<Uint8Array | null>>) {
    const log = deps.logger.child({ delivery: delivery.id, platform, target: delivery.target })
    // Everything the send needs is read before waiting for the slot, so nothing delays it after.
    let image: Uint8Array | null = null
    if (delivery.withImage && delivery.runId !== null) {
      let pending = images.get(delivery.runId)
      if (!pending) {
        pending = outbox.imageOf(delivery.runId)
        images.set(delivery.runId, pending)
      }
      image = await pending
    }
    let slot = localSlot(booked, clock)
    for (let rebooks = 0; ; rebooks++) {
      const wait = slot.leaveAt - monotonic()
      if (wait > 0) {
        await sleep(wait)
      }
      const now = monotonic()
      if (!tooLate(slot, now, tolerance)) {
        break
      }
      if (rebooks >= MAX_REBOOKS) {
        await outbox.release(delivery.id, deps.clock.now(), 'process too busy to keep the pace')
        stats.retried++
        log.warn('could not leave on time after many bookings: back to the queue')
        return
      }
      stats.rebooked++
      emit({ type: 'rebooked', platform, lateMs: Math.round(now - slot.lateFrom) })
      slot = localSlot(await rebook(delivery.id), clock)
    }
    try {
      const messageId = await driver.send({ target: delivery.target, text: delivery.text, keyboard: delivery.keyboard, image })
      await outbox.markSent(delivery.id, messageId, deps.clock.now())
      stats.sent++
      emit({ type: 'outcome', platform, topic: delivery.topic, outcome: 'sent', attempts: delivery.attempts })
    } catch (error) {
      const failure = driver.classify(error, delivery.attempts)
      const outcome = await settle(delivery, failure, log)
      stats[outcome]++
      emit({ type: 'outcome', platform, topic: delivery.topic, outcome, attempts: delivery.attempts })
    }
  }

  async function settle(
    delivery: ClaimedDelivery,
    failure: SendFailure,
    log: Logger,
  ): Promise<Exclude<keyof DrainStats, 'sent' | 'rebooked'>> {
    const now = deps.clock.now()
    switch (failure.kind) {
      case 'rate-limited':
        await outbox.pause(platform, failure.retryAfterMs)
        await outbox.release(delivery.id, new Date(now.getTime() + failure.retryAfterMs), failure.description)
        emit({ type: 'paused', platform, ms: failure.retryAfterMs })
        log.warn({ retryAfterMs: failure.retryAfterMs }, 'rate limited: every sender of the platform pauses')
        return 'rateLimited'
      case 'gone':
        await outbox.markFailed(delivery.id, failure.description)
        await outbox.failPending(platform, delivery.target, failure.description)
        await deps.chatGone(platform, delivery.target, failure.description)
        log.warn({ reason: failure.description }, 'chat gone')
        return 'failed'
      case 'migrated':
        await deps.chatMoved(platform, delivery.target, failure.to)
        await outbox.retarget(platform, delivery.target, failure.to)
        await outbox.release(delivery.id, now, failure.description, failure.to)
        log.info({ to: failure.to }, 'group migrated: delivery re-keyed')
        return 'rekeyed'
      case 'retry':
        await outbox.release(delivery.id, new Date(now.getTime() + failure.afterMs), failure.description)
        log.warn({ reason: failure.description, afterMs: failure.afterMs }, 'not delivered: will retry')
        return 'retried'
      case 'rejected':
        await outbox.markFailed(delivery.id, failure.description)
        log.error({ reason: failure.description }, 'delivery refused by the platform')
        return 'rejected'
      case 'unknown':
        await outbox.markUnknown(delivery.id, failure.description)
        log.error({ reason: failure.description }, 'delivery outcome unknown: not resent')
        return 'unknown'
    }
  }

  let stopping = false
  let lastPurge = -Infinity

  async function pass(): Promise<DrainStats> {
    const started = monotonic()
    const stats = emptyStats()
    const images = new Map<number, Promise<Uint8Array | null>>()
    if (started - lastPurge > 60_000) {
      await outbox.purgeLedger(LEDGER_KEEP_MS)
      lastPurge = started
    }
    let claims = 0
    // At most `concurrency` deliveries of this process are ever "sending" (claimed, slot booked), so a
    // crash leaves at most that many unknown. They are claimed in batches, refilled when half have
    // gone: one transaction books several consecutive slots (fewer round trips to the gate), and an
    // empty outbox costs one look.
    const inFlight = new Set<Promise<void>>()
    const refill = Math.max(1, Math.floor(limits.concurrency / 2))
    for (let idle = 0; !stopping;) {
      if (inFlight.size > limits.concurrency - refill) {
        await Promise.race(inFlight)
        continue
      }
      const claimed = await claim(limits.concurrency - inFlight.size)
      if (claimed.booked.length > 0) {
        idle = 0
        claims += claimed.booked.length
        if (monotonic() - clock.at > CLOCK_TTL_MS) {
          await readClock()
        }
        for (const { delivery, slot } of claimed.booked) {
          const sending: Promise<void> = deliver(delivery, slot, stats, images)
            // A database error while recording leaves the row "sending": it expires as unknown, never resent.
            .catch((error: unknown) => deps.logger.error({ err: error, delivery: delivery.id }, 'could not record a send'))
            .finally(() => inFlight.delete(sending))
          inFlight.add(sending)
        }
        continue
      }
      if (inFlight.size > 0) {
        // What is being sent may free a chat (the next part of a message): look again after it.
        await Promise.race(inFlight)
        continue
      }
      if (!claimed.waiting || idle >= MAX_IDLE_LOOKS) {
        break
      }
      // Something is due but its chat is at its limit or busy: look again soon. Not for ever (a
      // group's quota may take a minute, a dead process's claim a lease): the next pass resumes.
      await sleep(Math.min(1000, 50 * 2 ** idle++))
    }
    await Promise.all(inFlight)
    if (claims > 0) {
      await outbox.completeRuns()
    }
    emit({ type: 'drained', platform, stats, ms: monotonic() - started })
    return stats
  }

  let passes: Promise<unknown> = Promise.resolve()
  let loop: Promise<void> | null = null
  let wakeUp: (() => void) | null = null

  const sender = {
    platform,
    /** Sends everything of this platform that is due, then returns what happened (one pass at a time per process). */
    drain(): Promise<DrainStats> {
      const next = passes.then(pass)
      passes = next.catch(() => undefined)
      return next
    },
    /** Sends continuously: a pass whenever woken, and every `idlePollMs` for what other processes wrote. */
    start(): void {
      stopping = false
      loop ??= (async () => {
        while (!stopping) {
          try {
            const stats = await sender.drain()
            if (stats.sent + stats.failed + stats.unknown + stats.rateLimited + stats.rekeyed + stats.rejected > 0) {
              // What is still open (held back by a 429 or a group's quota, or other processes' sends) tells an
              // operator reading the log whether the outbox is done.
              deps.logger.info({ platform, ...stats, open: await outbox.countOpen(platform) }, 'outbox drained')
            }
          } catch (error) {
            deps.logger.error({ err: error, platform }, 'outbox pass failed')
          }
          if (stopping) {
            break
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, deps.idlePollMs ?? 1000)
            wakeUp = () => {
              clearTimeout(timer)
              resolve()
            }
          })
          wakeUp = null
        }
      })()
    },
    /** Something was just written to the outbox: look now rather than at the next poll. */
    wake(): void {
      wakeUp?.()
    },
    /** Stops claiming; sends already claimed finish. */
    async stop(): Promise<void> {
      stopping = true
      wakeUp?.()
      await loop
      await passes
      loop = null
    },
    /**
     * Sends cut short by a dead process are marked unknown, never resent: those whose lease ran
     * out, or — when this is the only process (`soleProcess`, at start-up on the embedded
     * database) — every one left "sending".
     */
    async expireInterrupted(soleProcess = false): Promise<number> {
      const expired = await outbox.expireLeases(soleProcess ? null : deps.clock.now(), platform)
      if (expired > 0) {
        await outbox.completeRuns()
      }
      return expired
    },
  }
  return sender
}
export type Sender = ReturnType<typeof createSender>

/** The sender of one platform wired to the services: a refusing chat is deactivated (the secretariat told), a moved group re-keyed. */
export function createPlatformSender(deps: {
  services: Pick<Services, 'outbox' | 'chats'>
  driver: PlatformDriver
  clock: Clock
  logger: Logger
  onEvent?: (event: SenderEvent) => void
  idlePollMs?: number
}): Sender {
  const { services } = deps
  return createSender({
    outbox: services.outbox,
    driver: deps.driver,
    chatGone: (platform, target, reason) => services.chats.refused(platform, target, reason),
    chatMoved: async (platform, from, to) => {
      await services.chats.migrate(platform, from, to, null)
    },
    clock: deps.clock,
    logger: deps.logger.child({ sender: deps.driver.platform }),
    ...(deps.onEvent ? { onEvent: deps.onEvent } : {}),
    ...(deps.idlePollMs ? { idlePollMs: deps.idlePollMs } : {}),
  })
}
