import type { Update } from 'grammy/types'
import { createBot } from '../../src/bot/index.js'
import { createI18n } from '../../src/bot/i18n.js'
import { createRepositories } from '../../src/db/repositories/index.js'
import { SettableClock } from '../../src/services/clock.js'
import { createServices, type Services } from '../../src/services/index.js'
import { numberChoices } from '../../src/transports/keyboard-text.js'
import type { OutgoingMessage } from '../../src/transports/local-bot-api.js'
import {
  callbackUpdate,
  messageUpdate,
  migrationUpdates,
  myChatMemberUpdate,
  type UpdateChat,
  type UpdatePerson,
} from '../../src/transports/updates.js'
import { Api } from 'grammy'
import { createPlatformSender, type DrainStats } from '../../src/delivery/sender.js'
import { telegramDriver } from '../../src/delivery/telegram.js'
import { FAST_LIMITS } from './delivery-setup.js'
import { FakeBotApi } from './fake-bot-api.js'
import { createTestDatabase, silentLogger, type TestDatabase } from './test-db.js'

export interface TestGroup {
  id: number
  title: string
  type: 'group' | 'supergroup'
}

export type Where = 'private' | TestGroup

export interface TestBot {
  db: TestDatabase
  api: FakeBotApi
  services: Services
  clock: SettableClock
  /** Unexpected errors the bot reported; every test asserts this stays empty. */
  errors: unknown[]
  bot: ReturnType<typeof createBot>
  // replaced by tests that simulate a restart
  person(name: string): UpdatePerson
  group(title: string, admins: UpdatePerson[]): TestGroup
  /** Sends a text as `person` in `where`; returns the texts the bot sent back into that chat. */
  say(person: UpdatePerson, where: Where, text: string, options?: { anonymousAdmin?: boolean }): Promise<string[]>
  /** Sends a document (as Telegram describes an upload) as `person` in `where`. */
  sendFile(
    person: UpdatePerson,
    where: Where,
    file: { fileName: string; mimeType: string; size: number; bytes?: Uint8Array },
  ): Promise<string[]>
  /** Presses button `n` (1-based, reading order) of the last keyboard in that chat. */
  press(person: UpdatePerson, where: Where, n: number): Promise<string[]>
  /** Presses the button carrying `data` on the last keyboard in that chat (or crafted data). */
  pressData(person: UpdatePerson, where: Where, data: string): Promise<string[]>
  /** The button labels of the last keyboard in that chat. */
  buttons(where: Where, person?: UpdatePerson): string[]
  feed(update: Update): Promise<void>
  /**
   * Sends what the bot wrote to the outbox (announcements to other chats, runs), as the sender of a
   * running bot would shortly after: what the handler committed reaches the other chats only then.
   */
  deliver(): Promise<DrainStats>
  nextUpdateId(): number
  kickBot(by: UpdatePerson, group: TestGroup): Promise<void>
  migrate(by: UpdatePerson, group: TestGroup): Promise<TestGroup>
  /** The last invite code the bot showed anywhere. */
  lastCode(): string
  close(): Promise<void>
}

const CODE = /\b[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}\b/

/** The real createBot on a migrated test database and the fake Bot API. */
export async function createTestBot(
  options: { now?: Date; locale?: string; publicUrl?: string; exportPageSize?: number } = {},
): Promise<TestBot> {
  const db = await createTestDatabase()
  const clock = new SettableClock()
  clock.set(options.now ?? new Date('2026-03-02T01:00:00Z'))
  const services = createServices({
    repos: createRepositories(db.prisma, () => clock.now()),
    clock,
    logger: silentLogger,
    settings: {
      defaultLocale: options.locale ?? 'vi',
      defaultTimeZone: 'Asia/Ho_Chi_Minh',
      inviteTtlDays: 7,
      publicUrl: options.publicUrl ?? null,
      ...(options.exportPageSize ? { exportPageSize: options.exportPageSize } : {}),
    },
  })
  const api = new FakeBotApi(undefined, () => clock.now())
  const errors: unknown[] = []
  const i18n = createI18n({ defaultLocale: options.locale ?? 'vi', services, platform: 'telegram' })
  const bot = createBot(
    {
      token: '123456:test-token-for-the-fake-api-only',
      services,
      platform: 'telegram',
      logger: silentLogger,
      i18n,
      conversationTimeoutMs: 30 * 60_000,
      onError: (error) => errors.push(error),
    },
    { botInfo: api.botInfo, client: { fetch: api.fetch as never } },
  )
  // The outbox sender on the same fake Bot API, with limits that never make a test wait.
  const sender = createPlatformSender({
    services,
    driver: telegramDriver(new Api('123456:test-token-for-the-fake-api-only', { fetch: api.fetch as never }), { limits: FAST_LIMITS }),
    clock,
    logger: silentLogger,
  })
  let updateId = 1
  let messageId = 1
  let personCount = 0
  let groupCount = 0
  const people = new Map<string, UpdatePerson>()

  const chatOf = (person: UpdatePerson, where: Where): UpdateChat =>
    where === 'private'
      ? { kind: 'private', id: person.id, firstName: person.firstName }
      : { kind: where.type, id: where.id, title: where.title }

  const lastKeyboard = (chatId: number): OutgoingMessage | undefined =>
    [...api.sentMessages(chatId)].reverse().find((m) => m.keyboard && numberChoices(m.keyboard).length > 0)

  async function collect(chatId: number, action: () => Promise<void>): Promise<string[]> {
    const before = api.calls.length
    await action()
    return api.calls
      .slice(before)
      .filter((call) => (call.method === 'sendMessage' || call.method === 'editMessageText') && Number(call.payload.chat_id) === chatId)
      .map((call) => String(call.payload.text))
  }

  const harness: TestBot = {
    db,
    api,
    services,
    clock,
    errors,
    bot,
    person(name) {
      const existing = people.get(name)
      if (existing) {
        return existing
      }
      const person = { id: 500_000 + ++personCount, firstName: name }
      people.set(name, person)
      api.upsertChat({ id: person.id, type: 'private', firstName: name })
      return person
    },
    group(title, admins) {
      const group: TestGroup = { id: -(4_000_000 + ++groupCount), title, type: 'group' }
      api.upsertChat({ id: group.id, type: 'group', title, admins: new Set(admins.map((a) => a.id)) })
      return group
    },
    nextUpdateId: () => updateId++,
    feed: (update) => bot.handleUpdate(update),
    deliver: () => sender.drain(),
    say(person, where, text, sayOptions = {}) {
      const chat = chatOf(person, where)
      return collect(chat.id, () =>
        bot.handleUpdate(
          messageUpdate(updateId++, person, chat, text, {
            date: clock.now(),
            messageId: messageId++,
            anonymousAdmin: sayOptions.anonymousAdmin,
          }),
        ),
      )
    },
    sendFile(person, where, file) {
      const chat = chatOf(person, where)
      const fileId = api.registerFile(file.bytes ?? new Uint8Array(8), file.fileName)
      return collect(chat.id, () =>
        bot.handleUpdate(
          messageUpdate(updateId++, person, chat, null, {
            date: clock.now(),
            messageId: messageId++,
            document: { fileId, fileName: file.fileName, mimeType: file.mimeType, size: file.size },
          }),
        ),
      )
    },
    press(person, where, n) {
      const chat = chatOf(person, where)
      const message = lastKeyboard(chat.id)
      const choice = numberChoices(message?.keyboard).find((c) => c.number === n)
      if (!message || !choice?.data) {
        throw new Error(`no button ${n} in chat ${chat.id}`)
      }
      return collect(chat.id, () => bot.handleUpdate(callbackUpdate(updateId++, person, api.telegramMessage(message), choice.data ?? '')))
    },
    pressData(person, where, data) {
      const chat = chatOf(person, where)
      const message = lastKeyboard(chat.id) ?? api.sentMessages(chat.id).at(-1)
      if (!message) {
        throw new Error(`no message in chat ${chat.id}`)
      }
      return collect(chat.id, () => bot.handleUpdate(callbackUpdate(updateId++, person, api.telegramMessage(message), data)))
    },
    buttons(where, person) {
      const chatId = where === 'private' ? (person?.id ?? 0) : where.id
      return numberChoices(lastKeyboard(chatId)?.keyboard).map((c) => c.label)
    },
    async kickBot(by, group) {
      api.upsertChat({ id: group.id, type: group.type, title: group.title, botStatus: 'kicked' })
      await bot.handleUpdate(myChatMemberUpdate(updateId++, by, chatOf(by, group), api.botInfo, 'member', 'kicked', clock.now()))
    },
    async migrate(by, group) {
      const superId = -Number(`100${Math.abs(group.id)}`)
      const [inOld, inNew] = migrationUpdates(updateId, by, { id: group.id, title: group.title }, superId, clock.now(), messageId++)
      updateId += 2
      const previous = api.chat(group.id)
      api.upsertChat({ id: group.id, type: 'group', title: group.title, migratedTo: superId })
      api.upsertChat({ id: superId, type: 'supergroup', title: group.title, admins: new Set(previous?.admins ?? []) })
      await bot.handleUpdate(inOld)
      await bot.handleUpdate(inNew)
      return { id: superId, title: group.title, type: 'supergroup' }
    },
    lastCode() {
      const texts = api.calls
        .filter((c) => c.method === 'sendMessage')
        .map((c) => String(c.payload.text))
        .reverse()
      for (const text of texts) {
        const match = CODE.exec(text)
        if (match) {
          return match[0]
        }
      }
      throw new Error('no code shown yet')
    },
    close: () => db.destroy(),
  }
  return harness
}

/**
 * Sets up a committee owned by `owner` through the real dialogue, and returns its id.
 */
export async function setUpCommittee(t: TestBot, owner: UpdatePerson, name = 'Ban Thường vụ Tỉnh ủy Quảng Ngãi'): Promise<number> {
  await t.say(owner, 'private', '/khoitao')
  await t.say(owner, 'private', name)
  await t.press(owner, 'private', 1)
  await t.press(owner, 'private', 1)
  await t.press(owner, 'private', 1)
  const committee = (
    await t.services.people.listCommittees(
      (
        await t.services.people.identify({
          platform: 'telegram',
          externalId: String(owner.id),
          displayName: owner.firstName,
          username: null,
          privateChatId: null,
        })
      ).id,
    )
  ).find((c) => c.name === name)
  if (!committee) {
    throw new Error('committee not created')
  }
  return committee.id
}

/** Creates an invite code through /moi (button `purpose`, then body button `body` if given); returns it. */
export async function issueCode(t: TestBot, by: UpdatePerson, purpose: number, body?: number): Promise<string> {
  await t.say(by, 'private', '/moi')
  await t.press(by, 'private', purpose)
  if (body !== undefined) {
    await t.press(by, 'private', body)
  }
  return t.lastCode()
}
