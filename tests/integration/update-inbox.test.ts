import type { Update } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUpdateJournalRepository, type UpdateJournalRepository } from '../../src/db/repositories/index.js'
import { chatKeyOf, createUpdateInbox, InboxClosedError, updateKind, type UpdateInbox } from '../../src/transports/update-inbox.js'
import { createTestDatabase, silentLogger, type TestDatabase } from '../helpers/test-db.js'
import { until as waitUntil } from '../helpers/until.js'

let db: TestDatabase
let journal: UpdateJournalRepository
let nextId = 1000

beforeAll(async () => {
  db = await createTestDatabase()
  journal = createUpdateJournalRepository(db.prisma)
})
afterAll(async () => {
  await db.destroy()
})

const until = (check: () => boolean | Promise<boolean>, ms = 20_000) => waitUntil(check, ms, 'a condition', 10)

function message(chatId: number, text: string): Update {
  const id = nextId++
  return {
    update_id: id,
    message: {
      message_id: id,
      date: 0,
      chat: { id: chatId, type: 'private', first_name: 'A' },
      from: { id: chatId, is_bot: false, first_name: 'A' },
      text,
    },
  }
}

/** A handler that records what it saw and can be held open per text. */
function recorder() {
  const seen: { owner: string; chat: number; text: string }[] = []
  const gates = new Map<string, () => void>()
  let active = 0
  let maxActive = 0
  const handle = (owner: string) => async (update: Update) => {
    active++
    maxActive = Math.max(maxActive, active)
    const text = update.message?.text ?? ''
    if (text.startsWith('hold')) {
      await new Promise<void>((resolve) => gates.set(text, resolve))
    } else {
      // A little work of varying length, so interleavings differ between chats.
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 5)))
    }
    seen.push({ owner, chat: update.message?.chat.id ?? 0, text })
    active--
  }
  return { seen, gates, handle, maxActive: () => maxActive, release: (text: string) => gates.get(text)?.() }
}

function inbox(
  owner: string,
  handle: (update: Update) => Promise<void>,
  options: { concurrency?: number; leaseMs?: number } = {},
): UpdateInbox {
  return createUpdateInbox({
    journal,
    platform: 'telegram',
    owner,
    handle,
    concurrency: options.concurrency ?? 4,
    leaseMs: options.leaseMs ?? 30_000,
    logger: silentLogger,
    claimed: new WeakSet(),
    pickUpAfterMs: 200,
  })
}

describe('the update inbox', () => {
  it('keys updates by chat, button presses by their message, and names their kind', () => {
    const press = {
      update_id: 1,
      callback_query: { id: 'x', from: { id: 5 }, message: { chat: { id: -7 } }, data: 'd' },
    } as unknown as Update
    expect(chatKeyOf(message(42, 'x'))).toBe('chat:42')
    expect(chatKeyOf(press)).toBe('chat:-7')
    expect(chatKeyOf({ update_id: 9, inline_query: { id: 'q', from: { id: 3 } } } as unknown as Update)).toBe('user:3')
    expect(chatKeyOf({ update_id: 9 })).toBe('update:9')
    expect(chatKeyOf({ update_id: 9, message: 'not an object' } as unknown as Update)).toBe('update:9')
    expect(updateKind(press)).toBe('callback_query')
    expect(updateKind({ update_id: 1, poll: {} })).toBe('other')
  })

  it('handles each update once, one chat in order across two instances, chats side by side', async () => {
    const r = recorder()
    const a = inbox('a', r.handle('a'))
    const b = inbox('b', r.handle('b'))
    // Each chat opens on a chosen instance and is held there until all four are in hand: both
    // instances then handle, and chats run side by side, whatever the timing of the rest.
    for (const chat of [1, 2, 3, 4]) {
      expect(await (chat <= 2 ? a : b).accept(message(chat, `hold ${chat}`))).toBe(true)
    }
    await until(() => r.gates.size === 4)
    expect(r.maxActive()).toBe(4)
    for (const chat of [1, 2, 3, 4]) {
      r.release(`hold ${chat}`)
    }
    const updates: Update[] = []
    for (let step = 1; step < 15; step++) {
      for (const chat of [1, 2, 3, 4]) {
        updates.push(message(chat, `step ${step}`))
      }
    }
    // Each update goes to either instance, as behind a load balancer; a few arrive twice. A chat's next update comes once
    // its last was acknowledged (the chats side by side): the order the inbox keeps is the order its updates reach the
    // journal — two of one chat arriving at the same instant at two instances are handled as they were written.
    const accepted = (
      await Promise.all(
        [0, 1, 2, 3].map(async (column) => {
          const results: [boolean, boolean][] = []
          for (let i = column; i < updates.length; i += 4) {
            const update = updates[i]!
            const first = await (i % 3 === 0 ? b : a).accept(update)
            const again = i % 10 === 0 ? await (i % 2 === 0 ? a : b).accept(update) : false
            results.push([first, again])
          }
          return results
        }),
      )
    ).flat()
    expect(accepted.every(([first, again]) => first === true && again === false)).toBe(true)
    await until(() => r.seen.length === updates.length + 4)
    for (const chat of [1, 2, 3, 4]) {
      expect(r.seen.filter((s) => s.chat === chat).map((s) => s.text)).toEqual([
        `hold ${chat}`,
        ...Array.from({ length: 14 }, (_, i) => `step ${i + 1}`),
      ])
    }
    const openings = r.seen.filter((s) => s.text.startsWith('hold')).map((s) => `${s.text} by ${s.owner}`)
    expect(openings.sort()).toEqual(['hold 1 by a', 'hold 2 by a', 'hold 3 by b', 'hold 4 by b'])
    await a.drain()
    await b.drain()
    expect((await journal.counts('telegram')).done).toBeGreaterThanOrEqual(updates.length + 4)
  })

  it('handles at once an answer that arrives while the previous update of its chat is still being finished', async () => {
    const seen: string[] = []
    const answer = message(61, 'the answer')
    let quick: UpdateInbox | null = null
    quick = inbox('e', async (update) => {
      seen.push(update.message?.text ?? '')
      if (update.message?.text === 'the question') {
        // The person answers as soon as the bot's reply reaches them, before this update is finished.
        await quick?.accept(answer)
      }
    })
    // No heartbeat (start() not called): only the worker itself can pick the answer up.
    await quick.accept(message(61, 'the question'))
    await until(() => seen.length === 2)
    expect(seen).toEqual(['the question', 'the answer'])
    await quick.drain()
  })

  it('never handles more than its concurrency at once, and the rest waits its turn', async () => {
    const r = recorder()
    const one = inbox('c', r.handle('c'), { concurrency: 2 })
    for (const chat of [11, 12, 13, 14]) {
      await one.accept(message(chat, `hold ${chat}`))
    }
    await until(() => r.gates.size === 2)
    expect(one.load()).toEqual({ handling: 2, waiting: 2 })
    for (const chat of [11, 12, 13, 14]) {
      await until(() => r.gates.has(`hold ${chat}`) || r.seen.some((s) => s.chat === chat))
      r.release(`hold ${chat}`)
    }
    await until(() => r.seen.length === 4)
    expect(r.maxActive()).toBe(2)
    await one.drain()
  })

  it('takes over the updates of an instance that died, after its lease, in order', async () => {
    const chat = 21
    const first = message(chat, 'first')
    const second = message(chat, 'second')
    // A dead instance journaled both and claimed the first, with a short lease it never renews.
    await journal.record('telegram', first.update_id, chatKeyOf(first), JSON.stringify(first))
    await journal.record('telegram', second.update_id, chatKeyOf(second), JSON.stringify(second))
    expect((await journal.claimNext('telegram', chatKeyOf(first), 'dead', 300))?.updateId).toBe(first.update_id)
    // While its lease holds the chat is busy: the second waits even for a live instance.
    expect(await journal.claimNext('telegram', chatKeyOf(first), 'other', 30_000)).toBeNull()

    const r = recorder()
    const live = inbox('live', r.handle('live'), { leaseMs: 600 })
    await live.start({ alone: false })
    await until(() => r.seen.filter((s) => s.chat === chat).length === 2)
    expect(r.seen.filter((s) => s.chat === chat).map((s) => s.text)).toEqual(['first', 'second'])
    await live.drain()
  })

  it('on the embedded database takes over at start-up without waiting for leases', async () => {
    const update = message(31, 'left behind')
    await journal.record('telegram', update.update_id, chatKeyOf(update), JSON.stringify(update))
    await journal.claimNext('telegram', chatKeyOf(update), 'dead', 3_600_000)
    const r = recorder()
    const alone = inbox('alone', r.handle('alone'), { leaseMs: 60_000 })
    await alone.start({ alone: true })
    await until(() => r.seen.some((s) => s.text === 'left behind'))
    await alone.drain()
  })

  it('sets aside an update whose handler died three times', async () => {
    const update = message(41, 'poison')
    const key = chatKeyOf(update)
    await journal.record('telegram', update.update_id, key, JSON.stringify(update))
    for (let attempt = 0; attempt < 3; attempt++) {
      await until(async () => (await journal.claimNext('telegram', key, `dead-${attempt}`, 50)) !== null)
    }
    // Its last lease (50 ms) runs out before it can be set aside: look again until it has.
    let abandoned: number[] = []
    await waitUntil(async () => (abandoned = await journal.abandonExhausted('telegram', 3)).length > 0, 10_000, 'the update set aside', 20)
    expect(abandoned).toEqual([update.update_id])
    expect(await journal.claimNext('telegram', key, 'next', 1000)).toBeNull()
  })

  it('drains: the update in hand finishes, new ones are refused', async () => {
    const r = recorder()
    const one = inbox('d', r.handle('d'))
    await one.accept(message(51, 'hold drain'))
    await until(() => r.gates.size > 0 && r.gates.has('hold drain'))
    const drained = one.drain()
    await expect(one.accept(message(51, 'late'))).rejects.toBeInstanceOf(InboxClosedError)
    r.release('hold drain')
    await drained
    expect(r.seen.map((s) => s.text)).toContain('hold drain')
    expect(r.seen.map((s) => s.text)).not.toContain('late')
  })
})
