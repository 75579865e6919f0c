import type { Update } from 'grammy/types'
import type { JournaledUpdate, Platform, UpdateJournalRepository } from '../db/repositories/index.js'
import type { Logger } from '../logger.js'
import { malformedReason } from './update-shape.js'

/** What the inbox tells the metrics. */
export interface InboxObserver {
  received(type: string, duplicate: boolean): void
  handled(type: string, outcome: 'ok' | 'error' | 'malformed', seconds: number): void
}

export interface UpdateInboxDeps {
  journal: UpdateJournalRepository
  platform: Platform
  /** This process, as written in the journal's `owner` column. */
  owner: string
  /** Runs the bot on one update (grammY's `bot.handleUpdate`). */
  handle: (update: Update) => Promise<void>
  /** Updates handled at once by this process (each chat's updates still one after another). */
  concurrency: number
  /** How long a claim holds without renewal; a dead instance's updates are taken over after it. */
  leaseMs: number
  logger: Logger
  /** Updates the inbox hands to `handle`: the bot's de-duplication must not claim them a second time. */
  claimed: WeakSet<object>
  observer?: InboxObserver
  /** A received update nobody took for this long is taken by whoever sees it (default 3 s). */
  pickUpAfterMs?: number
  /** Handlers killed this often on one update set it aside (default 3). */
  maxAttempts?: number
  /**
   * Why an update may not be handled (default: Telegram's contract, update-shape.ts). A transport
   * that builds its updates itself (Zalo's, whose message ids stay Zalo's strings) gives its own.
   */
  malformed?: (update: unknown) => string | null
}

/** Thrown by accept() once the inbox is draining: the webhook answers 503 and Telegram retries elsewhere. */
export class InboxClosedError extends Error {
  override name = 'InboxClosedError'
}

const UPDATE_KINDS = [
  'message',
  'edited_message',
  'channel_post',
  'edited_channel_post',
  'callback_query',
  'my_chat_member',
  'chat_member',
  'chat_join_request',
  'inline_query',
] as const

/** The update's kind (its payload field), for metrics and logs; "other" for anything unexpected. */
export function updateKind(update: unknown): string {
  if (typeof update !== 'object' || update === null) {
    return 'other'
  }
  return UPDATE_KINDS.find((kind) => kind in update) ?? 'other'
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) {
    return null
  }
  const id = (value as { id?: unknown }).id
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}

/**
 * The key that orders updates: the chat they happen in (a button press belongs to its message's
 * chat), else the person, else the update alone. Dialogue state is per chat and person, so one
 * chat's updates in order keeps every dialogue's steps in order.
 */
export function chatKeyOf(update: Update): string {
  const record = update as unknown as Record<string, unknown>
  for (const kind of [
    'message',
    'edited_message',
    'channel_post',
    'edited_channel_post',
    'my_chat_member',
    'chat_member',
    'chat_join_request',
  ]) {
    const chat = idOf((record[kind] as { chat?: unknown } | undefined)?.chat)
    if (chat) {
      return `chat:${chat}`
    }
  }
  const callback = record.callback_query as { message?: { chat?: unknown }; from?: unknown } | undefined
  const callbackChat = idOf(callback?.message?.chat)
  if (callbackChat) {
    return `chat:${callbackChat}`
  }
  for (const value of Object.values(record)) {
    const from = idOf((value as { from?: unknown } | null)?.from)
    if (from) {
      return `user:${from}`
    }
  }
  return `update:${String(update.update_id)}`
}

/**
 * Receives updates from a transport (webhook or polling), writes each to the journal before it is
 * acknowledged, and handles them: one chat's updates in order, across every instance sharing the
 * database, at most `concurrency` at a time here. A heartbeat renews this process's leases; what a
 * dead instance left (or a busy one could not start) is taken over by the others.
 */
export function createUpdateInbox(deps: UpdateInboxDeps) {
  const { journal, platform, owner, logger } = deps
  const pickUpAfterMs = deps.pickUpAfterMs ?? 3000
  const maxAttempts = deps.maxAttempts ?? 3
  const running = new Set<string>()
  /** Update ids this process is handling now: the heartbeat renews exactly these leases. */
  const inHand = new Set<number>()
  const waiting = new Set<string>()
  /** Chats that got an update while their worker ran: it looks again before it stops. */
  const again = new Set<string>()
  const workers = new Set<Promise<void>>()
  let closing = false
  let timer: NodeJS.Timeout | null = null
  let heartbeat: Promise<void> = Promise.resolve()

  async function handleOne(journaled: JournaledUpdate): Promise<void> {
    let update: Update
    try {
      update = JSON.parse(journaled.payload) as Update
    } catch (error) {
      // Only JSON we wrote ourselves is in the journal; a row that does not parse is set aside.
      logger.error({ err: error, update_id: journaled.updateId }, 'journaled update is not JSON')
      return
    }
    const kind = updateKind(update)
    const malformed = (deps.malformed ?? malformedReason)(update)
    if (malformed) {
      logger.warn({ update_id: journaled.updateId, reason: malformed }, 'update breaks the Bot API contract: not handled')
      deps.observer?.handled(kind, 'malformed', 0)
      return
    }
    if (journaled.attempts > 1) {
      logger.warn({ update_id: journaled.updateId, attempts: journaled.attempts }, 'handling an update again: its handler was cut short')
    }
    deps.claimed.add(update)
    const started = performance.now()
    let outcome: 'ok' | 'error' = 'ok'
    try {
      await deps.handle(update)
    } catch (error) {
      // The bot has its own error boundary: this is a failure outside it. It is not retried, since
      // the same update would fail the same way.
      outcome = 'error'
      logger.error({ err: error, update_id: journaled.updateId }, 'update handler failed')
    } finally {
      deps.observer?.handled(kind, outcome, (performance.now() - started) / 1000)
    }
  }

  /** Handles the chat's updates one after another while this process holds its claim. */
  async function work(chatKey: string): Promise<void> {
    running.add(chatKey)
    try {
      // A person often answers while the bot is still finishing their previous update: that update
      // may be journaled just after the worker looked for the next one, so it looks again.
      do {
        again.delete(chatKey)
        let next = await journal.claimNext(platform, chatKey, owner, deps.leaseMs)
        while (next) {
          const { updateId } = next
          inHand.add(updateId)
          // Fair turns: when other chats wait for a worker, this one goes to the back of the line
          // after each update instead of keeping the worker while its person keeps writing.
          const yieldTurn = waiting.size > 0
          try {
            await handleOne(next)
            next = await journal.finish(platform, updateId, owner, closing || yieldTurn ? undefined : { chatKey, leaseMs: deps.leaseMs })
          } finally {
            inHand.delete(updateId)
          }
          if (yieldTurn && !closing) {
            waiting.add(chatKey)
            return
          }
        }
      } while (again.has(chatKey) && !closing)
    } catch (error) {
      // The database failed: the claim's lease runs out and another instance (or this one) resumes.
      logger.error({ err: error, chatKey }, 'update journal failed; the chat resumes after its lease')
    } finally {
      running.delete(chatKey)
      again.delete(chatKey)
    }
  }

  function schedule(chatKey: string): void {
    if (closing) {
      return
    }
    if (running.has(chatKey)) {
      again.add(chatKey)
      return
    }
    if (workers.size >= deps.concurrency) {
      waiting.add(chatKey)
      return
    }
    const worker: Promise<void> = work(chatKey).finally(() => {
      workers.delete(worker)
      const [nextChat] = waiting
      if (nextChat !== undefined) {
        waiting.delete(nextChat)
        schedule(nextChat)
      }
    })
    workers.add(worker)
  }

  async function beat(): Promise<void> {
    await journal.renew(platform, owner, [...inHand], deps.leaseMs)
    const abandoned = await journal.abandonExhausted(platform, maxAttempts)
    if (abandoned.length > 0) {
      logger.error({ update_ids: abandoned }, 'updates set aside: their handler died repeatedly')
    }
    if (workers.size < deps.concurrency) {
      for (const chatKey of await journal.claimableChats(platform, pickUpAfterMs, deps.concurrency * 4)) {
        schedule(chatKey)
      }
    }
  }

  return {
    /**
     * Journals an update and starts handling it. Resolves once it is durable (the webhook may then
     * answer 200); false for an update id already journaled. Throws InboxClosedError while draining.
     */
    async accept(update: Update): Promise<boolean> {
      if (closing) {
        throw new InboxClosedError('shutting down')
      }
      const chatKey = chatKeyOf(update)
      const fresh = await journal.record(platform, update.update_id, chatKey, JSON.stringify(update))
      deps.observer?.received(updateKind(update), !fresh)
      if (fresh) {
        schedule(chatKey)
      }
      return fresh
    },
    /**
     * For a transport that writes its updates to the journal itself (Zalo's get their ids as they are
     * written, in the statement that de-duplicates them): starts handling the chat here. While
     * draining it does nothing — the update is durable, and another instance (or the next start)
     * takes it from the journal.
     */
    recorded(chatKey: string, kind: string): void {
      deps.observer?.received(kind, false)
      schedule(chatKey)
    },
    /** Resolves once nothing is being handled here (tests wait for this after handing updates in). */
    async idle(): Promise<void> {
      while (workers.size > 0) {
        await Promise.all([...workers])
      }
    },
    /**
     * Starts the heartbeat. `alone`: this process is the only one on its database (the embedded
     * one), so every unfinished update is a dead process's and is taken over at once.
     */
    async start(options: { alone: boolean }): Promise<void> {
      if (options.alone) {
        const expired = await journal.expireAllLeases(platform)
        if (expired > 0) {
          logger.warn({ expired }, 'updates cut short by the previous run will be handled again')
        }
      }
      // Often enough to take over a waiting update within a second or two; the lease is renewed well before it ends.
      const period = Math.max(100, Math.min(1000, Math.floor(deps.leaseMs / 3)))
      const tick = () => {
        heartbeat = beat().catch((error: unknown) => logger.warn({ err: error }, 'update journal heartbeat failed'))
      }
      tick()
      timer = setInterval(tick, period)
      timer.unref()
      await heartbeat
    },
    /** Updates being handled or waiting here. */
    load: () => ({ handling: workers.size, waiting: waiting.size }),
    /** Stops taking updates, lets the ones being handled finish, and gives back anything claimed. */
    async drain(): Promise<void> {
      closing = true
      waiting.clear()
      if (timer) {
        clearInterval(timer)
      }
      await heartbeat
      while (workers.size > 0) {
        await Promise.all([...workers])
      }
      await journal.release(owner).catch((error: unknown) => logger.warn({ err: error }, 'could not release claims'))
    },
  }
}
export type UpdateInbox = ReturnType<typeof createUpdateInbox>
