import { Api } from 'grammy'
import { createBot } from '../../src/bot/index.js'
import { createI18n } from '../../src/bot/i18n.js'
import { telegramDriver } from '../../src/delivery/telegram.js'
import { messageUpdate, type UpdatePerson } from '../../src/transports/updates.js'
import { FakeBotApi } from './fake-bot-api.js'
import { createPlatformSender, type DrainStats } from '../../src/delivery/sender.js'
import { zaloDriver } from '../../src/delivery/zalo.js'
import { createRepositories, type Repositories } from '../../src/db/repositories/index.js'
import { SettableClock } from '../../src/services/clock.js'
import { createServices, type Services } from '../../src/services/index.js'
import { createZaloBot, fetchZaloMe } from '../../src/transports/zalo/bot.js'
import { uploadPage } from '../../src/server/upload-page.js'
import { createMediaStore } from '../../src/transports/zalo/media.js'
import type { ZaloReceiver } from '../../src/transports/zalo/receiver.js'
import { createUpdateJournalRepository } from '../../src/db/repositories/update-journal-repository.js'
import { createUpdateInbox, type InboxObserver, type UpdateInbox } from '../../src/transports/update-inbox.js'
import { FakeZaloServer, type FakeZaloOptions, type ZaloGroup, type ZaloUser, type ZaloWhere } from './fake-zalo-server.js'
import { FAST_LIMITS } from './delivery-setup.js'
import { createTestDatabase, silentLogger, type TestDatabase } from './test-db.js'

/** Where the test's HTTP server would be: the fake fetches published pictures from the media store directly. */
export const TEST_PUBLIC_URL = 'https://doithoai.test'
const API_ROOT = 'http://zalo.test'

export interface ZaloTestBot {
  db: TestDatabase
  fake: FakeZaloServer
  repos: Repositories
  services: Services
  clock: SettableClock
  receiver: ZaloReceiver
  /** The shared update journal's inbox for Zalo, as the service runs it (one instance, no heartbeat). */
  inbox: UpdateInbox
  /** Resolves once every Zalo update handed in so far is handled. */
  settled(): Promise<void>
  bot: Awaited<ReturnType<typeof createZaloBot>>['bot']
  /** Unexpected errors the bot reported; every test asserts this stays empty. */
  errors: unknown[]
  /** Hands every update Zalo holds to the bot, as the poller would, until none is left (echoes included). */
  pump(): Promise<void>
  /** Sends what the bot wrote to the outbox for Zalo through the Zalo sender, then hands Zalo's echoes back. */
  deliver(): Promise<DrainStats>
  /** Opens an upload link as a phone's browser does (GET), or sends one file through its form (POST). */
  openUpload(url: string): Promise<{ status: number; html: string }>
  upload(url: string, file: { name: string; bytes: Uint8Array }): Promise<{ status: number; html: string }>
  /** Translation in a locale, as the jobs get it. */
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string
  /** A person writes in Zalo (in a group: only what mentions the bot arrives); returns what that chat got back. */
  say(user: ZaloUser, where: ZaloWhere, text: string): Promise<string[]>
  /** `say` in a group, mentioning the bot first as Zalo users do. */
  tell(user: ZaloUser, group: Exclude<ZaloWhere, 'private'>, text: string): Promise<string[]>
  /** The number the bot knows a Zalo person or group by (ids.ts). */
  idOf(who: ZaloUser | ZaloGroup, kind?: 'private' | 'group'): Promise<number>
  /** The last invite code the bot showed in a chat. */
  lastCode(chatId: string): string
  /**
   * Another instance of the service on the same database and Zalo bot: its own bot, receiver and
   * inbox (journal owner `owner`), as a second process behind a load balancer runs them.
   */
  instance(owner: string, options?: InstanceSettings): Promise<ZaloInstance>
  close(): Promise<void>
}

export interface InstanceSettings {
  leaseMs?: number
  pickUpAfterMs?: number
  observer?: InboxObserver
}

export interface ZaloInstance {
  receiver: ZaloReceiver
  inbox: UpdateInbox
}

const CODE = /\b[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}\b/

/** The real createBot as the Zalo bot, on a migrated test database and the fake Zalo server. */
export async function createZaloTestBot(options: { now?: Date; fake?: FakeZaloOptions; displayName?: string } = {}): Promise<ZaloTestBot> {
  const db = await createTestDatabase()
  const clock = new SettableClock()
  clock.set(options.now ?? new Date('2026-03-02T01:00:00Z'))
  const repos = createRepositories(db.prisma, () => clock.now())
  const services = createServices({
    repos,
    clock,
    logger: silentLogger,
    settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7, publicUrl: TEST_PUBLIC_URL },
  })
  const media = createMediaStore({ store: repos.zalo, publicUrl: TEST_PUBLIC_URL, now: () => clock.now() })
  const fake = new FakeZaloServer({
    now: () => clock.now(),
    fetchUrl: async (url) => {
      const file = await media.find(new URL(url))
      return file
        ? new Response(Buffer.from(file.bytes), { headers: { 'content-type': file.contentType } })
        : new Response('gone', { status: 404 })
    },
    ...options.fake,
  })
  const me = await fetchZaloMe(API_ROOT, fake.token, fake.fetch)
  const errors: unknown[] = []
  const i18n = createI18n({ defaultLocale: 'vi', services, platform: 'zalo' })
  const journal = createUpdateJournalRepository(db.prisma)
  const inboxes: UpdateInbox[] = []
  /** The Zalo bot as one instance of the service builds it, with its inbox on the shared journal. */
  async function startInstance(owner: string, settings: InstanceSettings = {}) {
    const built = await createZaloBot({
      token: fake.token,
      apiRoot: API_ROOT,
      me,
      ...(options.displayName ? { displayName: options.displayName } : {}),
      services,
      store: repos.zalo,
      media,
      logger: silentLogger,
      i18n,
      defaultLocale: 'vi',
      conversationTimeoutMs: 30 * 60_000,
      onError: (error) => errors.push(error),
      fetch: fake.fetch,
    })
    // The receiver writes to the journal; the inbox hands updates to the bot.
    const inbox = createUpdateInbox({
      journal,
      platform: 'zalo',
      owner,
      handle: (update) => built.receiver.handle(update),
      concurrency: 4,
      leaseMs: settings.leaseMs ?? 60_000,
      logger: silentLogger,
      claimed: new WeakSet(),
      malformed: () => null,
      ...(settings.pickUpAfterMs !== undefined ? { pickUpAfterMs: settings.pickUpAfterMs } : {}),
      ...(settings.observer ? { observer: settings.observer } : {}),
    })
    built.receiver.attach(inbox)
    inboxes.push(inbox)
    return { ...built, inbox }
  }
  const { bot, receiver, inbox } = await startInstance('test-instance')
  const translate = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars)
  // The upload page as our HTTP server serves it; the file reaches the Zalo bot through its receiver.
  const page = uploadPage({
    uploads: services.uploads,
    translate,
    defaultLocale: 'vi',
    timeZone: 'Asia/Ho_Chi_Minh',
    deliver: (received) => receiver.receiveUpload(received),
    logger: silentLogger,
  })

  // The outbox's Zalo sender on the same bot (its client translates), with limits that never make a test wait.
  const sender = createPlatformSender({ services, driver: zaloDriver(bot.api, FAST_LIMITS), clock, logger: silentLogger })

  async function pump(): Promise<void> {
    // An upload handed in by the page is being handled already; its answers (and their echoes) come first.
    await inbox.idle()
    for (let next = fake.queue.shift(); next !== undefined; next = fake.queue.shift()) {
      await receiver.receive(next)
      await inbox.idle()
    }
  }

  async function say(user: ZaloUser, where: ZaloWhere, text: string): Promise<string[]> {
    const chatId = where === 'private' ? user.id : where.id
    const before = fake.messages(chatId).length
    fake.say(user, where, text)
    await pump()
    return fake
      .messages(chatId)
      .slice(before)
      .map((m) => m.text)
  }

  return {
    db,
    fake,
    repos,
    services,
    clock,
    receiver,
    inbox,
    settled: () => inbox.idle(),
    bot,
    errors,
    pump,
    async deliver() {
      const stats = await sender.drain()
      await pump()
      return stats
    },
    say,
    translate,
    async openUpload(url) {
      const answer = await page({ method: 'GET', url: new URL(url), headers: {}, body: Buffer.alloc(0) })
      return { status: answer.status, html: String(answer.body ?? '') }
    },
    async upload(url, file) {
      const boundary = '----zalo-test-boundary'
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n',
        ),
        Buffer.from(file.bytes),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ])
      const answer = await page({
        method: 'POST',
        url: new URL(url),
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
      })
      await pump()
      return { status: answer.status, html: String(answer.body ?? '') }
    },
    tell: (user, group, text) => say(user, group, fake.mention(text)),
    idOf: (who, kind = 'private') => repos.zalo.numberOf(who.id, kind),
    lastCode(chatId) {
      for (const text of [...fake.texts(chatId)].reverse()) {
        const match = CODE.exec(text)
        if (match) {
          return match[0]
        }
      }
      throw new Error('no code shown yet')
    },
    instance: (owner, settings) => startInstance(owner, settings),
    async close() {
      for (const each of inboxes) {
        await each.drain()
      }
      await db.destroy()
    },
  }
}

/**
 * The Telegram bot on the same services and database as a Zalo test bot: one person on both
 * platforms. `say` speaks in a private chat; `deliver` sends the outbox's Telegram messages.
 */
export function addTelegram(t: ZaloTestBot) {
  const api = new FakeBotApi(undefined, () => t.clock.now())
  const bot = createBot(
    {
      token: '123456:test-token-for-the-fake-api-only',
      services: t.services,
      platform: 'telegram',
      logger: silentLogger,
      i18n: createI18n({ defaultLocale: 'vi', services: t.services, platform: 'telegram' }),
      conversationTimeoutMs: 30 * 60_000,
      onError: (error) => t.errors.push(error),
    },
    { botInfo: api.botInfo, client: { fetch: api.fetch as never } },
  )
  const sender = createPlatformSender({
    services: t.services,
    driver: telegramDriver(new Api('123456:test-token-for-the-fake-api-only', { fetch: api.fetch as never }), { limits: FAST_LIMITS }),
    clock: t.clock,
    logger: silentLogger,
  })
  let updateId = 1
  return {
    api,
    bot,
    async say(person: UpdatePerson, text: string): Promise<string[]> {
      api.upsertChat({ id: person.id, type: 'private', firstName: person.firstName })
      const before = api.texts(person.id).length
      await bot.handleUpdate(
        messageUpdate(updateId, person, { kind: 'private', id: person.id, firstName: person.firstName }, text, {
          date: t.clock.now(),
          messageId: updateId++,
        }),
      )
      return api.texts(person.id).slice(before)
    },
    deliver: () => sender.drain(),
  }
}
