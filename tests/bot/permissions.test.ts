import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { memberRemoveData, memberRoleData, removeBodyData } from '../../src/bot/callback-data/codec.js'
import { createTestBot, issueCode, setUpCommittee, type TestBot } from '../helpers/test-bot.js'

/** Every row the privileged commands could touch, to prove a refusal changed nothing. */
async function snapshot(t: TestBot) {
  const p = t.db.prisma
  return {
    committees: await p.committee.findMany({ orderBy: { id: 'asc' } }),
    bodies: await p.body.findMany({ orderBy: { id: 'asc' } }),
    memberships: await p.membership.findMany({ orderBy: { id: 'asc' } }),
    contacts: await p.bodyContact.findMany({ orderBy: { id: 'asc' } }),
    chats: await p.chat.findMany({ orderBy: { id: 'asc' } }),
    invites: await p.inviteCode.findMany({ orderBy: { id: 'asc' } }),
    audit: await p.auditEvent.count(),
  }
}

const FORBIDDEN = 'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.'
const NOT_MEMBER = 'Bạn chưa là thành viên của cơ quan ban hành này. Xin mã mời rồi gõ /thamgia MÃ.'

describe('privileged commands refuse those without the right, and change nothing', () => {
  let t: TestBot
  let committeeId: number
  const names = { owner: 'Chủ', secretariat: 'Văn phòng', leader: 'Lãnh đạo', member: 'Đầu mối' }

  beforeEach(async () => {
    t = await createTestBot()
    const owner = t.person(names.owner)
    committeeId = await setUpCommittee(t, owner)
    await t.say(owner, 'private', '/coquan them Sở Y tế | SYT')
    // One person per role, each joined with a real code.
    await t.say(t.person(names.secretariat), 'private', `/thamgia ${await issueCode(t, owner, 6)}`)
    await t.say(t.person(names.leader), 'private', `/thamgia ${await issueCode(t, owner, 5)}`)
    await t.say(t.person(names.member), 'private', `/thamgia ${await issueCode(t, owner, 4, 1)}`)
  })
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('gives each joined person the role of their code', async () => {
    const roles = await t.db.prisma.membership.findMany({ include: { person: true }, orderBy: { number: 'asc' } })
    expect(roles.map((m) => [m.person.displayName, m.role])).toEqual([
      [names.owner, 'owner'],
      [names.secretariat, 'secretariat'],
      [names.leader, 'leader'],
      [names.member, 'member'],
    ])
  })

  for (const who of ['leader', 'member', 'stranger'] as const) {
    it(`/moi is refused to a ${who}`, async () => {
      const person = t.person(who === 'stranger' ? 'Người lạ' : names[who])
      const before = await snapshot(t)
      const expected =
        who === 'stranger' ? 'Bạn chưa tham gia cơ quan ban hành nào. Gõ /thamgia MÃ nếu được mời, hoặc /khoitao để khởi tạo.' : FORBIDDEN
      expect(await t.say(person, 'private', '/moi')).toEqual([expected])
      expect(await snapshot(t)).toEqual(before)
    })

    it(`/coquan them, sua and xoa are refused to a ${who}`, async () => {
      const person = t.person(who === 'stranger' ? 'Người lạ' : names[who])
      const before = await snapshot(t)
      for (const command of ['/coquan them Sở Tài chính', '/coquan them', '/coquan sua 1', '/coquan xoa 1']) {
        const replies = await t.say(person, 'private', command)
        expect(replies).toHaveLength(1)
        expect(replies[0]).toMatch(who === 'stranger' ? /chưa tham gia/ : /không có quyền/)
      }
      expect(await snapshot(t)).toEqual(before)
    })
  }

  it('lets the secretariat manage bodies but not roles', async () => {
    const secretariat = t.person(names.secretariat)
    expect(await t.say(secretariat, 'private', '/coquan them Sở Tài chính | STC')).toEqual(['Đã thêm: 2. Sở Tài chính (STC). Tên khác: -.'])
    const before = await snapshot(t)
    await t.say(secretariat, 'private', '/thanhvien 4')
    expect(t.buttons('private', secretariat)).toEqual([])
    expect(await t.pressData(secretariat, 'private', memberRoleData.pack({ committee: committeeId, number: 4, role: 'owner' }))).toEqual([
      FORBIDDEN,
    ])
    expect(await t.pressData(secretariat, 'private', memberRemoveData.pack({ committee: committeeId, number: 4, step: 'yes' }))).toEqual([
      FORBIDDEN,
    ])
    expect(await snapshot(t)).toEqual(before)
  })

  it('refuses /thanhvien to a body contact and crafted button presses to anyone without the right', async () => {
    const member = t.person(names.member)
    const stranger = t.person('Người lạ')
    const before = await snapshot(t)
    expect(await t.say(member, 'private', '/thanhvien')).toEqual([FORBIDDEN])
    await t.say(member, 'private', '/coquan')
    expect(await t.pressData(member, 'private', removeBodyData.pack({ committee: committeeId, number: 1, step: 'yes' }))).toEqual([
      FORBIDDEN,
    ])
    await t.say(stranger, 'private', '/start')
    expect(await t.pressData(stranger, 'private', memberRoleData.pack({ committee: committeeId, number: 1, role: 'member' }))).toEqual([
      NOT_MEMBER,
    ])
    expect(await t.pressData(stranger, 'private', memberRemoveData.pack({ committee: committeeId, number: 1, step: 'ask' }))).toEqual([
      NOT_MEMBER,
    ])
    expect(await snapshot(t)).toEqual(before)
  })

  it('never leaves a committee without an owner', async () => {
    const owner = t.person(names.owner)
    const before = await snapshot(t)
    expect(await t.pressData(owner, 'private', memberRoleData.pack({ committee: committeeId, number: 1, role: 'member' }))).toEqual([
      'Không thể bỏ quản trị viên cuối cùng. Hãy chỉ định một quản trị viên khác trước.',
    ])
    expect(await snapshot(t)).toEqual(before)
  })

  it('removes a member and their body contacts when the owner confirms', async () => {
    const owner = t.person(names.owner)
    await t.say(owner, 'private', '/thanhvien 4')
    await t.press(owner, 'private', 4)
    expect(t.buttons('private', owner)).toEqual(['🗑 Xóa', 'Giữ lại'])
    expect(await t.press(owner, 'private', 1)).toEqual(['Đã xóa thành viên số 4.'])
    expect(await t.db.prisma.membership.count()).toBe(3)
    expect(await t.db.prisma.bodyContact.count()).toBe(0)
  })

  it('refuses unknown numbers and non-numbers with a clear message', async () => {
    const owner = t.person(names.owner)
    expect(await t.say(owner, 'private', '/coquan 99')).toEqual(['Không có cơ quan, đơn vị số 99. Gõ /coquan để xem danh sách.'])
    expect(await t.say(owner, 'private', '/coquan xoa abc')).toEqual([
      '“abc” không phải là số thứ tự. Gõ /coquan để xem số của từng cơ quan.',
    ])
    expect(await t.say(owner, 'private', '/thanhvien 42')).toEqual(['Không có thành viên số 42. Gõ /thanhvien để xem danh sách.'])
    expect(await t.say(owner, 'private', '/coquan them Sở Y tế')).toEqual([
      '“Sở Y tế” đã là tên hoặc tên viết tắt của cơ quan số 1: Sở Y tế. Vui lòng dùng tên khác.',
    ])
    expect(await t.say(owner, 'private', '/coquan them SYT')).toEqual([
      '“SYT” là tên viết tắt. Vui lòng gõ tên đầy đủ, ví dụ: Ủy ban nhân dân xã Hòa Vang.',
    ])
    // More "|" after the short name are more aliases, none dropped.
    expect(await t.say(owner, 'private', '/coquan them Công an xã | CAX | Công an | Công an xã Trà Thanh')).toEqual([
      'Đã thêm: 2. Công an xã (CAX). Tên khác: Công an, Công an xã Trà Thanh.',
    ])
    // A new body whose short name is taken: the refusal names the short name, not the new body's name.
    expect(await t.say(owner, 'private', '/coquan them Sở Tài chính | SYT')).toEqual([
      '“SYT” đã là tên hoặc tên viết tắt của cơ quan số 1: Sở Y tế. Vui lòng dùng tên khác.',
    ])
  })

  it('keeps codes and member lists out of groups', async () => {
    const owner = t.person(names.owner)
    const group = t.group('Nhóm', [owner])
    expect(await t.say(owner, group, '/moi')).toEqual(['Lệnh này chỉ dùng trong trò chuyện riêng với tôi.'])
    expect(await t.say(owner, group, '/thanhvien')).toEqual(['Lệnh này chỉ dùng trong trò chuyện riêng với tôi.'])
  })
})
