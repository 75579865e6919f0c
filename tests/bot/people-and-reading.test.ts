import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBot, issueCode, setUpCommittee, type TestBot, type TestGroup } from '../helpers/test-bot.js'

/**
 * Issue 10, defects 3, 14, 16 and 17: names that are names, odd names from the platform, who may
 * read what in a registered group, and no personal data of people who do not use the bot.
 */
describe('names, strangers and reading in a registered group', () => {
  let t: TestBot
  let group: TestGroup
  const owner = () => t.person('Nguyễn Văn An')

  beforeEach(async () => {
    t = await createTestBot()
    await setUpCommittee(t, owner())
    await t.say(owner(), 'private', '/coquan them Sở Y tế | SYT')
    await t.say(t.person('Lê Văn Cường'), 'private', `/thamgia ${await issueCode(t, owner(), 4, 1)}`)
    group = t.group('Ban Thường vụ — điều hành', [owner()])
    await t.say(owner(), group, `/dangky ${await issueCode(t, owner(), 1)}`)
  })
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('refuses body names without letters or with symbols, in the one-line form and in the dialogue', async () => {
    expect(await t.say(owner(), 'private', '/coquan them 🎉🎉🎉')).toEqual([
      '“🎉🎉🎉” không phải là tên: tên phải có chữ cái. Vui lòng gõ lại tên bằng chữ.',
    ])
    expect((await t.say(owner(), 'private', `/coquan them '; DROP TABLE "Task"; --`))[0]).toContain('có ký hiệu không dùng trong tên')
    expect(await t.say(owner(), 'private', '/coquan them Sở\u202e Xây\u200b dựng')).toEqual(['Đã thêm: 2. Sở Xây dựng. Tên khác: -.'])
    await t.say(owner(), 'private', '/coquan sua 2')
    const reply = await t.say(owner(), 'private', '🎉🎉🎉')
    expect(reply[0]).toContain('không phải là tên')
    const bodies = await t.db.prisma.body.findMany({ orderBy: { id: 'asc' } })
    expect(bodies.map((b) => b.name)).toEqual(['Sở Y tế', 'Sở Xây dựng'])
  })

  it('takes a person whose Telegram name holds a NUL or a lone surrogate, now and on every later update', async () => {
    const odd = { id: 777_001, firstName: 'Tr\u0000ần\ud800', username: 'ab\u0000c' }
    t.api.upsertChat({ id: odd.id, type: 'private', firstName: 'x' })
    expect((await t.say(odd, 'private', '/start'))[0]).toContain('Xin chào Trần')
    expect((await t.say(odd, 'private', '/start'))[0]).toContain('Xin chào Trần')
    const account = await t.db.prisma.platformAccount.findFirstOrThrow({ where: { externalId: String(odd.id) }, include: { person: true } })
    expect([account.person.displayName, account.username]).toEqual(['Trần', 'abc'])
  })

  it('stores no one for chatter or commands in groups, registered or not; counts them instead', async () => {
    const before = await t.db.prisma.person.count()
    const other = t.group('Nhóm khác', [])
    for (const [i, where] of [group, other, group, other].entries()) {
      await t.say({ id: 900_000 + i, firstName: `Người lạ ${i}` }, where, i % 2 ? 'Chào mọi người' : '/viec')
    }
    expect(await t.db.prisma.person.count()).toBe(before)
    expect(t.services.people.strangersSeen).toBeGreaterThanOrEqual(4)
    // A private /start is using the bot: that person is stored.
    const visitor = t.person('Khách')
    await t.say(visitor, 'private', '/start')
    expect(await t.db.prisma.person.count()).toBe(before + 1)
  })

  it('shows the committee’s public facts to anyone in its group, but people and settings only to members', async () => {
    const stranger = { id: 900_100, firstName: 'Người lạ' }
    // Another committee's owner is a stranger to this one.
    const otherOwner = t.person('Chủ khác')
    await setUpCommittee(t, otherOwner, 'Ủy ban nhân dân xã Nghĩa Hà')
    for (const reader of [stranger, otherOwner]) {
      expect((await t.say(reader, group, '/coquan'))[0]).toContain('1. Sở Y tế (SYT)')
      const body = (await t.say(reader, group, '/coquan 1')).join('\n')
      expect(body).toContain('Sở Y tế')
      expect(body).not.toContain('Lê Văn Cường')
      expect((await t.say(reader, group, '/kehoach'))[0]).toContain('Kế hoạch')
      expect((await t.say(reader, group, '/phien'))[0]).toContain('Các buổi đối thoại')
      expect((await t.say(reader, group, '/ngaynghi'))[0]).toContain('ngày nghỉ')
      expect(await t.say(reader, group, '/caidat')).toEqual([
        'Nội dung này chỉ dành cho thành viên của cơ quan ban hành. Thành viên nhắn riêng cho bot để xem.',
      ])
      expect((await t.say(reader, group, '/viec'))[0]).not.toContain('Sở Y tế')
    }
    // Members read the contact's name and the settings.
    expect((await t.say(owner(), group, '/coquan 1')).join('\n')).toContain('Lê Văn Cường')
    expect((await t.say(owner(), group, '/caidat'))[0]).toContain('07:30')
    expect(await t.db.prisma.platformAccount.count({ where: { externalId: String(stranger.id) } })).toBe(0)
  })
})
