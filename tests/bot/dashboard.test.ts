import { afterEach, describe, expect, it } from 'vitest'
import type { InlineKeyboardButton } from 'grammy/types'
import { atLocalTime } from '../../src/services/time.js'
import { createZaloTestBot, TEST_PUBLIC_URL, type ZaloTestBot } from '../helpers/fake-zalo-bot.js'
import { createTestBot, issueCode, setUpCommittee, type TestBot } from '../helpers/test-bot.js'

const REFUSED = 'chưa là thành viên'
const at = (date: string, time = '09:00') => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')

/** /bangdieukhien: a Mini App button where the transport has them, a one-time login link where it has not. */
describe('/bangdieukhien opens the dashboard', () => {
  let t: TestBot | null = null
  let z: ZaloTestBot | null = null
  afterEach(async () => {
    expect(t?.errors ?? []).toEqual([])
    expect(z?.errors ?? []).toEqual([])
    await t?.close()
    await z?.close()
    t = null
    z = null
  })

  const buttons = (bot: TestBot, chatId: number): InlineKeyboardButton[] =>
    bot.api.sentMessages(chatId).at(-1)?.keyboard?.inline_keyboard.flat() ?? []

  it('on Telegram: a web_app button in private, a link to the private chat in a group, nothing for a stranger', async () => {
    t = await createTestBot({ now: at('2026-03-16'), publicUrl: 'https://doithoai.test' })
    const an = t.person('Nguyễn Văn An')
    await setUpCommittee(t, an)
    const group = t.group('Thường trực Tỉnh ủy', [an])
    await t.say(an, group, `/dangky ${await issueCode(t, an, 1)}`)

    expect((await t.say(an, 'private', '/bangdieukhien')).join('\n')).toContain('📊 Bảng điều khiển')
    expect(buttons(t, an.id)).toEqual([{ text: '📊 Mở bảng điều khiển', web_app: { url: 'https://doithoai.test/app/' } }])

    expect((await t.say(an, group, '/bangdieukhien')).join('\n')).toContain('tin nhắn riêng')
    const link = buttons(t, group.id)[0]
    expect(link).toMatchObject({ text: 'Mở trong tin nhắn riêng' })
    expect(link && 'url' in link ? link.url : '').toBe(`https://t.me/${t.api.botInfo.username}?start=bangdieukhien`)
    // The group's link starts the private chat, which shows the button.
    await t.say(an, 'private', '/start bangdieukhien')
    expect(buttons(t, an.id)).toEqual([{ text: '📊 Mở bảng điều khiển', web_app: { url: 'https://doithoai.test/app/' } }])
    // Someone without a role in the group gets no button.
    const stranger = t.person('Người lạ')
    const before = t.api.sentMessages(group.id).length
    const refused = (await t.say(stranger, group, '/bangdieukhien')).join('\n')
    expect(refused).toContain(REFUSED)
    expect(
      t.api
        .sentMessages(group.id)
        .slice(before)
        .every((m) => m.keyboard === undefined),
    ).toBe(true)
  })

  it('says so when the server has no public address', async () => {
    t = await createTestBot({ now: at('2026-03-16') })
    const an = t.person('Nguyễn Văn An')
    await setUpCommittee(t, an)
    expect((await t.say(an, 'private', '/bangdieukhien')).join('\n')).toContain('chưa được bật')
    expect(buttons(t, an.id)).toEqual([])
  })

  it('on Zalo (no Mini Apps): a one-time login link in private, none in a group', async () => {
    z = await createZaloTestBot({ now: at('2026-03-16') })
    const an = z.fake.user('Nguyễn Văn An')
    const group = z.fake.group('Ban Thường vụ Huyện ủy')
    await z.say(an, 'private', '/khoitao')
    await z.say(an, 'private', 'Ban Thường vụ Huyện ủy Ba Tơ')
    for (const answer of ['2', '1', '1']) {
      await z.say(an, 'private', answer)
    }
    await z.say(an, 'private', '/moi')
    await z.say(an, 'private', '1')
    await z.tell(an, group, `/dangky ${z.lastCode(an.id)}`)

    const reply = (await z.say(an, 'private', '/bangdieukhien')).join('\n')
    const url = new RegExp(`${TEST_PUBLIC_URL}/app/login\\?t=([A-Za-z0-9_-]+)`).exec(reply)
    expect(url).not.toBeNull()
    expect(reply).toContain('dùng một lần')
    const session = await z.services.dashboard.redeem(url![1]!)
    expect(await z.services.dashboard.personOfSession(session.sessionToken)).toBe(session.personId)
    await expect(z.services.dashboard.redeem(url![1]!)).rejects.toMatchObject({ key: 'dashboard-error-link' })

    const inGroup = (await z.tell(an, group, '/bangdieukhien')).join('\n')
    expect(inGroup).toContain('/bangdieukhien')
    expect(inGroup).not.toContain('/app/login')
  })
})
