import type { Repositories } from '../db/repositories/index.js'
import type { ClaimedDelivery } from '../db/repositories/outbox-repository.js'
import type { Logger } from '../logger.js'
import type { ChatService } from '../services/chats.js'
import type { Clock } from '../services/clock.js'
import { classifySendError } from './outcome.js'
import { Pacer } from './pacer.js'

export interface SendLimits {
  perSecond: number
  perGroupPerMinute: number
  perPrivatePerSecond: number
  /** Sends in flight at once, to hide network latency while the pacer keeps the rate. */
  concurrency: number
}

export const TELEGRAM_LIMITS: SendLimits = { perSecond: 28, perGroupPerMinute: 19, perPrivatePerSecond: 1, concurrency: 8 }

export interface SenderDeps {
  repos: Pick<Repositories, 'outbox'>
  chats: Pick<ChatService, 'deactivate' | 'migrate'>
  /**
   * Sends one text, or a picture with the text as its caption; returns the platform's message id.
   * Throws the platform's error.
   */
  send: (target: string, text: string, image?: Uint8Array) => Promise<string>
  /** A chat refused us for good and was deactivated: someone must hear of it (the secretariat). */
  onChatGone?: (chat: { platform: ClaimedDelivery['platform']; target: string; reason: string }) => Promise<void>
  clock: Clock
  logger: Logger
  limits?: SendLimits
  sleep?: (ms: number) => Promise<void>
}

export interface DrainStats {
  sent: number
  failed: number
  unknown: number
  retried: number
  rateLimited: number
  rekeyed: number
}

const LEASE_MS = 120_000

/**
 * Sends the outbox. A delivery is claimed in one statement, sent outside any transaction, and its
 * outcome recorded after: sent; failed for good (the chat is deactivated); re-keyed to a migrated
 * group and sent again; back to pending after a 429 or a server error; or unknown when the request
 * may have arrived — never resent automatically.
 */
export function createSender(deps: SenderDeps) {
  const limits = deps.limits ?? TELEGRAM_LIMITS
  const pacer = new Pacer(limits)
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const { outbox } = deps.repos

  // A run's picture is read once per drain, not once per chat it goes to.
  const images = new Map<number, Promise<Uint8Array | null>>()
  const imageOf = (runId: number) => {
    let image = images.get(runId)
    if (!image) {
      image = outbox.imageOf(runId)
      images.set(runId, image)
    }
    return image
  }

  async function deliver(delivery: ClaimedDelivery, stats: DrainStats): Promise<void> {
    const slot = pacer.book(delivery.target, Date.now())
    const wait = slot - Date.now()
    if (wait > 0) {
      await sleep(wait)
    }
    for (let hold = pacer.admit(Date.now()); hold > 0; hold = pacer.admit(Date.now())) {
      await sleep(hold)
    }
    try {
      const image = delivery.withImage ? await imageOf(delivery.runId) : null
      const messageId = await deps.send(delivery.target, delivery.text, image ?? undefined)
      await outbox.markSent(delivery.id, messageId, deps.clock.now())
      stats.sent++
      return
    } catch (error) {
      const failure = classifySendError(error)
      const log = deps.logger.child({ delivery: delivery.id, target: delivery.target })
      switch (failure.kind) {
        case 'rate-limited':
          pacer.pause(Date.now() + failure.retryAfterMs)
          await outbox.release(delivery.id, new Date(deps.clock.now().getTime() + failure.retryAfterMs), failure.description)
          stats.rateLimited++
          log.warn({ retryAfterMs: failure.retryAfterMs }, 'rate limited: pausing the sender')
          return
        case 'gone':
          await outbox.markFailed(delivery.id, failure.description)
          stats.failed++
          // The secretariat is told before the chat is deactivated: the notice is idempotent (one
          // per group and day), so if the process dies in between, the next failed send tells
          // (and deactivates) again, and a chat is never deactivated without anyone being told.
          await deps.onChatGone?.({ platform: delivery.platform, target: delivery.target, reason: failure.description })
          if (await deps.chats.deactivate(delivery.platform, delivery.target, failure.description, null)) {
            log.warn({ reason: failure.description }, 'chat gone: deactivated')
          }
          return
        case 'migrated':
          await deps.chats.migrate(delivery.platform, delivery.target, failure.to, null)
          await outbox.retarget(delivery.platform, delivery.target, failure.to)
          await outbox.release(delivery.id, deps.clock.now(), failure.description, failure.to)
          stats.rekeyed++
          log.info({ to: failure.to }, 'group migrated: delivery re-keyed')
          return
        case 'retry':
          await outbox.release(delivery.id, new Date(deps.clock.now().getTime() + failure.afterMs), failure.description)
          stats.retried++
          return
        case 'unknown':
          await outbox.markUnknown(delivery.id, failure.description)
          stats.unknown++
          log.error({ reason: failure.description }, 'delivery outcome unknown: not resent')
          return
      }
    }
  }

  return {
    /** Sends everything that is due now, then returns what happened. */
    async drain(): Promise<DrainStats> {
      const stats: DrainStats = { sent: 0, failed: 0, unknown: 0, retried: 0, rateLimited: 0, rekeyed: 0 }
      // Each worker claims one delivery at a time, just before sending it: at most `concurrency`
      // rows are ever "sending", so a crash leaves at most that many unknown.
      const worker = async () => {
        for (;;) {
          if (pacer.pausedTill > Date.now()) {
            await sleep(pacer.pausedTill - Date.now())
          }
          const [delivery] = await outbox.claim(deps.clock.now(), LEASE_MS, 1)
          if (!delivery) {
            return
          }
          await deliver(delivery, stats)
        }
      }
      await Promise.all(Array.from({ length: limits.concurrency }, worker))
      images.clear()
      await outbox.completeRuns()
      return stats
    },
    /**
     * Sends cut short by a dead process are marked unknown, never resent: those whose lease ran
     * out, or — when this is the only process (`soleProcess`, at start-up on the embedded
     * database) — every one left "sending".
     */
    expireInterrupted(soleProcess = false): Promise<number> {
      return outbox.expireLeases(soleProcess ? null : deps.clock.now())
    },
  }
}
export type Sender = ReturnType<typeof createSender>
