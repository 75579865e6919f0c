import { afterEach, describe, expect, it } from 'vitest'
import { createI18n } from '../../src/bot/i18n.js'
import { runReminders } from '../../src/jobs/reminders.js'
import { atLocalTime } from '../../src/services/time.js'
import { assignDue, committeeWithGroups, joinWithCode } from '../helpers/delivery-setup.js'
import { addTelegram, createZaloTestBot, type ZaloTestBot } from '../helpers/fake-zalo-bot.js'
import { silentLogger } from '../helpers/test-db.js'

const at = (date: string, time = '08:05') => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')
const CODE = /\b[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}\b/

/** One official on Telegram and on Zalo (issue 14): /lienket and /caidat kenh. */
describe('one person on two platforms', () => {
  let t: ZaloTestBot
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  async function setup() {
    t = await createZaloTestBot({ now: at('2026-03-02') })
    const telegram = addTelegram(t)
    const { committee, owner } = await committeeWithGroups(t.services, telegram.api, 1)
    const body = await t.services.bodies.add(owner, committee.id, { name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT' })
    const binhOnTelegram = { id: 910001, firstName: 'Trần Thị Bình' }
    await joinWithCode(t.services, telegram.api, owner, committee.id, { id: 910001, name: 'Trần Thị Bình' }, 'body_contact', body.id)
    const binhOnZalo = t.fake.user('Trần Thị Bình')
    return { telegram, committee, owner, body, binhOnTelegram, binhOnZalo }
  }

  it('links the accounts with a code from the other platform; roles, bodies and reminders follow the choice', async () => {
    const { telegram, committee, owner, body, binhOnTelegram, binhOnZalo } = await setup()
    // On Zalo Bình is a stranger until linked.
    await t.say(binhOnZalo, 'private', '/start')
    expect((await t.say(binhOnZalo, 'private', '/viec')).join('\n')).not.toContain('SGDĐT')

    const shown = (await telegram.say(binhOnTelegram, '/lienket')).join('\n')
    const code = CODE.exec(shown)?.[0] ?? ''
    expect(shown).toContain(`/lienket ${code}`)
    const linked = await t.say(binhOnZalo, 'private', `/lienket ${code}`)
    expect(linked.join('\n')).toContain('Bạn dùng bot trên: Telegram, Zalo')
    const telegramAccount = await t.repos.people.findAccount('telegram', '910001')
    const zaloAccount = await t.repos.people.findAccount('zalo', String(await t.idOf(binhOnZalo)))
    expect(zaloAccount?.personId).toBe(telegramAccount?.personId)
    // The code was single-use.
    expect((await t.say(binhOnZalo, 'private', `/lienket ${code}`)).join('\n')).toContain('đã dùng hoặc đã hết hạn')

    // Bình's body follows to Zalo: the assignment reaches both of Bình's chats while no channel is chosen.
    await assignDue(t.services, owner, committee.id, body.id, 'Báo cáo kết quả đối thoại', '2026-03-12')
    await telegram.deliver()
    await t.deliver()
    expect(telegram.api.texts(binhOnTelegram.id).filter((text) => text.includes('Báo cáo kết quả đối thoại'))).toHaveLength(1)
    expect(t.fake.texts(binhOnZalo.id).filter((text) => text.includes('Báo cáo kết quả đối thoại'))).toHaveLength(1)
    expect((await t.say(binhOnZalo, 'private', '/viec')).join('\n')).toContain('Báo cáo kết quả đối thoại')

    // Bình chooses Zalo: the T-7 reminder comes once, there.
    expect((await t.say(binhOnZalo, 'private', '/caidat kenh zalo')).join('\n')).toContain('sẽ gửi đến: Zalo')
    const i18n = createI18n({ defaultLocale: 'vi', services: t.services, platform: 'zalo' })
    const now = at('2026-03-03')
    t.clock.set(now)
    const translate = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars)
    expect(await runReminders({ repos: t.repos, services: t.services, translate, logger: silentLogger }, now)).toBe(1)
    await telegram.deliver()
    await t.deliver()
    const reminders = (texts: string[]) => texts.filter((text) => text.startsWith('⏰ Nhắc hạn nhiệm vụ'))
    expect(reminders(t.fake.texts(binhOnZalo.id))).toHaveLength(1)
    expect(reminders(telegram.api.texts(binhOnTelegram.id))).toEqual([])
  })

  it('refuses a code on its own platform, an unknown code, a group, and a channel that cannot reach the person', async () => {
    const { telegram, binhOnTelegram, binhOnZalo } = await setup()
    const code = CODE.exec((await telegram.say(binhOnTelegram, '/lienket')).join('\n'))?.[0] ?? ''
    expect((await telegram.say(binhOnTelegram, `/lienket ${code}`)).join('\n')).toContain('gửi cho bot trên nền tảng kia')
    expect((await t.say(binhOnZalo, 'private', '/lienket ABCDE-FGHJK')).join('\n')).toContain('không đúng')
    expect((await t.tell(binhOnZalo, t.fake.group('Nhóm'), `/lienket ${code}`)).join('\n')).toContain('trong trò chuyện riêng')
    expect((await telegram.say(binhOnTelegram, '/caidat kenh zalo')).join('\n')).toContain('Bot chưa nhắn riêng được cho bạn trên Zalo')
    expect((await telegram.say(binhOnTelegram, '/caidat kenh fax')).join('\n')).toContain('telegram, zalo hoặc ca-hai')
    expect((await telegram.say(binhOnTelegram, '/caidat kenh')).join('\n')).toContain('đang gửi đến: mọi nền tảng bạn dùng')
  })
})
