import { monitorEventLoopDelay } from 'node:perf_hooks'
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
import { until } from '../helpers/until.js'

const TOKEN = '123456789:AAFakeTokenForTheLoopbackServerOnly'
const SECRET = 'three-instances-secret_0123456789'
/** Telegram's own limits, as the fake server counts them (our senders book 28/s and 19 a minute). */
const LIMITS = { perSecond: 30, perGroupPerMinute: 20 }
const COMMITTEES = 5
const GROUPS_PER_COMMITTEE = 8
/** Monday to the next week's Wednesday: two Mondays (weekly summaries), two Wednesdays (extension dialogues). */
const WORKING_DAYS = 8
const FIRST_DAY = '2026-03-02' // a Monday; no public holiday in the weeks that follow
const UPDATE_CONCURRENCY = 4
const SENDER_CONCURRENCY = 8
/** How Telegram answers a sent message (real ones take 0.1–0.3 s): long enough to kill an instance mid-request. */
const SEND_LATENCY_MS = 150

/**
 * Where each day's kill falls (none on the other days):
 * - `sending`: during the digest fan-out, once a random number of messages has reached Telegram,
 *   the instance that sent the last of them dies with it in flight (unknown, never resent);
 * - `handling`: while an instance handles a person's update (seen in the journal as its own), it
 *   dies; the update's lease runs out and another instance handles it again;
 * - `dialogue`: between two steps of Wednesday's dialogue, the instance that handled the first step
 *   dies; the next steps, posted back to back to random instances, continue it from the database in order.
 * Each restart costs seconds of start-up on a busy machine: five kills cover the three kinds twice
 * (the dialogue once; the second Wednesday's runs across the instances without one).
 */
const KILLS: Record<number, 'sending' | 'handling' | 'dialogue'> = {
  2: 'sending',
  3: 'dialogue',
  4: 'handling',
  6: 'sending',
  7: 'handling',
}

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

/** One sample's value in a Prometheus text exposition (NaN when absent). */
function sample(metrics: string, name: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name} `))
  return Number(line?.slice(name.length + 1) ?? Number.NaN)
}

/** UTC instant of a local time in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`)

describe.skipIf(testDatabaseKind !== 'postgres')('three instances on one PostgreSQL', () => {
  it('behave as one bot through eight working days with kill -9 at chosen moments', async () => {
    const random = prng(Number(process.env.THREE_INSTANCES_SEED ?? 13))
    const db = await createTestDatabase({ migrate: false })
    const telegram = await startFakeTelegram()
    telegram.slow('sendMessage', SEND_LATENCY_MS)
    telegram.slow('sendPhoto', SEND_LATENCY_MS)
    const bots: (BotProcess | null)[] = [null, null, null]
    const ports: number[] = [0, 0, 0]
    const say = (what: string) => process.stderr.write(`[three instances] ${what}\n`)
    try {
      if (db.options.kind !== 'postgres') {
        throw new Error('needs PostgreSQL')
      }
      await migrateDatabase(db, db.options)
      const env = deliverySetup(db, { now: at(FIRST_DAY, '06:00'), groups: 0 })
      const fake = telegram.api as FakeBotApi

      // The world: committees with registered groups, bodies, a contact per body, a leader each,
      // and reports due across the two weeks (reminders before each).
      const contacts: { id: number; committee: number; tasks: number[] }[] = []
      const groupIds = new Set<number>()
      let personId = 910_000
      for (let c = 0; c < COMMITTEES; c++) {
        const { committee, owner, chatIds } = await committeeWithGroups(env.services, fake, GROUPS_PER_COMMITTEE, `Ban Thường vụ ${c + 1}`)
        chatIds.forEach((id) => groupIds.add(id))
        await joinWithCode(env.services, fake, owner, committee.id, { id: ++personId, name: `Lãnh đạo ${c + 1}` }, 'leader', null)
        for (let b = 0; b < 2; b++) {
          const body = await env.services.bodies.add(owner, committee.id, { name: `Sở số ${b + 1}`, shortName: `SN${b + 1}` })
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
            const due = addDays(FIRST_DAY, 3 + k * 4 + b + c)
            const task = await assignDue(env.services, owner, committee.id, body.id, `Báo cáo ${k + 1} của sở ${b + 1}`, due)
            contact.tasks.push(task.task.number)
          }
          contacts.push(contact)
        }
      }
      const deliveriesBefore = await db.prisma.delivery.count()

      const processEnv = {
        BOT_TOKEN: TOKEN,
        DATABASE_URL: db.options.url,
        BOT_MODE: 'webhook',
        WEBHOOK_URL: 'https://bot.example.gov.vn/hook',
        WEBHOOK_SECRET: SECRET,
        PORT: '0',
        // Short, so a dead instance's updates are taken over soon; long enough that a busy machine's
        // heartbeat (every third of it) keeps a live instance's leases.
        UPDATE_LEASE_SECONDS: '5',
        UPDATE_CONCURRENCY: String(UPDATE_CONCURRENCY),
        DB_POOL_MAX: '4',
      }
      let clockNow = at(FIRST_DAY, '06:00')
      /** Each process's pid, by the instance id it writes in the journal (`host-pid-random`). */
      const pidOf = (owner: string | null) => Number(/-(\d+)-[0-9a-f]+$/.exec(owner ?? '')?.[1] ?? Number.NaN)
      // Each process talks to the fake Telegram under a path of its own, so a request tells who sent it.
      const apiPath = ['', '', '']
      let started = 0
      const start = async (i: number) => {
        apiPath[i] = `/process-${++started}`
        const bot = startBot({ ...processEnv, TELEGRAM_API_ROOT: `${telegram.url}${apiPath[i]}` }, [
          `--test-clock=${clockNow.toISOString()}`,
        ])
        await until(() => bot.stderr().includes('webhook set') || bot.child.exitCode !== null, 90_000, `instance ${i} to start`)
        const line = bot
          .stderr()
          .split('\n')
          .find((l) => l.includes('HTTP server listening'))
        if (!line) {
          throw new Error(`instance ${i} did not start:\n${bot.stderr()}`)
        }
        ports[i] = Number((JSON.parse(line) as { port?: number }).port)
        bots[i] = bot
      }
      await Promise.all([0, 1, 2].map(start))

      const kills: string[] = []
      const kill = async (i: number, why: string) => {
        const bot = bots[i]
        if (!bot) {
          throw new Error(`instance ${i} is not running`)
        }
        bot.child.kill('SIGKILL')
        await bot.exited
        bots[i] = null
        kills.push(why)
      }
      const live = () => [0, 1, 2].filter((i) => bots[i] !== null)
      const anyLive = () => {
        const running = live()
        return running[Math.floor(random() * running.length)] ?? 0
      }
      /** Posts to a random live instance as a load balancer would; returns the one that took it. */
      const post = async (update: Update): Promise<number> => {
        for (;;) {
          const i = anyLive()
          try {
            const response = await fetch(`http://127.0.0.1:${ports[i]}/hook`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
              body: JSON.stringify(update),
            })
            if (response.status === 200) {
              return i
            }
          } catch {
            // The instance died under the request: Telegram sends it again (to another).
          }
        }
      }
      /** Sets every live instance's clock and runs their ticks at once (each answers when its tick is done). */
      const tickAll = async (wanted: Date) => {
        // Time never goes back, even when settling the outbox took the clock past the next tick.
        const when = wanted > clockNow ? wanted : clockNow
        clockNow = when
        await Promise.all(
          live().map((i) =>
            fetch(`http://127.0.0.1:${ports[i]}/test/clock`, { method: 'POST', body: JSON.stringify({ at: when.toISOString() }) })
              // An instance killed during its tick answers nothing.
              .catch(() => undefined),
          ),
        )
      }
      const deliveriesIn = (state: 'pending' | 'sending') => db.prisma.delivery.count({ where: { state } })
      const journalOpen = () => db.prisma.processedUpdate.count({ where: { state: { in: ['received', 'processing'] } } })
      const isSend = (c: { method: string }) => c.method === 'sendMessage' || c.method === 'sendPhoto'
      const sent = () => telegram.calls.filter(isSend).length

      // How late this process (and so the fake Telegram in it) may have noticed a request: the
      // delays of its event loop, measured throughout.
      const loopDelay = monitorEventLoopDelay({ resolution: 10 })
      loopDelay.enable()
      let updateId = 50_000
      let messageId = 1
      const viecPosted: number[] = []
      const extensions: { contact: number; task: number; date: string }[] = []
      let day = FIRST_DAY
      for (let worked = 1; worked <= WORKING_DAYS; day = addDays(day, 1)) {
        if (weekday(day) === 0 || weekday(day) === 6) {
          continue
        }
        const killing = KILLS[worked]
        say(`day ${worked}: ${day}${killing ? `, kill while ${killing}` : ''}`)

        // 07:30: the digest's fan-out.
        const ticking = tickAll(at(day, '07:30'))
        if (killing === 'sending') {
          const from = sent()
          const after = 1 + Math.floor(random() * 20)
          await until(() => sent() >= from + after, 60_000, `${after} digest messages to reach Telegram`, 5)
          // Its answer comes SEND_LATENCY_MS later: the process dies before it.
          const last = telegram.calls.filter(isSend).at(-1)
          const sender = live().find((i) => last?.path.startsWith(`${apiPath[i]}/`))
          if (sender === undefined) {
            throw new Error(`no live process sent ${last?.path ?? 'nothing'}`)
          }
          await kill(sender, `sending (after ${after} messages)`)
        }
        await ticking

        // 08:00: reminders (and the weekly summary on Mondays), then people write to the bot.
        await tickAll(at(day, '08:00'))
        const person = (id: number) => ({ id, firstName: 'Đầu mối' })
        const chat = (id: number) => ({ kind: 'private' as const, id, firstName: 'Đầu mối' })
        const writers = contacts.filter(() => random() < (killing === 'handling' ? 0.8 : 0.3))
        const posted = writers.map((contact) => {
          const id = ++updateId
          viecPosted.push(id)
          return post(messageUpdate(id, person(contact.id), chat(contact.id), '/viec', { date: at(day, '08:00'), messageId: messageId++ }))
        })
        if (killing === 'handling') {
          // The instance that is handling one of these updates now (its reply to Telegram takes a while).
          let victim = -1
          await until(
            async () => {
              const inHand = await db.prisma.processedUpdate.findMany({ where: { state: 'processing' }, select: { owner: true } })
              victim = live().find((i) => inHand.some((u) => pidOf(u.owner) === bots[i]?.child.pid)) ?? -1
              return victim >= 0
            },
            30_000,
            'an update in hand',
            5,
          )
          await kill(victim, 'handling an update')
        }
        // Every /viec is acknowledged before the dialogue starts: a person's messages reach Telegram in order.
        await Promise.all(posted)
        if (weekday(day) === 3) {
          // A contact asks for an extension (a different one each week: a body has one pending request
          // at most): the first step, the death of the instance that handled it, then the date and
          // the reason back to back to random instances — read in the wrong order, the date would be the reason.
          const contact = contacts.filter((c) => !extensions.some((e) => e.contact === c.id))[Math.floor(random() * 4)]
          const task = contact?.tasks[0]
          if (!contact || task === undefined) {
            throw new Error('no contact left for an extension')
          }
          const date = addDays(day, 60)
          extensions.push({ contact: contact.id, task, date })
          const first = ++updateId
          const handler = await post(
            messageUpdate(first, person(contact.id), chat(contact.id), `/giahan ${task}`, {
              date: at(day, '08:05'),
              messageId: messageId++,
            }),
          )
          await until(
            async () => (await db.prisma.processedUpdate.count({ where: { updateId: first, state: 'done' } })) === 1,
            30_000,
            'the first step to be handled',
          )
          if (killing === 'dialogue') {
            await kill(handler, 'between two dialogue steps')
          }
          const [y, m, d] = date.split('-')
          for (const text of [`${d}/${m}/${y}`, `Chờ số liệu tổng hợp ${task}`]) {
            await post(
              messageUpdate(++updateId, person(contact.id), chat(contact.id), text, { date: at(day, '08:05'), messageId: messageId++ }),
            )
          }
        }
        await Promise.all([0, 1, 2].filter((i) => !bots[i]).map(start))
        // Whatever a killed instance left is finished by the others: its updates once their lease runs
        // out (real time); its "sending" deliveries become unknown once theirs has (the driven clock),
        // which is moved on only when nothing is left for the live senders (a tick answers when its
        // pass, sends in flight included, is over).
        for (let round = 0; ; round++) {
          if (round > 50) {
            throw new Error(`the outbox and the journal do not settle on ${day}`)
          }
          if ((await journalOpen()) > 0) {
            await until(async () => (await journalOpen()) === 0, 30_000, 'every update to be handled')
          } else if ((await deliveriesIn('pending')) > 0) {
            await tickAll(clockNow)
          } else if ((await deliveriesIn('sending')) > 0) {
            await tickAll(new Date(clockNow.getTime() + 3 * 60_000))
          } else {
            break
          }
        }
        worked++
      }

      // Every working day, every committee: one digest run, done (none skipped, none twice); each Monday a summary.
      const runs = await db.prisma.run.findMany()
      const digestDays = new Set(
        runs
          .filter((r) => r.kind === 'daily_digest' && r.state === 'done')
          .map((r) => `${r.committeeId}:${r.localDate.toISOString().slice(0, 10)}`),
      )
      expect(digestDays.size).toBe(COMMITTEES * WORKING_DAYS)
      expect(runs.filter((r) => r.kind === 'daily_digest')).toHaveLength(COMMITTEES * WORKING_DAYS)
      expect(runs.filter((r) => r.kind === 'weekly_summary' && r.state === 'done')).toHaveLength(COMMITTEES * 2)
      expect(runs.filter((r) => r.state !== 'done')).toEqual([])
      expect(runs.some((r) => r.kind === 'reminder')).toBe(true)

      // Every delivery final; unknown only for sends cut short by a kill while sending.
      const deliveries = await db.prisma.delivery.findMany()
      const unknown = deliveries.filter((d) => d.state === 'unknown')
      const sendingKills = kills.filter((k) => k.startsWith('sending')).length
      expect(deliveries.filter((d) => d.state !== 'sent' && d.state !== 'unknown')).toEqual([])
      expect(unknown.length).toBeGreaterThan(0)
      expect(unknown.length).toBeLessThanOrEqual(sendingKills * SENDER_CONCURRENCY)
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
      // Each day's digest is more than a second's worth of Telegram's limit (three processes each
      // pacing alone would send it faster).
      expect(deliveries.filter((d) => d.topic === 'daily_digest').length / WORKING_DAYS).toBeGreaterThan(LIMITS.perSecond)
      // A request is stamped when the fake's event loop gets to it: at most `lag` after it arrived, so
      // requests that arrived more than a second apart may look closer by that much. Counted in
      // windows shortened by it, a peak over the limit is one Telegram would have seen.
      loopDelay.disable()
      const lag = Math.ceil(loopDelay.max / 1e6)
      expect(peak(times, 1000 - lag)).toBeLessThanOrEqual(LIMITS.perSecond)
      for (const group of groupIds) {
        const groupTimes = sends.filter((c) => Number(c.payload.chat_id) === group).map((c) => c.at)
        expect(peak(groupTimes, 60_000 - lag)).toBeLessThanOrEqual(LIMITS.perGroupPerMinute)
      }

      // Updates: each handled once, except those in hand when their instance died (at most its concurrency).
      const journal = await db.prisma.processedUpdate.findMany()
      expect(journal.filter((u) => u.state !== 'done')).toEqual([])
      const again = journal.filter((u) => u.attempts > 1)
      const handlingKills = kills.filter((k) => k.startsWith('handling')).length
      expect(again.length).toBeGreaterThan(0)
      expect(again.length).toBeLessThanOrEqual(handlingKills * UPDATE_CONCURRENCY)
      expect(journal.filter((u) => viecPosted.includes(Number(u.updateId)))).toHaveLength(viecPosted.length)
      // The dialogues' steps ran in order: every extension was requested with its date and reason.
      const requests = await db.prisma.extensionRequest.findMany({ include: { task: true } })
      expect(requests.map((r) => [r.task.number, r.requestedDue.toISOString().slice(0, 10), r.reason]).sort()).toEqual(
        extensions.map((e) => [e.task, e.date, `Chờ số liệu tổng hợp ${e.task}`]).sort(),
      )
      expect(kills).toHaveLength(Object.keys(KILLS).length)

      // /metrics, scraped from every instance: the outbox, job and journal gauges are the database's,
      // the same everywhere.
      const scraped = await Promise.all(ports.map(async (port) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text()))
      const count = (state: string) => deliveries.filter((d) => d.state === state).length
      for (const metrics of scraped) {
        expect(sample(metrics, 'bot_deliveries{platform="telegram",state="sent"}')).toBe(count('sent'))
        expect(sample(metrics, 'bot_deliveries{platform="telegram",state="unknown"}')).toBe(count('unknown'))
        expect(sample(metrics, 'bot_outbox_depth')).toBe(0)
        expect(sample(metrics, 'bot_job_runs{kind="daily_digest",state="done"}')).toBe(COMMITTEES * WORKING_DAYS)
        expect(sample(metrics, 'bot_updates_pending{state="processing"}')).toBe(0)
      }
      say(
        `${WORKING_DAYS} working days, kills: ${kills.join('; ')}; ${deliveries.length} deliveries (${unknown.length} unknown), ` +
          `${journal.length} updates (${again.length} handled again), peak ${peak(times, 1000)} a second ` +
          `(${peak(times, 1000 - lag)} in ${1000 - lag} ms)`,
      )
    } finally {
      for (const bot of bots) {
        bot?.child.kill('SIGKILL')
      }
      await telegram.close()
      await db.destroy()
    }
  }, 600_000)
})
