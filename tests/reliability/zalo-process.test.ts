import { createServer } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { migrateDatabase, openDatabase, type Database, type DatabaseOptions } from '../../src/db/client.js'
import { createRepositories } from '../../src/db/repositories/index.js'
import { SettableClock } from '../../src/services/clock.js'
import { createServices } from '../../src/services/index.js'
import { messageUpdate } from '../../src/transports/updates.js'
import { assignDue } from '../helpers/delivery-setup.js'
import { startFakeTelegram } from '../helpers/fake-telegram-server.js'
import { FakeZaloServer, type ZaloUser, type ZaloWhere } from '../helpers/fake-zalo-server.js'
import { type BotProcess, migratedDataDir, startBot } from '../helpers/processes.js'
import { createTestDatabase, silentLogger, testDatabaseKind } from '../helpers/test-db.js'
import { until as waitUntil } from '../helpers/until.js'

const SECRET = 'zalo-webhook-secret-for-the-process-test'
const TELEGRAM_TOKEN = '123456789:AAFakeTokenForTheLoopbackServerOnly'
/** Monday 2 March 2026, 09:00 in Hà Nội. */
const START = '2026-03-02T02:00:00Z'
const PNG = [0x89, 0x50, 0x4e, 0x47]

const until = (check: () => boolean | Promise<boolean>, ms = 90_000, what = 'a condition') => waitUntil(check, ms, what)

/** A port nobody listens on now: PUBLIC_URL must name the port before the process starts. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** A person writes in Zalo; resolves with what the bot then says in that chat, once a message matches `expected`. */
async function say(fake: FakeZaloServer, user: ZaloUser, where: ZaloWhere, text: string, expected: RegExp): Promise<string> {
  const chatId = where === 'private' ? user.id : where.id
  const before = fake.messages(chatId).length
  fake.say(user, where, text)
  await until(
    () =>
      fake
        .texts(chatId)
        .slice(before)
        .some((shown) => expected.test(shown)),
    60_000,
    `${String(expected)} after “${text}”`,
  )
  return fake.texts(chatId).slice(before).join('\n')
}

/**
 * Waits until the outbox pass that sent the chat's latest message has ended (its "outbox drained" line,
 * logged after the pass): only then has the bot recorded that message's choices, which a number typed
 * next presses. A person reads before answering; the test would answer within the same millisecond.
 */
async function recorded(fake: FakeZaloServer, bot: BotProcess, chatId: string): Promise<void> {
  const at = fake.messages(chatId).at(-1)?.at ?? Infinity
  const passEnded = () =>
    bot
      .stderr()
      .split('\n')
      .some((line) => line.includes('"outbox drained"') && Date.parse((JSON.parse(line) as { time: string }).time) >= at)
  await until(passEnded, 60_000, 'the outbox pass that sent it to end')
}

/**
 * The world a secretariat builds through the bot (tests/bot/zalo-flow.test.ts builds it by chat), written
 * before the process starts: a committee of Zalo users, a body with its contact, a leader, and a report
 * assigned to the body — its notice waits in the outbox for the process to send.
 */
async function seed(database: Database, fake: FakeZaloServer, publicUrl: string) {
  const clock = new SettableClock()
  clock.set(new Date(START))
  const repos = createRepositories(database.prisma, () => clock.now())
  const services = createServices({
    repos,
    clock,
    logger: silentLogger,
    settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7, publicUrl },
  })
  const people = { an: fake.user('Nguyễn Văn An'), binh: fake.user('Trần Thị Bình'), cuong: fake.user('Lê Văn Cường') }
  const actorOf = async (user: ZaloUser) => {
    const number = String(await repos.zalo.numberOf(user.id, 'private'))
    const person = await services.people.identify({
      platform: 'zalo',
      externalId: number,
      displayName: user.name,
      username: null,
      privateChatId: number,
    })
    return { personId: person.id, platform: 'zalo' as const, chatExternalId: number, updateId: null }
  }
  const owner = await actorOf(people.an)
  const committee = await services.committees.create(owner, {
    name: 'Ban Thường vụ Huyện ủy Ba Tơ',
    level: 'district',
    timeZone: 'Asia/Ho_Chi_Minh',
  })
  const body = await services.bodies.add(owner, committee.id, { name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT' })
  await services.invites.join(
    await actorOf(people.binh),
    (await services.invites.create(owner, committee.id, 'body_contact', body.id)).code,
  )
  await services.invites.join(await actorOf(people.cuong), (await services.invites.create(owner, committee.id, 'leader', null)).code)
  await assignDue(services, owner, committee.id, body.id, 'Báo cáo kết quả đối thoại', '2026-03-12')
  return { ...people, repos }
}

describe('the bot on Zalo alone, as `npm start` runs it', () => {
  let fake: FakeZaloServer | null = null
  const processes: BotProcess[] = []
  const closing: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const p of processes.splice(0)) {
      p.child.kill('SIGKILL')
    }
    await fake?.close()
    for (const close of closing.splice(0)) {
      await close()
    }
  }, 60_000)

  it('answers by long polling, loses nothing when killed mid-answer, and stops without taking a message', async () => {
    fake = new FakeZaloServer({ idleMs: 500 })
    const env = { ZALO_BOT_TOKEN: fake.token, ZALO_API_ROOT: await fake.listen(), DATA_DIR: migratedDataDir('bot-zalo-') }
    const an = fake.user('Nguyễn Văn An')

    // Zalo hands the message out once; the bot dies while answering it.
    fake.hold('sendMessage')
    const first = startBot(env)
    processes.push(first)
    fake.say(an, 'private', '/start')
    await until(() => fake!.count('sendMessage') === 1)
    first.child.kill('SIGKILL')
    await first.exited
    expect(fake.queue).toEqual([])
    expect(fake.texts(an.id)).toEqual([])

    // It was written to the journal before being handled: the next start answers it.
    fake.release('sendMessage')
    const second = startBot(env)
    processes.push(second)
    await until(() => fake!.texts(an.id).length === 1)
    expect(fake.texts(an.id)[0]).toContain('/khoitao')
    await until(() => second.stderr().includes('will be handled again'))
    await until(() => fake!.queue.length === 0)

    // A clean stop makes no extra getUpdates: a message sent meanwhile waits at Zalo for the next start.
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
    const polls = fake.count('getUpdates')
    fake.say(an, 'private', '/help')
    expect(fake.queue).toHaveLength(1)
    expect(fake.count('getUpdates')).toBe(polls)

    const third = startBot(env)
    processes.push(third)
    await until(() => fake!.texts(an.id).length === 2)
    expect(fake.texts(an.id)[1]).toContain('/help')
    expect(third.stderr()).not.toMatch(/Fatal/)
  }, 300_000)

  it('in webhook mode: refuses a wrong secret, takes a report’s file by the upload page, and Zalo fetches the weekly chart', async () => {
    fake = new FakeZaloServer({ idleMs: 500 })
    const apiRoot = await fake.listen()
    const port = await freePort()
    const publicUrl = `http://127.0.0.1:${port}`
    const dataDir = migratedDataDir('bot-zalo-webhook-')
    const options: DatabaseOptions = { kind: 'pglite', dataDir, logger: silentLogger }
    const seeding = await openDatabase(options)
    await migrateDatabase(seeding, options)
    const { an, binh, cuong } = await seed(seeding, fake, publicUrl)
    await seeding.close()

    const bot = startBot(
      {
        ZALO_BOT_TOKEN: fake.token,
        ZALO_API_ROOT: apiRoot,
        ZALO_MODE: 'webhook',
        ZALO_WEBHOOK_SECRET: SECRET,
        PUBLIC_URL: publicUrl,
        PORT: String(port),
        DATA_DIR: dataDir,
      },
      [`--test-clock=${START}`],
    )
    processes.push(bot)
    await until(() => bot.stderr().includes('Zalo webhook set'), 90_000, 'the webhook')
    expect(fake.webhook).toEqual({ url: `${publicUrl}/zalo/webhook`, secret: SECRET })

    // Only Zalo, with the secret, may post updates.
    const intruder = fake.user('Kẻ lạ')
    const forged = JSON.stringify({
      event_name: 'message.text.received',
      message: {
        message_id: 'forged-1',
        date: Date.now(),
        chat: { id: intruder.id, chat_type: 'PRIVATE' },
        from: { id: intruder.id },
        text: '/start',
      },
    })
    const wrongSecrets: Record<string, string>[] = [{ 'x-bot-api-secret-token': 'not-the-secret' }, {}]
    for (const headers of wrongSecrets) {
      const refused = await fetch(`${publicUrl}/zalo/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: forged,
      })
      expect(refused.status).toBe(401)
    }

    // The assignment's notice, queued before the start, reaches the contact with its choice numbered.
    await until(() => fake!.texts(binh.id).some((text) => text.includes('Báo cáo kết quả đối thoại')), 60_000, 'the notice')
    expect(fake.texts(binh.id).at(-1)).toContain('[1] 📤 Xác nhận đã gửi')
    await recorded(fake, bot, binh.id)

    // /nop by its number; the file through the one-time upload page, as a phone's browser sends it.
    await say(fake, binh, 'private', '1', /Số, ký hiệu văn bản/)
    await say(fake, binh, 'private', '125/BC-SGDĐT', /Ngày của văn bản/)
    const fileStep = await say(fake, binh, 'private', '1', /\/upload\?t=/)
    const link = new RegExp(`${publicUrl}/upload\\?t=[A-Za-z0-9_-]+`).exec(fileStep)?.[0] ?? ''
    expect(link).not.toBe('')
    const form = await fetch(link)
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('type="file"')
    const pdf = new TextEncoder().encode('%PDF-1.4 báo cáo kết quả đối thoại')
    const body = new FormData()
    body.append('file', new Blob([pdf], { type: 'application/pdf' }), 'bao-cao-125.pdf')
    const uploaded = await fetch(link, { method: 'POST', body })
    expect(uploaded.status).toBe(200)
    expect(await uploaded.text()).toContain('Đã nhận tệp “bao-cao-125.pdf”')
    expect((await fetch(link, { method: 'POST', body })).status).toBe(410)
    // The upload completed the step in the chat: the note is asked next; 1 skips it.
    await until(() => fake!.texts(binh.id).at(-1)?.includes('Ghi chú thêm? Chọn “Bỏ qua” nếu không có.') === true, 60_000, 'the note')
    await say(fake, binh, 'private', '1', /Đã ghi nhận/)

    // The secretariat accepts by typing the choice's number.
    await until(
      () => fake!.texts(an.id).some((text) => text.includes('125/BC-SGDĐT') && text.includes('[1] ✅ Chấp nhận')),
      60_000,
      'review',
    )
    await recorded(fake, bot, an.id)
    await say(fake, an, 'private', '1', /Đã chấp nhận báo cáo/)

    // A week later the leader's summary comes with its chart, which Zalo fetched from our server.
    const tick = await fetch(`${publicUrl}/test/clock`, { method: 'POST', body: JSON.stringify({ at: '2026-03-09T01:01:00Z' }) })
    expect(tick.status).toBe(200)
    await until(() => fake!.messages(cuong.id).some((message) => message.kind === 'photo'), 60_000, 'the chart')
    const chart = fake.messages(cuong.id).find((message) => message.kind === 'photo')
    expect(chart?.photo).toMatch(new RegExp(`^${publicUrl}/zalo/media\\?t=[A-Za-z0-9_-]+&f=tong-ket\\.png$`))
    expect([...(chart?.photoBytes ?? []).slice(0, 4)]).toEqual(PNG)
    expect((await fetch(`${publicUrl}/zalo/media?t=not-a-token-of-ours&f=x.png`)).status).toBe(404)

    // Stopped cleanly, the database holds the report with the uploaded file.
    bot.child.kill('SIGTERM')
    expect(await bot.exited).toBe(0)
    const after = await openDatabase(options)
    closing.push(() => after.close())
    const submission = await after.prisma.submission.findFirst()
    expect(submission).toMatchObject({ documentNumber: '125/BC-SGDĐT', fileName: 'bao-cao-125.pdf', review: 'accepted' })
    const upload = await after.prisma.upload.findUnique({ where: { id: Number(submission?.fileId?.replace(/^upload:/, '')) } })
    expect(upload?.bytes).toEqual(pdf)
    expect(bot.stderr()).not.toMatch(/"level":(50|60)/)
  }, 300_000)
})

describe('Telegram and Zalo in one process', () => {
  it('answers on both, each by long polling', async () => {
    const telegram = await startFakeTelegram()
    const zalo = new FakeZaloServer({ idleMs: 500 })
    const bot = startBot({
      BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: await zalo.listen(),
      DATA_DIR: migratedDataDir('bot-both-'),
    })
    try {
      await until(() => bot.stderr().includes('polling Zalo') && bot.stderr().includes('polling Telegram'), 90_000, 'both transports')
      const an = { id: 777201, firstName: 'An' }
      telegram.api.upsertChat({ id: an.id, type: 'private', firstName: 'An' })
      telegram.push(messageUpdate(7001, an, { kind: 'private', id: an.id, firstName: 'An' }, '/start', { date: new Date(), messageId: 1 }))
      const binh = zalo.user('Trần Thị Bình')
      zalo.say(binh, 'private', '/start')
      await until(() => telegram.api.sentMessages(an.id).length === 1 && zalo.texts(binh.id).length === 1, 60_000, 'both answers')
      expect(telegram.api.sentMessages(an.id)[0]?.text).toContain('Xin chào An!')
      expect(zalo.texts(binh.id)[0]).toContain('Xin chào Trần Thị Bình!')
      bot.child.kill('SIGTERM')
      expect(await bot.exited).toBe(0)
      expect(bot.stderr()).not.toMatch(/"level":(50|60)/)
    } finally {
      bot.child.kill('SIGKILL')
      await zalo.close()
      await telegram.close()
    }
  }, 180_000)
})

describe.skipIf(testDatabaseKind !== 'postgres')('Zalo in webhook mode, two processes on one PostgreSQL', () => {
  it('handles each message once and each chat in order, whichever process Zalo’s push reaches', async () => {
    const db = await createTestDatabase({ migrate: false })
    const fake = new FakeZaloServer({ idleMs: 500, echo: 'none' })
    const bots: BotProcess[] = []
    try {
      if (db.options.kind !== 'postgres') {
        throw new Error('needs PostgreSQL')
      }
      await migrateDatabase(db, db.options)
      const apiRoot = await fake.listen()
      const ports = [await freePort(), await freePort()]
      for (const port of ports) {
        const bot = startBot({
          ZALO_BOT_TOKEN: fake.token,
          ZALO_API_ROOT: apiRoot,
          ZALO_MODE: 'webhook',
          ZALO_WEBHOOK_SECRET: SECRET,
          // Behind one public address; Zalo is told it by each, and the test plays the load balancer.
          PUBLIC_URL: `http://127.0.0.1:${port}`,
          PORT: String(port),
          DATABASE_URL: db.options.url,
          UPDATE_LEASE_SECONDS: '3',
        })
        bots.push(bot)
        await until(() => bot.stderr().includes('Zalo webhook set'), 90_000, 'an instance')
      }
      fake.webhook = null // the test delivers the pushes itself, alternating between the two
      const push = (port: number, update: unknown) =>
        fetch(`http://127.0.0.1:${port}/zalo/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': SECRET },
          body: JSON.stringify(update),
        }).then((response) => response.status)
      const people = [
        { user: fake.user('Nguyễn Văn An'), name: 'Ban Thường vụ Huyện ủy Ba Tơ', level: '2' },
        { user: fake.user('Trần Thị Bình'), name: 'Đảng ủy xã Ba Động', level: '3' },
        { user: fake.user('Lê Văn Cường'), name: 'Ban Dân vận Tỉnh ủy', level: '4' },
      ]
      let n = 0
      for (let step = 0; step < 5; step++) {
        for (const person of people) {
          const { update } = fake.say(person.user, 'private', ['/khoitao', person.name, person.level, '1', '1'][step] ?? '')
          expect(await push(ports[n++ % 2]!, update)).toBe(200)
          if (n % 4 === 0) {
            expect(await push(ports[n % 2]!, update)).toBe(200) // Zalo retried the push, to the other process
          }
        }
      }
      fake.queue.length = 0
      await until(() => people.every((person) => fake.texts(person.user.id).length === 5), 60_000, 'every dialogue to end')
      const levels = ['province', 'district', 'commune', 'agency']
      const byName = (x: string[], y: string[]) => String(x[0]).localeCompare(String(y[0]))
      const committees = await db.prisma.committee.findMany()
      expect(committees.map((c) => [c.name, c.level]).sort(byName)).toEqual(
        people.map((p) => [p.name, levels[Number(p.level) - 1] ?? '']).sort(byName),
      )
      await until(
        async () => (await db.prisma.processedUpdate.count({ where: { platform: 'zalo', state: 'done' } })) === 15,
        30_000,
        'the journal',
      )
      expect(await db.prisma.processedUpdate.count({ where: { platform: 'zalo' } })).toBe(15)
      // Both processes handled part of them (their metrics), together each message once.
      const handled = await Promise.all(
        ports.map(async (port) => {
          const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
          return Number(/^bot_updates_handled_total\{type="message",outcome="ok"\} (\d+)$/m.exec(metrics)?.[1] ?? 0)
        }),
      )
      expect(handled.every((count) => count > 0)).toBe(true)
      expect(handled[0]! + handled[1]!).toBe(15)
      for (const bot of bots) {
        bot.child.kill('SIGTERM')
        expect(await bot.exited).toBe(0)
        expect(bot.stderr()).not.toMatch(/"level":(50|60)/)
      }
    } finally {
      for (const bot of bots) {
        bot.child.kill('SIGKILL')
      }
      await fake.close()
      await db.destroy()
    }
  }, 300_000)
})
