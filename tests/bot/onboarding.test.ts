import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBot, issueCode, setUpCommittee, type TestBot } from '../helpers/test-bot.js'

describe('onboarding through the real bot', () => {
  let t: TestBot

  beforeEach(async () => {
    t = await createTestBot()
  })
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('creates a committee through /khoitao and makes the creator its owner', async () => {
    const an = t.person('Nguyễn Văn An')
    expect(await t.say(an, 'private', '/khoitao')).toEqual([expect.stringContaining('Tên đầy đủ của cơ quan ban hành')])
    expect((await t.say(an, 'private', 'Ban Thường vụ Tỉnh ủy Quảng Ngãi'))[0]).toContain('Cấp của cơ quan này?')
    expect(t.buttons('private', an)).toEqual(['Cấp tỉnh', 'Cấp huyện', 'Cấp xã', 'Cơ quan, đơn vị'])
    await t.press(an, 'private', 1)
    expect(t.buttons('private', an)).toEqual(['Giờ Việt Nam (Asia/Ho_Chi_Minh)'])
    const confirm = await t.press(an, 'private', 1)
    expect(confirm.at(-1)).toContain('• Tên: Ban Thường vụ Tỉnh ủy Quảng Ngãi')
    expect(await t.db.prisma.committee.count()).toBe(0)
    const done = await t.press(an, 'private', 1)
    expect(done.at(-1)).toContain('Đã khởi tạo: Ban Thường vụ Tỉnh ủy Quảng Ngãi. Bạn là quản trị viên.')

    const committee = await t.db.prisma.committee.findFirstOrThrow({ include: { memberships: { include: { person: true } } } })
    expect(committee).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy Quảng Ngãi', level: 'province', timeZone: 'Asia/Ho_Chi_Minh' })
    expect(committee.memberships.map((m) => [m.person.displayName, m.role])).toEqual([['Nguyễn Văn An', 'owner']])
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'committee.create', committeeId: committee.id } })).toBe(1)
    expect(await t.db.prisma.conversationState.count()).toBe(0)
  })

  it('re-asks a bad name and an unknown time zone, and /huy leaves the dialogue without saving', async () => {
    const an = t.person('An')
    await t.say(an, 'private', '/khoitao')
    expect(await t.say(an, 'private', 'ab')).toEqual(['Tên quá ngắn (ít nhất 3 ký tự).'])
    expect(await t.say(an, 'private', '😀')).toEqual(['“😀” không phải là tên: tên phải có chữ cái. Vui lòng gõ lại tên bằng chữ.'])
    expect(await t.say(an, 'private', 'UBND')).toEqual([
      '“UBND” là tên viết tắt. Vui lòng gõ tên đầy đủ, ví dụ: Ủy ban nhân dân xã Hòa Vang.',
      'Những gì bạn đã nhập vẫn được giữ. Gõ lại câu trả lời, hoặc gõ “huỷ” để dừng.',
    ])
    await t.say(an, 'private', 'UBND xã Trà Thanh')
    await t.press(an, 'private', 3)
    expect(await t.say(an, 'private', 'Mars/Olympus')).toEqual([
      '“Mars/Olympus” không phải là múi giờ hợp lệ. Ví dụ đúng: Asia/Ho_Chi_Minh.',
    ])
    expect(await t.say(an, 'private', '/huy')).toEqual(['Đã hủy thao tác đang làm. Không có gì được lưu.'])
    expect(await t.db.prisma.committee.count()).toBe(0)
    expect(await t.say(an, 'private', 'Asia/Bangkok')).toEqual([expect.stringContaining('Tôi chưa hiểu tin nhắn này')])
  })

  it('runs the whole onboarding: bodies, codes, group registration, joining, roles', async () => {
    const an = t.person('Nguyễn Văn An')
    const binh = t.person('Trần Thị Bình')
    const cuong = t.person('Lê Văn Cường')
    const committeeId = await setUpCommittee(t, an)

    // Bodies: one-line form and the dialogue.
    expect(await t.say(an, 'private', '/coquan them Ban Dân vận Tỉnh ủy | BDVTU | Dân vận tỉnh')).toEqual([
      'Đã thêm: 1. Ban Dân vận Tỉnh ủy (BDVTU). Tên khác: Dân vận tỉnh.',
    ])
    await t.say(an, 'private', '/coquan them')
    await t.say(an, 'private', 'Sở Giáo dục và Đào tạo')
    await t.say(an, 'private', 'SGDĐT')
    expect(await t.press(an, 'private', 1)).toEqual(['Đã thêm: 2. Sở Giáo dục và Đào tạo (SGDĐT). Tên khác: -.'])
    const list = (await t.say(an, 'private', '/coquan'))[0]
    expect(list).toContain('1. Ban Dân vận Tỉnh ủy (BDVTU)\n2. Sở Giáo dục và Đào tạo (SGDĐT)')

    // A code for the committee group, registered by the group's admin only.
    await t.say(an, 'private', '/moi')
    const shown = await t.press(an, 'private', 1)
    const groupCode = t.lastCode()
    expect(shown[0]).toContain(groupCode)
    const stored = await t.db.prisma.inviteCode.findFirstOrThrow()
    expect(stored.codeHash).not.toContain(groupCode.replace('-', ''))
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/)

    const group = t.group('Ban Thường vụ — điều hành', [an])
    expect(await t.say(binh, group, '/coquan')).toEqual([expect.stringContaining('Nhóm này chưa được đăng ký')])
    expect(await t.say(binh, group, `/dangky ${groupCode}`)).toEqual([
      'Chỉ quản trị viên của nhóm mới đăng ký được nhóm. Nhờ quản trị viên gõ /dangky MÃ.',
    ])
    expect(await t.db.prisma.chat.count()).toBe(0)
    expect(await t.say(an, group, `/dangky ${groupCode}`)).toEqual([
      'Đã đăng ký nhóm này là nhóm chung của Ban Thường vụ Tỉnh ủy Quảng Ngãi. Bản tin hạn việc hằng ngày sẽ gửi vào đây.',
    ])
    const chat = await t.db.prisma.chat.findFirstOrThrow()
    expect(chat).toMatchObject({ committeeId, purpose: 'committee', active: true, externalId: String(group.id) })
    expect((await t.say(binh, group, '/coquan'))[0]).toContain('2. Sở Giáo dục và Đào tạo (SGDĐT)')
    expect(await t.say(an, group, `/dangky ${groupCode}`)).toEqual([
      'Mã này đã được sử dụng. Mỗi mã chỉ dùng một lần, vui lòng xin mã mới.',
    ])

    // A body contact joins with a personal code.
    await t.say(an, 'private', '/moi')
    await t.press(an, 'private', 4)
    // Names only: a label never begins with a number, so a typed "2" is button [2] (issue 10, defect 9).
    expect(t.buttons('private', an)).toEqual(['Ban Dân vận Tỉnh ủy (BDVTU)', 'Sở Giáo dục và Đào tạo (SGDĐT)'])
    await t.say(an, 'private', 'sgdđt')
    const contactCode = t.lastCode()
    expect(await t.say(cuong, 'private', `/thamgia ${contactCode.toLowerCase()}`)).toEqual([
      'Từ nay bạn là đầu mối của Sở Giáo dục và Đào tạo (Ban Thường vụ Tỉnh ủy Quảng Ngãi). ' +
        'Tôi sẽ gửi cho bạn nhiệm vụ và nhắc hạn của cơ quan, đơn vị này.',
    ])
    const contact = await t.db.prisma.bodyContact.findFirstOrThrow({ include: { body: true, person: true } })
    expect([contact.body.name, contact.person.displayName]).toEqual(['Sở Giáo dục và Đào tạo', 'Lê Văn Cường'])
    expect((await t.say(cuong, 'private', '/coquan 2'))[0]).toContain('Đầu mối: Lê Văn Cường')

    // The owner sees members and makes the contact a leader.
    expect((await t.say(an, 'private', '/thanhvien'))[0]).toContain('2. Lê Văn Cường — Thành viên (SGDĐT)')
    await t.say(an, 'private', '/thanhvien 2')
    expect(t.buttons('private', an)).toEqual([
      'Chuyển thành: Quản trị viên',
      'Chuyển thành: Bộ phận tham mưu',
      'Chuyển thành: Lãnh đạo',
      '🗑 Xóa khỏi danh sách',
    ])
    expect(await t.press(an, 'private', 3)).toEqual(['Đã đổi vai trò của thành viên số 2 thành Lãnh đạo.'])
    const membership = await t.db.prisma.membership.findFirstOrThrow({ where: { number: 2 } })
    expect(membership.role).toBe('leader')

    const actions = (await t.db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } })).map((e) => e.action)
    expect(actions).toEqual([
      'committee.create',
      'body.create',
      'body.create',
      'invite.create',
      'chat.bind',
      'invite.create',
      'invite.use',
      'member.role',
    ])
  })

  it('refuses an expired code, a wrong code and a malformed code, changing nothing', async () => {
    const an = t.person('An')
    const dung = t.person('Dũng')
    await setUpCommittee(t, an)
    await issueCode(t, an, 5)
    const code = t.lastCode()
    t.clock.advance(7 * 24 * 3600 * 1000 + 1000)
    expect(await t.say(dung, 'private', `/thamgia ${code}`)).toEqual(['Mã này đã hết hạn. Vui lòng xin mã mới.'])
    expect(await t.say(dung, 'private', '/thamgia ABCDE-FGHJK')).toEqual(['Mã không đúng. Vui lòng kiểm tra lại hoặc xin mã mới.'])
    expect(await t.say(dung, 'private', '/thamgia 123')).toEqual(['Mã mời gồm 10 ký tự, dạng ABCDE-FGHJK. Vui lòng kiểm tra lại.'])
    expect(await t.say(dung, 'private', '/thamgia')).toEqual(['Cách dùng: /thamgia MÃ (ví dụ /thamgia ABCDE-FGHJK).'])
    expect(await t.db.prisma.membership.count()).toBe(1)
    expect((await t.db.prisma.inviteCode.findFirstOrThrow()).usedAt).toBeNull()
  })

  it('keeps codes in their place: person codes not in groups, group codes not in private', async () => {
    const an = t.person('An')
    await setUpCommittee(t, an)
    await issueCode(t, an, 1)
    const groupCode = t.lastCode()
    expect(await t.say(an, 'private', `/thamgia ${groupCode}`)).toEqual([
      'Đây là mã đăng ký nhóm. Quản trị viên nhóm gõ /dangky MÃ trong nhóm cần đăng ký.',
    ])
    await issueCode(t, an, 5)
    const leaderCode = t.lastCode()
    const group = t.group('Nhóm', [an])
    expect(await t.say(an, group, `/dangky ${leaderCode}`)).toEqual([
      'Đây là mã mời cá nhân. Người được mời dùng /thamgia trong trò chuyện riêng với tôi.',
    ])
    expect(await t.say(an, group, `/thamgia ${leaderCode}`)).toEqual([
      'Mã mời cá nhân chỉ dùng trong trò chuyện riêng với tôi, để mã không lộ trong nhóm.',
    ])
    expect(await t.say(an, 'private', '/dangky ABCDE-FGHJK')).toEqual([
      'Lệnh /dangky dùng trong nhóm cần đăng ký. Trong trò chuyện riêng, dùng /thamgia MÃ.',
    ])
    expect(await t.db.prisma.chat.count()).toBe(0)
    expect(await t.db.prisma.inviteCode.count({ where: { usedAt: { not: null } } })).toBe(0)
  })

  it('never lets an anonymous admin or a channel act', async () => {
    const an = t.person('An')
    await setUpCommittee(t, an)
    await issueCode(t, an, 1)
    const code = t.lastCode()
    const group = t.group('Nhóm', [an])
    expect(await t.say(an, group, `/dangky ${code}`, { anonymousAdmin: true })).toEqual([
      'Bạn đang gửi ẩn danh với tư cách nhóm nên tôi không xác minh được. Hãy tắt chế độ ẩn danh quản trị viên rồi gõ lại.',
    ])
    expect(await t.db.prisma.chat.count()).toBe(0)
    // The anonymous sender never becomes a person in the database.
    expect(await t.db.prisma.platformAccount.count({ where: { externalId: '1087968824' } })).toBe(0)
  })

  it('deactivates a group when the bot is kicked and re-keys it when it becomes a supergroup', async () => {
    const an = t.person('An')
    await setUpCommittee(t, an)
    await issueCode(t, an, 1)
    const group = t.group('Nhóm điều hành', [an])
    await t.say(an, group, `/dangky ${t.lastCode()}`)

    const supergroup = await t.migrate(an, group)
    const migrated = await t.db.prisma.chat.findFirstOrThrow()
    expect(migrated.externalId).toBe(String(supergroup.id))
    expect(migrated.active).toBe(true)
    expect((await t.say(an, supergroup, '/coquan'))[0]).toContain('Cơ quan, đơn vị của Ban Thường vụ Tỉnh ủy Quảng Ngãi')

    await t.kickBot(an, supergroup)
    const kicked = await t.db.prisma.chat.findFirstOrThrow()
    expect(kicked).toMatchObject({ active: false, deactivationReason: 'bot kicked' })
    const actions = (await t.db.prisma.auditEvent.findMany({ where: { targetType: 'chat' }, orderBy: { id: 'asc' } })).map((e) => e.action)
    expect(actions).toEqual(['chat.bind', 'chat.migrate', 'chat.deactivate'])
  })

  it('handles a re-delivered update only once', async () => {
    const an = t.person('An')
    await setUpCommittee(t, an)
    const { messageUpdate } = await import('../../src/transports/updates.js')
    const update = messageUpdate(t.nextUpdateId(), an, { kind: 'private', id: an.id, firstName: 'An' }, '/coquan them Công an tỉnh', {
      date: t.clock.now(),
      messageId: 9999,
    })
    await t.feed(update)
    await t.feed(update)
    expect(await t.db.prisma.body.count()).toBe(1)
    expect(t.api.texts(an.id).filter((text) => text.startsWith('Đã thêm'))).toHaveLength(1)
  })

  it('switches to English with /lang and answers in English from then on', async () => {
    const an = t.person('An')
    await t.say(an, 'private', '/lang')
    expect(t.buttons('private', an)).toEqual(['🇻🇳 Tiếng Việt', '🇬🇧 English'])
    expect(await t.press(an, 'private', 2)).toEqual(['Switched to English.'])
    expect((await t.say(an, 'private', '/help'))[0]).toContain('/khoitao — Set up the committee that issues plans')
    expect(await t.say(an, 'private', '/coquan')).toEqual([
      'You have not joined any committee yet. Type /thamgia CODE if you were invited, or /khoitao to set one up.',
    ])
  })

  it('lists in /help only the commands the caller may use where they are', async () => {
    const an = t.person('An')
    const stranger = t.person('Khách')
    await setUpCommittee(t, an)
    const ownerHelp = (await t.say(an, 'private', '/help'))[0] ?? ''
    expect(ownerHelp).toContain('/moi')
    expect(ownerHelp).toContain('/thanhvien')
    const strangerHelp = (await t.say(stranger, 'private', '/help'))[0] ?? ''
    expect(strangerHelp).not.toContain('/moi')
    expect(strangerHelp).not.toContain('/coquan')
    expect(strangerHelp).toContain('/thamgia')
    const group = t.group('Nhóm lạ', [stranger])
    const groupHelp = (await t.say(stranger, group, '/help'))[0] ?? ''
    expect(groupHelp).toContain('/dangky')
    expect(groupHelp).not.toContain('/khoitao')
  })
})

describe('managing bodies through dialogues and buttons', () => {
  let t: TestBot
  beforeEach(async () => {
    t = await createTestBot()
  })
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('renames a body keeping what the official does not change, then removes it after confirmation', async () => {
    const an = t.person('An')
    await setUpCommittee(t, an)
    await t.say(an, 'private', '/coquan them Ban Dân vận | BDV | Dân vận tỉnh, Ban DV')
    expect(await t.say(an, 'private', '/coquan sua 1')).toEqual([
      'Đang sửa: 1. Ban Dân vận (BDV)',
      'Tên đầy đủ của cơ quan, đơn vị? (ví dụ: Ban Dân vận Tỉnh ủy)',
    ])
    expect(t.buttons('private', an)).toEqual(['Giữ: Ban Dân vận'])
    await t.say(an, 'private', 'Ban Dân vận Tỉnh ủy')
    expect(t.buttons('private', an)).toEqual(['Giữ: BDV', 'Không có'])
    await t.say(an, 'private', 'BDVTU')
    expect(t.buttons('private', an)).toEqual(['Giữ: Dân vận tỉnh, Ban DV', 'Không có'])
    expect(await t.press(an, 'private', 1)).toEqual(['Đã cập nhật: 1. Ban Dân vận Tỉnh ủy (BDVTU). Tên khác: Dân vận tỉnh, Ban DV.'])
    const renamed = await t.db.prisma.body.findFirstOrThrow()
    expect(renamed).toMatchObject({
      name: 'Ban Dân vận Tỉnh ủy',
      shortName: 'BDVTU',
      aliases: ['Dân vận tỉnh', 'Ban DV'],
      normalizedName: 'ban dan van tinh uy',
    })
    const update = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'body.update' } })
    expect(update.before).toMatchObject({ name: 'Ban Dân vận', shortName: 'BDV' })
    expect(update.after).toMatchObject({ name: 'Ban Dân vận Tỉnh ủy', shortName: 'BDVTU' })

    expect(await t.say(an, 'private', '/coquan xoa 1')).toEqual([
      'Xóa 1. Ban Dân vận Tỉnh ủy (BDVTU) khỏi danh sách? Lịch sử nhiệm vụ của cơ quan này vẫn được giữ.',
    ])
    expect(await t.press(an, 'private', 2)).toEqual(['Đã hủy, không có gì thay đổi.'])
    expect((await t.db.prisma.body.findFirstOrThrow()).archivedAt).toBeNull()
    await t.say(an, 'private', '/coquan xoa 1')
    expect(await t.press(an, 'private', 1)).toEqual(['Đã xóa: 1. Ban Dân vận Tỉnh ủy (BDVTU).'])
    expect((await t.db.prisma.body.findFirstOrThrow()).archivedAt).not.toBeNull()
    expect((await t.say(an, 'private', '/coquan'))[0]).toContain('(chưa có)')
    // A new body gets a new number; the archived one keeps its history.
    expect(await t.say(an, 'private', '/coquan them Ban Dân vận Tỉnh ủy')).toEqual(['Đã thêm: 2. Ban Dân vận Tỉnh ủy. Tên khác: -.'])
  })
})
