import { Api } from 'grammy'
import { createRepositories } from '../../src/db/repositories/index.js'
import type { SendLimits } from '../../src/delivery/pace.js'
import { createPlatformSender } from '../../src/delivery/sender.js'
import { telegramDriver } from '../../src/delivery/telegram.js'
import { createI18n } from '../../src/bot/i18n.js'
import type { Actor } from '../../src/services/actor.js'
import { SettableClock } from '../../src/services/clock.js'
import { createServices } from '../../src/services/index.js'
import { FakeBotApi } from './fake-bot-api.js'
import type { TestDatabase } from './test-db.js'
import { silentLogger } from './test-db.js'

/** Limits that never make a test wait (the platform's own is set far above ours, so nothing is ever late). */
export const FAST_LIMITS: SendLimits = {
  platformPerSecond: 100_000,
  perSecond: 1000,
  group: { count: 60_000, windowMs: 60_000 },
  private: { count: 1000, windowMs: 1000 },
  concurrency: 4,
}

/** Services, a fake Bot API, the real sender and a committee with `groups` registered main groups. */
export function deliverySetup(db: TestDatabase, options: { now: Date; groups: number; api?: FakeBotApi; limits?: SendLimits }) {
  const clock = new SettableClock()
  clock.set(options.now)
  const repos = createRepositories(db.prisma, () => clock.now())
  const services = createServices({
    repos,
    clock,
    logger: silentLogger,
    settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
  })
  const fake = options.api ?? new FakeBotApi(undefined, () => clock.now())
  const api = new Api('123456:fake-token-for-tests', { fetch: fake.fetch as never })
  const i18n = createI18n({ defaultLocale: 'vi', services, platform: 'telegram' })
  const translate = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars)
  const sender = createPlatformSender({
    services,
    driver: telegramDriver(api, { limits: options.limits ?? FAST_LIMITS }),
    clock,
    logger: silentLogger,
  })
  return { clock, repos, services, fake, sender, translate }
}

/** A committee with an owner and `groups` main groups bound through real invite codes. */
export async function committeeWithGroups(
  services: ReturnType<typeof createServices>,
  fake: FakeBotApi,
  groups: number,
  name = 'Ban Thường vụ Tỉnh ủy',
) {
  const ownerPerson = await services.people.identify({
    platform: 'telegram',
    externalId: '900001',
    displayName: 'Chủ',
    username: null,
    privateChatId: '900001',
  })
  const owner: Actor = { personId: ownerPerson.id, platform: 'telegram', chatExternalId: '900001', updateId: null }
  fake.upsertChat({ id: 900001, type: 'private', firstName: 'Chủ' })
  const committee = await services.committees.create(owner, { name, level: 'province', timeZone: 'Asia/Ho_Chi_Minh' })
  const chatIds: number[] = []
  for (let i = 0; i < groups; i++) {
    const id = -(5_000_000 + committee.id * 10_000 + i)
    fake.upsertChat({ id, type: 'group', title: `Nhóm ${i}` })
    const invite = await services.invites.create(owner, committee.id, 'committee_group', null)
    await services.invites.bindChat(owner, invite.code, { platform: 'telegram', externalId: String(id), title: `Nhóm ${i}` }, true)
    chatIds.push(id)
  }
  return { committee, owner, chatIds }
}

type Services = ReturnType<typeof createServices>

/** A person who has started the bot in private and joined the committee with a code for `purpose`. */
export async function joinWithCode(
  services: Services,
  fake: FakeBotApi,
  owner: Actor,
  committeeId: number,
  person: { id: number; name: string; locale?: string },
  purpose: 'leader' | 'body_contact' | 'secretariat',
  bodyId: number | null,
) {
  const joined = await services.people.identify({
    platform: 'telegram',
    externalId: String(person.id),
    displayName: person.name,
    username: null,
    privateChatId: String(person.id),
  })
  if (person.locale) {
    await services.people.setLocale(joined.id, person.locale)
  }
  fake.upsertChat({ id: person.id, type: 'private', firstName: person.name })
  const invite = await services.invites.create(owner, committeeId, purpose, bodyId)
  await services.invites.join({ personId: joined.id, platform: 'telegram', chatExternalId: String(person.id), updateId: null }, invite.code)
  return joined
}

/** A report of `bodyId` due on `date` ("chậm nhất ngày …"), as the secretariat assigns it. */
export function assignDue(services: Services, owner: Actor, committeeId: number, bodyId: number, title: string, date: string) {
  return services.tasks.assign(owner, committeeId, {
    sessionNumber: null,
    planNumber: null,
    title,
    detail: null,
    kind: 'report',
    leadBodyId: bodyId,
    coordinatingBodyIds: [],
    recipientBodyId: null,
    ccBodyIds: [],
    deadline: { kind: 'absolute', date, inclusive: true, text: `chậm nhất ngày ${date}` },
    requiresCoordinators: false,
  })
}
