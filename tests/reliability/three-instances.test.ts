import type { Update } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import { migrateDatabase } from '../../src/db/client.js'
import { addDays, weekday } from '../../src/services/calendar/local-date.js'
import { messageUpdate } from '../../src/transports/updates.js'
import { assignDue, committeeWithGroups, deliverySetup, joinWithCode } from '../helpers/delivery-setup.js'
import type { FakeBotApi } from '../helpers/fake-bot-api.js'
import { startFakeTelegram } from '../helpers/fake-telegram-server.js'
import { startBot, type BotProcess } from '../helpers/processes.js'
import { createTestDatabase, testDatabaseKind } from '../helpers/test-db.js'

const TOKEN = '123456789:AAFakeTokenForTheLoopbackServerOnly'
const SECRET = 'three-instances-secret_0123456789'
const LIMITS = { perSecond: 30, perGroupPerMinute: 20 }
const COMMITTEES = 5
const GROUPS_PER_COMMITTEE = 6
const WORKING_DAYS = 30
const FIRST_DAY = '2026-03-02' // a Monday; no public holiday in the six weeks that follow
const UPDATE_CONCURRENCY = 4
const SENDER_CONCURRENCY = 8

/** A small seeded PRNG: the kill moments and the instance each update goes to differ run to run only by seed. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The most events in any window of `windowMs` (times sorted ascending). */
function peak(times: number[], windowMs: number): number {
  let best = 0
  let start = 0
  for (let end = 0; end < times.length; end++) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= windowMs) {
      start++
    }
    best = Math.max(best, end - start + 1)
  }
  return best
}

/** UTC instant of a local time in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`)

describe.skipIf(testDatabaseKind !== 'postgres')('three instances on one PostgreSQL', () => {
  it('behave as one bot through 30 working days with kill -9 at random moments', async () => {
    const random = prng(Number(process.env.THREE_INSTANCES_SEED ?? 13))
    const db = await createTestDatabase({ migrate: false })
    const telegram = await startFakeTelegram()
    const bots: (BotProcess | null)[] = [null, null, null]
    const ports: number[] = [0, 0, 0]
    try {
      if (db.options.kind !== 'postgres') {
        throw new Error('needs PostgreSQL')
      }
      await migrateDatabase(db, db.options)
      const env = deliverySetup(db, { now: at(FIRST_DAY, '06:00'), groups: 0 })
      const fake = telegram.api as FakeBotApi

      // The world: committees with registered groups, bodies, a contact per body, a leader each,
      // and reports due across the six weeks.
      const contacts: { id: number; committee: number; tasks: number[] }[] = []
      const groupIds = new Set<number>()
      let personId = 910_000
      for (let c = 0; c < COMMITTEES; c++) {
        const { committee, owner, chatIds } = await committeeWithGroups(env.services, fake, GROUPS_PER_COMMITTEE, `Ban Thường vụ ${c + 1}`)
        chatIds.forEach((id) => groupIds.add(id))
        await joinWithCode(env.services, fake, owner, committee.id, { id: ++personId, name: `Lãnh đạo ${c + 1}` }, 'leader', null)
        for (let b = 0; b < 2; b++) {
          const body = await env.services.bodies.add(owner, committee.id, { name: `Sở số ${b + 1}`, shortName: `S${b + 1}` })
          const contact = { id: ++personId, committee: committee.id, tasks: [] as number[] }
          await joinWithCode(
            env.services,
            fake,
            owner,
            committee.id,
            { id: contact.id, name: `Đầu mối ${c + 1}.${b + 1}` },
            'body_contact',
            body.id,
          )
          for (let k = 0; k < 4; k++) {
            const due = addDays(FIRST_DAY, 3 + k * 9 + b * 2 + c)
            const task = await assignDue(env.services, owner, committee.id, body.id, `Báo cáo ${k + 1} của sở ${b + 1}`, due)
            contact.tasks.push(task.task.number)
          }
          contacts.push(contact)
        }
      }
      const deliveriesBefore = await db.prisma.delivery.count()
      const say = (what: string) => process.stderr.write(`[three instances] ${what}\n`)
      say(`seeded: ${contacts.length} contacts, ${groupIds.size} groups`)

      const processEnv = {
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: telegram.url,
        DATABASE_URL: db.options.url,
        BOT_MODE: 'webhook',
        WEBHOOK_URL: 'https://bot.example.gov.vn/hook',
        WEBHOOK_SECRET: SECRET,
        PORT: '0',
        UPDATE_LEASE_SECONDS: '3',
        UPDATE_CONCURRENCY: String(UPDATE_CONCURRENCY),
        DB_POOL_MAX: '4',
      }
      let clockNow = at(FIRST_DAY, '06:00')
      const start = async (i: number) => {
        const bot = startBot(processEnv, [`--test-clock=${clockNow.toISOString()}`])
        bots[i] = bot
        await until(() => bot.stderr().includes('webhook set'), 90_000, `instance ${i} to start`)
        const line = bot
          .stderr()
          .split('\n')
          .find((l) => l.includes('HTTP server listening'))
        ports[i] = Number((JSON.parse(line ?? '{}') as { port?: number }).port)
      }
      await Promise.all([0, 1, 2].map(start))
      say(`started on ports ${ports.join(', ')}`)

      let kills = 0
      const kill = async (i: number) => {
        const bot = bots[i]
        if (!bot) {
          return
        }
        bot.child.kill('SIGKILL')
        await bot.exited
        bots[i] = null
        kills++
      }
      const post = async (update: Update) => {
        // A load balancer picks any live instance; one that just died answers nothing and Telegram retries.
        for (;;) {
          const i = Math.floor(random() * 3)
          if (!bots[i]) {
            continue
          }
          try {
            const response = await fetch(`http://127.0.0.1:${ports[i]}/hook`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
              body: JSON.stringify(update),
            })
            if (response.status === 200) {
              return
            }
          } catch {
            // Connection refused or reset: the instance died; Telegram would retry.
          }
        }
      }
      /** Sets every live instance's clock and runs their ticks at once; a dead one is skipped. */
      const tickAll = async (wanted: Date) => {
        // Time never goes back, even when settling the outbox took the clock past the next tick.
        const when = wanted > clockNow ? wanted : clockNow
        clockNow = when
        await Promise.all(
          bots.map(async (bot, i) => {
            if (!bot) {
              return
            }
            await fetch(`http://127.0.0.1:${ports[i]}/test/clock`, {
              method: 'POST',
              body: JSON.stringify({ at: when.toISOString() }),
            }).catch(() => undefined)
          }),
        )
      }
      const outboxSettled = async () =>
        (await db.prisma.delivery.count({ where: { state: 'pending' } })) === 0 &&
        (await db.prisma.run.count({ where: { state: 'pending' } })) === 0

      let updateId = 50_000
      let messageId = 1
      const viecPosted: number[] = []
      const extensions: { contact: number; task: number; date: string }[] = []
      let day = FIRST_DAY
      for (let worked = 0; worked < WORKING_DAYS; day = addDays(day, 1)) {
        if (weekday(day) === 0 || weekday(day) === 6) {
          continue
        }
        worked++
        say(`day ${worked}: ${day}, ${kills} kills so far`)
        // The digest's time, then the reminders' and the weekly summary's (with the day's updates).
        for (const [hhmm, withUpdates] of [
          ['07:30', false],
          ['08:00', true],
        ] as const) {
          const when = at(day, hhmm)
          const killing = random() < 0.15 ? Math.floor(random() * 3) : -1
          const ticking = tickAll(when)
          if (killing >= 0 && random() < 0.5) {
            // In the middle of the tick: deliveries in flight on that instance.
            await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 400)))
            await kill(killing)
          }
          await ticking
          if (withUpdates) {
            const updates: Promise<void>[] = []
            for (const contact of contacts.filter(() => random() < 0.3)) {
              const id = ++updateId
              viecPosted.push(id)
              const person = { id: contact.id, firstName: 'Đầu mối' }
              updates.push(
                post(
                  messageUpdate(id, person, { kind: 'private', id: contact.id, firstName: 'Đầu mối' }, '/viec', {
                    date: when,
                    messageId: messageId++,
                  }),
                ),
              )
            }
            // Once a week a contact asks for an extension: three steps posted back to back to random
            // instances; they must run in order, or the date would be read as the reason.
            if (weekday(day) === 3) {
              // A different contact each week: a body has at most one pending extension request.
              const contact = contacts.filter((c) => !extensions.some((e) => e.contact === c.id))[Math.floor(random() * 4)]
              if (contact) {
                const task = contact.tasks.find((n) => !extensions.some((e) => e.contact === contact.id && e.task === n))
                if (task !== undefined) {
                  const person = { id: contact.id, firstName: 'Đầu mối' }
                  const chat = { kind: 'private' as const, id: contact.id, firstName: 'Đầu mối' }
                  const date = addDays(day, 60)
                  extensions.push({ contact: contact.id, task, date })
                  const [y, m, d] = date.split('-')
                  for (const text of [`/giahan ${task}`, `${d}/${m}/${y}`, `Chờ số liệu tổng hợp ${task}`]) {
                    await post(messageUpdate(++updateId, person, chat, text, { date: when, messageId: messageId++ }))
                  }
                }
              }
            }
            if (killing >= 0 && !bots.every((b) => b === null)) {
              // While updates are being handled.
              await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 200)))
              await kill(killing)
            }
            await Promise.all(updates)
          }
          for (const i of [0, 1, 2]) {
            if (!bots[i]) {
              await start(i)
            }
          }
          // Whatever a killed instance left pending is sent by the next ticks (its "sending" ones
          // become unknown once their lease, on the driven clock, has run out).
          for (let round = 0; !(await outboxSettled()); round++) {
            if (round > 30) {
              throw new Error(`the outbox does not settle at ${when.toISOString()}`)
            }
            await tickAll(new Date(clockNow.getTime() + 3 * 60_000))
          }
        }
      }
      await until(
        async () => (await db.prisma.processedUpdate.count({ where: { state: { in: ['received', 'processing'] } } })) === 0,
        120_000,
        'every update to be handled',
      )
      // A last tick well after every lease: interrupted sends are final (unknown), nothing pending.
      await tickAll(new Date(clockNow.getTime() + 60 * 60_000))

      // Every working day, every committee: one digest run, done (none skipped, none twice); each Monday a summary.
      const runs = await db.prisma.run.findMany()
      const digestDays = new Set(
        runs
          .filter((r) => r.kind === 'daily_digest' && r.state === 'done')
          .map((r) => `${r.committeeId}:${r.localDate.toISOString().slice(0, 10)}`),
      )
      expect(digestDays.size).toBe(COMMITTEES * WORKING_DAYS)
      expect(runs.filter((r) => r.kind === 'weekly_summary' && r.state === 'done')).toHaveLength(COMMITTEES * 6)
      expect(runs.filter((r) => r.state !== 'done')).toEqual([])
      expect(runs.some((r) => r.kind === 'reminder')).toBe(true)

      // Every delivery final; unknown only for sends cut short by a kill.
      const deliveries = await db.prisma.delivery.findMany()
      const unknown = deliveries.filter((d) => d.state === 'unknown')
      expect(deliveries.filter((d) => d.state !== 'sent' && d.state !== 'unknown')).toEqual([])
      expect(unknown.length).toBeLessThanOrEqual(kills * SENDER_CONCURRENCY)
      expect(deliveries.length).toBeGreaterThan(deliveriesBefore + COMMITTEES * GROUPS_PER_COMMITTEE * WORKING_DAYS)

      // As the fake Telegram saw it: each sent delivery arrived, no message twice, within the limits.
      const sends = telegram.calls.filter((c) => c.method === 'sendMessage' || c.method === 'sendPhoto')
      const arrived = new Map<string, number>()
      for (const call of sends) {
        const text = call.payload.text ?? call.payload.caption
        const key = `${String(call.payload.chat_id)}\u0000${typeof text === 'string' ? text : ''}`
        arrived.set(key, (arrived.get(key) ?? 0) + 1)
      }
      const rows = new Map<string, { sent: number; unknown: number }>()
      for (const d of deliveries) {
        const key = `${d.target}\u0000${d.text}`
        const row = rows.get(key) ?? { sent: 0, unknown: 0 }
        row[d.state === 'sent' ? 'sent' : 'unknown']++
        rows.set(key, row)
      }
      const lost = [...rows].filter(([key, row]) => (arrived.get(key) ?? 0) < row.sent)
      const twice = [...rows].filter(([key, row]) => (arrived.get(key) ?? 0) > row.sent + row.unknown)
      expect(lost).toEqual([])
      expect(twice).toEqual([])
      // Telegram's 30 a second is for broadcasts: the outbox's sends (replies to a person's own
      // command are not paced by it). Per group and minute, every message counts.
      const times = sends
        .filter((c) => {
          const text = c.payload.text ?? c.payload.caption
          return rows.has(`${String(c.payload.chat_id)}\u0000${typeof text === 'string' ? text : ''}`)
        })
        .map((c) => c.at)
        .sort((a, b) => a - b)
      expect(peak(times, 1000)).toBeLessThanOrEqual(LIMITS.perSecond)
      for (const group of groupIds) {
        const groupTimes = sends.filter((c) => Number(c.payload.chat_id) === group).map((c) => c.at)
        expect(peak(groupTimes, 60_000)).toBeLessThanOrEqual(LIMITS.perGroupPerMinute)
      }

      // Updates: each handled once, except those in hand when their instance died (at most its concurrency).
      const journal = await db.prisma.processedUpdate.findMany()
      expect(journal.filter((u) => u.state !== 'done')).toEqual([])
      const again = journal.filter((u) => u.attempts > 1)
      expect(again.length).toBeLessThanOrEqual(kills * UPDATE_CONCURRENCY)
      expect(journal.filter((u) => viecPosted.includes(Number(u.updateId)))).toHaveLength(viecPosted.length)
      // The dialogues' steps ran in order: every extension was requested with its date and reason.
      const requests = await db.prisma.extensionRequest.findMany({ include: { task: true } })
      expect(requests.map((r) => [r.task.number, r.requestedDue.toISOString().slice(0, 10), r.reason]).sort()).toEqual(
        extensions.map((e) => [e.task, e.date, `Chờ số liệu tổng hợp ${e.task}`]).sort(),
      )
      expect(kills).toBeGreaterThan(0)
      process.stderr.write(
        `three instances: ${WORKING_DAYS} working days, ${kills} kills, ${deliveries.length} deliveries (${unknown.length} unknown), ` +
          `${journal.length} updates (${again.length} handled again), peak ${peak(times, 1000)}/s\n`,
      )
    } finally {
      for (const bot of bots) {
        bot?.child.kill('SIGKILL')
      }
      await telegram.close()
      await db.destroy()
    }
  }, 900_000)
})
