import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBot } from '../../src/bot/index.js'
import { numberChoices } from '../../src/transports/keyboard-text.js'
import { createI18n } from '../../src/bot/i18n.js'
import { BotApiRefusal } from '../helpers/fake-bot-api.js'
import { createTestBot, issueCode, setUpCommittee, type TestBot } from '../helpers/test-bot.js'
import { silentLogger } from '../helpers/test-db.js'

describe('the error boundary and dialogue safety', () => {
  let t: TestBot
  beforeEach(async () => {
    t = await createTestBot()
  })
  afterEach(async () => {
    await t.close()
  })

  it('logs an unexpected failure, reports it, apologises, and keeps serving', async () => {
    const an = t.person('An')
    t.api.failNext('sendMessage', new BotApiRefusal(500, 'Internal Server Error'))
    const replies = await t.say(an, 'private', '/start')
    expect(t.errors).toHaveLength(1)
    expect(replies).toEqual(['Xin lỗi, đã có lỗi khi xử lý yêu cầu. Dữ liệu không bị thay đổi; vui lòng thử lại sau ít phút.'])
    expect((await t.say(an, 'private', '/start'))[0]).toContain('Xin chào An!')
    expect(t.errors).toHaveLength(1)
  })

  it('answers an expected refusal without reporting an error', async () => {
    const an = t.person('An')
    expect(await t.say(an, 'private', '/coquan')).toEqual([
      'Bạn chưa tham gia cơ quan ban hành nào. Gõ /thamgia MÃ nếu được mời, hoặc /khoitao để khởi tạo.',
    ])
    expect(t.errors).toEqual([])
  })

  it('binds a dialogue in a group to the person who started it', async () => {
    const an = t.person('An')
    const binh = t.person('Bình')
    await setUpCommittee(t, an)
    await issueCode(t, an, 6)
    await t.say(binh, 'private', `/thamgia ${t.lastCode()}`)
    await issueCode(t, an, 1)
    const group = t.group('Nhóm', [an])
    await t.say(an, group, `/dangky ${t.lastCode()}`)

    expect(await t.say(an, group, '/coquan them')).toEqual(['Tên đầy đủ của cơ quan, đơn vị? (ví dụ: Ban Dân vận Tỉnh ủy)'])
    // Another member's message in the group is not taken as An's answer.
    expect(await t.say(binh, group, 'Sở Nội vụ')).toEqual([])
    expect(await t.say(an, group, 'Sở Tư pháp')).toEqual(['Tên viết tắt? (ví dụ: BDVTU) Gõ “-” nếu không có.'])
    await t.say(an, group, 'STP')
    await t.press(an, group, 1)
    const bodies = await t.db.prisma.body.findMany()
    expect(bodies.map((b) => b.name)).toEqual(['Sở Tư pháp'])
    expect(t.errors).toEqual([])
  })

  it('resumes a dialogue after a restart: its state lives in the database', async () => {
    const an = t.person('An')
    await t.say(an, 'private', '/khoitao')
    await t.say(an, 'private', 'UBND xã Trà Thanh')
    expect(await t.db.prisma.conversationState.count()).toBe(1)

    // A new bot instance on the same database, as after a restart.
    const restarted = createBot(
      {
        token: '123456:test-token-for-the-fake-api-only',
        services: t.services,
        platform: 'telegram',
        logger: silentLogger,
        i18n: createI18n({ defaultLocale: 'vi', services: t.services, platform: 'telegram' }),
        conversationTimeoutMs: 60_000,
        onError: (error) => t.errors.push(error),
      },
      { botInfo: t.api.botInfo, client: { fetch: t.api.fetch as never } },
    )
    t.bot = restarted
    const before = t.api.calls.length
    const { callbackUpdate } = await import('../../src/transports/updates.js')
    const keyboardMessage = t.api.sentMessages(an.id).at(-1)!
    // The third button, "Cấp xã", as the person would press it on the message sent before the restart.
    const commune = numberChoices(keyboardMessage.keyboard)[2]?.data ?? ''
    await restarted.handleUpdate(callbackUpdate(t.nextUpdateId(), an, t.api.telegramMessage(keyboardMessage), commune))
    const asked = t.api.calls
      .slice(before)
      .filter((c) => c.method === 'sendMessage')
      .map((c) => String(c.payload.text))
    expect(asked).toEqual([expect.stringContaining('Múi giờ dùng để tính ngày')])
    expect(t.errors).toEqual([])
  })

  it('stops a dialogue when another command is typed, and runs that command', async () => {
    const an = t.person('An')
    await t.say(an, 'private', '/khoitao')
    const replies = await t.say(an, 'private', '/help')
    expect(replies[0]).toBe('Đã dừng thao tác đang làm dở để thực hiện lệnh mới.')
    expect(replies[1]).toContain('/khoitao — Khởi tạo cơ quan ban hành kế hoạch')
    expect(await t.db.prisma.conversationState.count()).toBe(0)
    expect(t.errors).toEqual([])
  })

  it('refuses an over-long answer and an over-long name without leaving the dialogue', async () => {
    const an = t.person('An')
    await t.say(an, 'private', '/khoitao')
    expect(await t.say(an, 'private', 'x'.repeat(1500))).toEqual(['Câu trả lời dài quá 1.000 ký tự. Vui lòng viết ngắn hơn.'])
    expect(await t.say(an, 'private', 'y'.repeat(300))).toEqual(['Tên dài quá 200 ký tự.'])
    expect((await t.say(an, 'private', 'Ban Thường vụ Thị ủy Đức Phổ'))[0]).toContain('Cấp của cơ quan này?')
    expect(t.errors).toEqual([])
  })

  it('answers a stale button with a note instead of acting', async () => {
    const an = t.person('An')
    await t.say(an, 'private', '/lang')
    await t.press(an, 'private', 1)
    const before = t.api.calls.length
    await t.pressData(an, 'private', 'lvl:province')
    const answer = t.api.calls.slice(before).find((c) => c.method === 'answerCallbackQuery')
    expect(answer?.payload.text).toBe('Nút này đã hết hiệu lực. Vui lòng gõ lại lệnh.')
    expect(t.errors).toEqual([])
  })
})
