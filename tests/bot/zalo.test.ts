import { afterEach, describe, expect, it } from 'vitest'
import { createZaloTestBot, type ZaloTestBot } from '../helpers/fake-zalo-bot.js'

/** The shared bot on Zalo: the real createBot behind the Zalo translation, on the fake Zalo server. */
describe('the bot on Zalo', () => {
  let t: ZaloTestBot
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('answers /start in a private chat with plain text, and drops its own echoes', async () => {
    t = await createZaloTestBot()
    const an = t.fake.user('Nguyễn Văn An')
    const replies = await t.say(an, 'private', '/start')
    expect(replies).toHaveLength(1)
    expect(replies[0]).toContain('/khoitao')
    // Every reply came back as an echo; none was taken for a message of a person.
    expect(t.fake.queue).toEqual([])
    const id = String(await t.idOf(an))
    expect(await t.repos.people.findAccount('zalo', id)).toMatchObject({ privateChatId: id, person: { displayName: 'Nguyễn Văn An' } })
  })

  it('runs a dialogue with buttons as numbered choices answered by typing the number', async () => {
    t = await createZaloTestBot()
    const an = t.fake.user('Nguyễn Văn An')
    await t.say(an, 'private', '/khoitao')
    await t.say(an, 'private', 'Ban Thường vụ Huyện ủy Ba Tơ')
    const level = t.fake.texts(an.id).at(-1) ?? ''
    expect(level).toMatch(/\[1\] Cấp tỉnh {3}\[2\] Cấp huyện/)
    expect(level).toContain('Trả lời bằng số của lựa chọn')
    await t.say(an, 'private', '2')
    await t.say(an, 'private', '1')
    const done = await t.say(an, 'private', '1')
    expect(done.join('\n')).toContain('Ban Thường vụ Huyện ủy Ba Tơ')
    const person = await t.repos.people.findAccount('zalo', String(await t.idOf(an)))
    const committees = await t.services.people.listCommittees(person?.personId ?? 0)
    expect(committees.map((c) => [c.name, c.level, c.timeZone])).toEqual([['Ban Thường vụ Huyện ủy Ba Tơ', 'district', 'Asia/Ho_Chi_Minh']])
  })

  it('handles a message Zalo delivers twice only once', async () => {
    t = await createZaloTestBot()
    const an = t.fake.user('Nguyễn Văn An')
    const { update } = t.fake.say(an, 'private', '/help')
    await t.pump()
    const after = t.fake.texts(an.id).length
    t.fake.redeliver(update)
    await t.pump()
    expect(t.fake.texts(an.id)).toHaveLength(after)
  })

  it('recognises its echoes however Zalo describes their sender', async () => {
    for (const echo of ['is-bot', 'same-id-only'] as const) {
      t = await createZaloTestBot({ fake: { echo } })
      const an = t.fake.user('Nguyễn Văn An')
      const replies = await t.say(an, 'private', '/help')
      expect(replies).toHaveLength(1)
      expect(t.errors).toEqual([])
      if (echo === 'is-bot') {
        await t.close()
      }
    }
  })

  it('answers content Zalo withholds with guidance', async () => {
    t = await createZaloTestBot()
    const an = t.fake.user('Nguyễn Văn An')
    t.fake.sendUnsupported(an, 'private')
    await t.pump()
    expect(t.fake.texts(an.id)).toEqual([expect.stringContaining('Bot chưa nhận được nội dung này qua Zalo')])
  })

  it('reads the documented payload shape (no event_name, first_name)', async () => {
    t = await createZaloTestBot({ fake: { payloadStyle: 'doc-sample' } })
    const an = t.fake.user('Lê Văn Cường')
    expect(await t.say(an, 'private', '/help')).toHaveLength(1)
    expect(await t.repos.people.findAccount('zalo', String(await t.idOf(an)))).toMatchObject({ person: { displayName: 'Lê Văn Cường' } })
  })

  it('in a group hears only what mentions it, with or without the mention in the text', async () => {
    for (const mentionInText of [true, false]) {
      t = await createZaloTestBot({ fake: { mentionInText } })
      const binh = t.fake.user('Trần Thị Bình')
      const group = t.fake.group('Ban Dân vận')
      expect(await t.say(binh, group, '/help')).toEqual([])
      const help = await t.tell(binh, group, '/help')
      expect(help).toHaveLength(1)
      // Zalo cannot say who administers a group: registering with a code is open to whoever holds one.
      expect(help[0]).toContain('/dangky')
      expect(await t.repos.zalo.chat(group.id)).toMatchObject({ chatType: 'group' })
      if (mentionInText) {
        expect(t.errors).toEqual([])
        await t.close()
      }
    }
  })

  it('registers a group with its single-use code alone (Zalo has no admin look-up)', async () => {
    t = await createZaloTestBot()
    const an = t.fake.user('Nguyễn Văn An')
    await t.say(an, 'private', '/khoitao')
    await t.say(an, 'private', 'Ban Thường vụ Huyện ủy Ba Tơ')
    for (const answer of ['2', '1', '1']) {
      await t.say(an, 'private', answer)
    }
    await t.say(an, 'private', '/moi')
    await t.say(an, 'private', '1')
    const code = t.lastCode(an.id)
    const group = t.fake.group('Ban Thường vụ')
    const binh = t.fake.user('Trần Thị Bình')
    const done = await t.tell(binh, group, `/dangky ${code}`)
    expect(done.join('\n')).toContain('Ban Thường vụ Huyện ủy Ba Tơ')
    const binding = await t.services.chats.binding('zalo', String(await t.idOf(group, 'group')))
    expect(binding).toMatchObject({ active: true, purpose: 'committee' })
    expect(await t.idOf(group, 'group')).toBeLessThan(0)
    // The code is spent.
    const again = await t.tell(binh, t.fake.group('Nhóm khác'), `/dangky ${code}`)
    expect(again.join('\n')).not.toContain('Ban Thường vụ Huyện ủy Ba Tơ')
  })
})
