import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createI18n } from '../../src/bot/i18n.js'
import { registerCommandsInBackground } from '../../src/transports/telegram.js'
import { BotApiRefusal } from '../helpers/fake-bot-api.js'
import { silentLogger } from '../helpers/test-db.js'
import { createTestBot, issueCode, setUpCommittee, type TestBot } from '../helpers/test-bot.js'

/** Issue 10, defects 8, 12, 13 and 15: replies that say the right thing, and failures that are not errors. */
describe('replies and failures', () => {
  let t: TestBot
  const an = () => t.person('Nguyễn Văn An')

  beforeEach(async () => {
    t = await createTestBot({ now: new Date('2023-01-10T02:00:00Z') })
  })
  afterEach(async () => {
    await t.close()
  })

  it('says what was saved when a failure comes after the commit (a 429 while telling the contact)', async () => {
    await setUpCommittee(t, an())
    await t.say(an(), 'private', '/coquan them Sở Giáo dục và Đào tạo | SGDĐT')
    await t.say(t.person('Lê Văn Cường'), 'private', `/thamgia ${await issueCode(t, an(), 4, 1)}`)
    await t.say(an(), 'private', '/giaoviec')
    for (const answer of ['1', 'Báo cáo tình hình tư tưởng của ngành giáo dục', '1', 'SGDĐT', 'không', 'không', 'trước ngày 28/02/2023']) {
      await t.say(an(), 'private', answer)
    }
    t.api.failNext('sendMessage', new BotApiRefusal(429, 'Too Many Requests: retry after 5', { retry_after: 5 }))
    const reply = (await t.say(an(), 'private', '1')).join('\n')
    expect(reply).toContain('Đã lưu thay đổi (nhiệm vụ)')
    expect(reply).not.toContain('Dữ liệu không bị thay đổi')
    expect(await t.db.prisma.task.count()).toBe(1)
    expect(t.errors).toHaveLength(1)
  })

  it('takes a double tap on a button that edits its message into the same text as no error', async () => {
    await t.say(an(), 'private', '/lang')
    await t.press(an(), 'private', 1)
    const second = await t.pressData(an(), 'private', 'lang:vi')
    expect(second.join('\n')).not.toContain('Xin lỗi')
    expect(t.errors).toEqual([])
  })

  it('refuses crafted button data with oversized numbers as a stale button', async () => {
    await setUpCommittee(t, an())
    for (const data of [
      'nop:2147483648',
      'gh:99999999999',
      'rv:2147483648:ok',
      'ext:2147483648:ok',
      'sst:2147483648:1:held',
      'mrole:1:2147483648:owner',
      'vp:m:2147483648:0',
    ]) {
      const reply = await t.pressData(an(), 'private', data)
      expect(reply.join('\n')).toContain('Nút này đã hết hiệu lực')
    }
    expect(t.errors).toEqual([])
  })

  it('answers /nop without a number with how to use it, and /viec TÊN and /coquan TÊN with the body they matched', async () => {
    await setUpCommittee(t, an())
    await t.say(an(), 'private', '/coquan them Sở Giáo dục và Đào tạo | SGDĐT')
    expect(await t.say(an(), 'private', '/nop')).toEqual(['Gõ /nop SỐ NHIỆM VỤ, ví dụ /nop 3 (xem số nhiệm vụ bằng /viec).'])
    expect((await t.say(an(), 'private', '/viec Sở Giáo dục'))[0]).toContain('Nhiệm vụ của Sở Giáo dục và Đào tạo (0)')
    expect((await t.say(an(), 'private', '/coquan sgdđt'))[0]).toContain('Sở Giáo dục và Đào tạo (SGDĐT)')
    expect(t.errors).toEqual([])
  })

  it('takes a malformed update whose text is not a string without an error', async () => {
    const who = an()
    for (const chat of [
      { id: who.id, type: 'private', first_name: who.firstName },
      { id: -4_999_999, type: 'group', title: 'G' },
    ]) {
      await t.feed({
        update_id: t.nextUpdateId(),
        message: { message_id: 1, date: 0, chat, from: { id: who.id, is_bot: false, first_name: who.firstName }, text: 123 },
      } as never)
    }
    expect(t.errors).toEqual([])
  })

  it('starts even when the command menus cannot be registered, and registers them later', async () => {
    const i18n = createI18n({ defaultLocale: 'vi', services: t.services, platform: 'telegram' })
    t.api.failNext('setMyCommands', new BotApiRefusal(429, 'Too Many Requests: retry after 1', { retry_after: 1 }))
    const menus = registerCommandsInBackground(t.bot, i18n, 'vi', silentLogger, [10])
    expect(await menus.first).toBe(false)
    expect(await menus.settled).toBe(true)
    // 6 menus (3 scopes × 2 languages), all registered on the second try (the refused call is not recorded).
    expect(t.api.calls.filter((c) => c.method === 'setMyCommands')).toHaveLength(6)
    t.api.failNext('setMyCommands', new BotApiRefusal(404, 'Not Found: method not found'), 99)
    const never = registerCommandsInBackground(t.bot, i18n, 'vi', silentLogger, [])
    expect(await never.settled).toBe(false)
  })
})
