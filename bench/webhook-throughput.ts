import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { migrateDatabase, openDatabase, type DatabaseOptions } from '../src/db/client.js'
import { createLogger } from '../src/logger.js'
import { messageUpdate } from '../src/transports/updates.js'
import { startBot, type BotProcess } from '../tests/helpers/processes.js'

/**
 * Webhook throughput and latency: N bot processes (1 or 3) in webhook mode on one PostgreSQL, a
 * Bot API on loopback that answers at once, and a bounded load script on loopback: `users`
 * officials, each sending a command, waiting for the answer, sending the next. Measured per
 * update from the POST: the webhook's 200 (ack) and the bot's answer arriving at the Bot API
 * (handling, queueing included) — for `/viec` (a body's task list) and for a dialogue step
 * (the date in `/giahan`, replayed by the conversations plugin).
 *
 *   npx tsx bench/webhook-throughput.ts --database postgres://…/postgres [--instances 3] [--users 32]
 *     [--updates 2000] [--bodies 100] [--tasks 5000]
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback
}
const adminUrl = option('database', '')
const instances = Number(option('instances', '1'))
const users = Number(option('users', '32'))
const updates = Number(option('updates', '2000'))
const bodies = Number(option('bodies', '100'))
const tasks = Number(option('tasks', '5000'))
if (!adminUrl) {
  throw new Error('--database postgres://… is required (the bench runs on PostgreSQL)')
}
const SECRET = 'bench-secret-0123456789abcdef'
/**
 * A Sunday morning: no digest, reminder or summary is due, so the instances' schedulers do not build
 * a 100k-task committee's digest during the run (that is the fan-out bench's and the scale bench's
 * subject): what is measured is the handling of updates.
 */
const NOW = '2026-03-08T03:00:00Z'
const TOKEN = '123456789:AAFakeTokenForTheLoopbackServerOnly'

// A Bot API that answers every method at once and tells who waits when an answer reaches a chat.
const waiters = new Map<number, (at: number) => void>()
let messageId = 1
async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  return text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {}
}
const api = createServer((req, res) => {
  void (async () => {
    const method = (req.url ?? '').split('/').pop() ?? ''
    const payload = await body(req)
    const reply = (result: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ ok: true, result }))
    }
    if (method === 'getMe') {
      reply({ id: 1, is_bot: true, first_name: 'Đối thoại', username: 'doithoai_bot', can_join_groups: true })
      return
    }
    if (method === 'sendMessage' || method === 'editMessageText') {
      const chat = Number(payload.chat_id)
      waiters.get(chat)?.(performance.now())
      reply({
        message_id: messageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chat, type: 'private', first_name: 'x' },
        text: payload.text,
      })
      return
    }
    reply(true)
  })()
})
await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve))
const apiRoot = `http://127.0.0.1:${(api.address() as AddressInfo).port}`

// The database: one committee, `bodies` bodies with one contact each, `tasks` reports spread over them.
const logger = createLogger({ level: 'silent' })
const name = `bench_${randomBytes(4).toString('hex')}`
const admin = new pg.Client({ connectionString: adminUrl })
await admin.connect()
await admin.query(`CREATE DATABASE ${name}`)
await admin.end()
const url = new URL(adminUrl)
url.pathname = `/${name}`
const options: DatabaseOptions = { kind: 'postgres', url: url.toString(), connectTimeoutMs: 5000, poolMax: 5, logger }
const database = await openDatabase(options)
await migrateDatabase(database, options)
const { prisma } = database
const owner = await prisma.person.create({ data: { displayName: 'Chủ' } })
const committee = await prisma.committee.create({
  data: { name: 'Ban Thường vụ Tỉnh ủy', level: 'province', timeZone: 'Asia/Ho_Chi_Minh' },
})
await prisma.membership.create({ data: { committeeId: committee.id, personId: owner.id, number: 1, role: 'owner' } })
const contactIds: number[] = []
for (let b = 1; b <= bodies; b++) {
  const id = 6_000_000 + b
  const body = await prisma.body.create({
    data: { committeeId: committee.id, number: b, name: `Cơ quan số ${b}`, normalizedName: `co quan so ${b}` },
  })
  const person = await prisma.person.create({
    data: {
      displayName: `Đầu mối ${b}`,
      activeCommitteeId: committee.id,
      accounts: { create: { platform: 'telegram', externalId: String(id), privateChatId: String(id) } },
    },
  })
  await prisma.membership.create({ data: { committeeId: committee.id, personId: person.id, number: b + 1, role: 'member' } })
  await prisma.bodyContact.create({ data: { bodyId: body.id, personId: person.id } })
  contactIds.push(id)
}
const bodyRows = await prisma.body.findMany({ where: { committeeId: committee.id }, orderBy: { number: 'asc' } })
for (let start = 0; start < tasks; start += 1000) {
  const count = Math.min(1000, tasks - start)
  await prisma.task.createMany({
    data: Array.from({ length: count }, (_, i) => {
      const n = start + i + 1
      const due = new Date(Date.UTC(2026, 0, 1 + (n % 300)))
      return {
        committeeId: committee.id,
        number: n,
        title: `Báo cáo số ${n}`,
        kind: 'report' as const,
        dueDate: due,
        ruleDueDate: due,
        createdByPersonId: owner.id,
      }
    }),
  })
}
const taskRows = await prisma.task.findMany({
  where: { committeeId: committee.id },
  select: { id: true, number: true },
  orderBy: { number: 'asc' },
})
await prisma.taskBody.createMany({
  data: taskRows.map((t, i) => ({ taskId: t.id, bodyId: bodyRows[i % bodyRows.length]?.id ?? 0, role: 'lead' as const })),
})
/** A task each contact's body leads (for /giahan). */
const taskOf = (user: number) => taskRows[user % bodyRows.length]?.number ?? 1

const bots: BotProcess[] = []
const ports: number[] = []
for (let i = 0; i < instances; i++) {
  const bot = startBot(
    {
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_URL: options.url,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bench.example/hook',
      WEBHOOK_SECRET: SECRET,
      PORT: '0',
      LOG_LEVEL: 'info',
      DB_POOL_MAX: '8',
    },
    [`--test-clock=${NOW}`],
  )
  bots.push(bot)
}
for (const bot of bots) {
  for (let waited = 0; !bot.stderr().includes('webhook set'); waited += 100) {
    if (waited > 120_000) {
      throw new Error(`instance did not start:\n${bot.stderr()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const line = bot
    .stderr()
    .split('\n')
    .find((l) => l.includes('HTTP server listening'))
  ports.push(Number((JSON.parse(line ?? '{}') as { port?: number }).port))
}

let updateId = 1
let nextPort = 0
let retries = 0
let resets = 0
/** Updates whose answer never reached the Bot API (within ANSWER_TIMEOUT_MS): reported, not waited for forever. */
let unanswered = 0
const ANSWER_TIMEOUT_MS = 60_000
/** Posts `text` as the user; resolves with the ack time and the time until the answer reached the chat. */
async function send(user: number, text: string): Promise<{ ack: number; answer: number }> {
  const id = contactIds[user % contactIds.length] ?? 0
  const person = { id, firstName: 'Đầu mối' }
  const update = messageUpdate(updateId++, person, { kind: 'private', id, firstName: 'Đầu mối' }, text, {
    date: new Date(NOW),
    messageId: updateId,
  })
  let timer: NodeJS.Timeout | undefined
  const answered = new Promise<number>((resolve) => {
    waiters.set(id, resolve)
    timer = setTimeout(() => {
      unanswered++
      process.stderr.write(`unanswered: ${text} from ${id} (update ${update.update_id})\n`)
      resolve(Number.NaN)
    }, ANSWER_TIMEOUT_MS)
  })
  const started = performance.now()
  // Telegram delivers again after a failure (a 503 when the journal could not be written, or a
  // connection reset: a keep-alive connection the server closed just as it was reused).
  for (let attempt = 1; ; attempt++) {
    const port = ports[nextPort++ % ports.length]
    let response: Response
    try {
      response = await fetch(`http://127.0.0.1:${port}/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
      })
      await response.arrayBuffer()
    } catch (error) {
      resets++
      if (attempt >= 20) {
        throw error
      }
      continue
    }
    if (response.status === 200) {
      break
    }
    retries++
    if (attempt >= 20) {
      throw new Error(
        `webhook answered ${response.status}:\n${bots
          .map((b) =>
            b
              .stderr()
              .split('\n')
              .filter((l) => /"level":[45]0/.test(l))
              .slice(-3)
              .join('\n'),
          )
          .join('\n')}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const ack = performance.now() - started
  const at = await answered
  clearTimeout(timer)
  waiters.delete(id)
  if (at - started > 5000) {
    process.stderr.write(`slow: ${text} from ${id} took ${(at - started).toFixed(0)} ms (update ${update.update_id})\n`)
  }
  return { ack, answer: at - started }
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}

async function phase(label: string, perUser: (user: number) => Promise<{ ack: number; answer: number }[]>, total: number) {
  const acks: number[] = []
  const answers: number[] = []
  let done = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      while (done < total) {
        done++
        for (const sample of await perUser(user)) {
          acks.push(sample.ack)
          if (!Number.isNaN(sample.answer)) {
            answers.push(sample.answer)
          }
        }
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return {
    label,
    updates: acks.length,
    perSecond: acks.length / seconds,
    ackP50: quantile(acks, 0.5),
    ackP99: quantile(acks, 0.99),
    p50: quantile(answers, 0.5),
    p99: quantile(answers, 0.99),
  }
}

// Warm-up: every process compiles its queries and templates once.
await Promise.all(Array.from({ length: Math.min(users, 8) }, (_, user) => send(user, '/viec')))
const viec = await phase("/viec (a body's task list)", async (user) => [await send(user, '/viec')], updates)
const dialogue = await phase(
  'dialogue step (/giahan: the date)',
  async (user) => {
    await send(user, `/giahan ${taskOf(user)}`)
    const step = await send(user, '30/12/2026')
    await send(user, '/huy')
    return [step]
  },
  Math.floor(updates / 3),
)

console.log(
  `webhook: ${instances} instance(s) on PostgreSQL, ${users} concurrent users, ${bodies} bodies, ${tasks} tasks, ` +
    `${retries} posts retried after 503, ${resets} after a connection reset, ${unanswered} unanswered`,
)
console.log('| load | updates | updates/s | ack p50 | ack p99 | answer p50 | answer p99 |')
console.log('|---|---|---|---|---|---|---|')
for (const row of [viec, dialogue]) {
  console.log(
    `| ${row.label} | ${row.updates} | ${row.perSecond.toFixed(0)} | ${row.ackP50.toFixed(1)} ms | ${row.ackP99.toFixed(1)} ms ` +
      `| ${row.p50.toFixed(0)} ms | ${row.p99.toFixed(0)} ms |`,
  )
}
// The handlers' own time, as the instances measured it (histogram in /metrics): queueing excluded.
for (const port of ports) {
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
  const line = (name: string) => metrics.split('\n').find((l) => l.startsWith(name)) ?? `${name} ?`
  console.log(
    `  instance :${port} ${line('bot_update_handler_seconds_sum{type="message"}')} ` +
      `${line('bot_update_handler_seconds_count{type="message"}')} ${line('bot_update_handler_seconds_bucket{le="1",type="message"}')}`,
  )
}
// Warnings and errors the instances logged, by message.
const logged = new Map<string, { n: number; first: string }>()
for (const bot of bots) {
  for (const line of bot.stderr().split('\n')) {
    if (/"level":[456]0/.test(line)) {
      const message = /"msg":"([^"]*)"/.exec(line)?.[1] ?? line.slice(0, 80)
      const seen = logged.get(message)
      logged.set(message, { n: (seen?.n ?? 0) + 1, first: seen?.first ?? line })
    }
  }
}
for (const [message, { n, first }] of logged) {
  console.log(`  logged ${n} × ${message}${args.includes('--errors') ? `\n    ${first.slice(0, 1500)}` : ''}`)
}
for (const bot of bots) {
  bot.child.kill('SIGTERM')
  await bot.exited
}
await database.close()
api.close()
const dropper = new pg.Client({ connectionString: adminUrl })
await dropper.connect()
await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
await dropper.end()
process.exit(0)
