import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBot, issueCode, setUpCommittee, type TestBot } from '../helpers/test-bot.js'

describe('/dulieu: personal data (Law 91/2025/QH15)', () => {
  let t: TestBot
  const an = () => t.person('Nguyễn Văn An')
  const cuong = () => t.person('Lê Văn Cường')

  beforeEach(async () => {
    t = await createTestBot()
    await setUpCommittee(t, an())
    await t.say(an(), 'private', '/coquan them Sở Giáo dục và Đào tạo | SGDĐT')
    await t.say(cuong(), 'private', `/thamgia ${await issueCode(t, an(), 4, 1)}`)
  })
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('shows a person what the bot holds about them, only in private', async () => {
    const [shown] = await t.say(cuong(), 'private', '/dulieu')
    expect(shown).toContain('Dữ liệu cá nhân của bạn mà bot đang lưu')
    expect(shown).toContain('Tên hiển thị: Lê Văn Cường')
    expect(shown).toContain(`Tài khoản telegram: mã ${cuong().id}`)
    expect(shown).toContain('Ban Thường vụ Tỉnh ủy Quảng Ngãi: thành viên số 2')
    expect(shown).toContain('Đầu mối của Sở Giáo dục và Đào tạo')
    expect(shown).toContain('gõ /dulieu xoa')
    const group = t.group('Nhóm điều hành', [an()])
    expect((await t.say(cuong(), group, '/dulieu'))[0]).toBe('Lệnh này chỉ dùng trong trò chuyện riêng với tôi.')
  })

  it('records a request for deletion once and tells the secretariat through the outbox', async () => {
    expect(await t.say(cuong(), 'private', '/dulieu xoa')).toEqual([
      'Đã ghi nhận đề nghị xoá dữ liệu cá nhân của bạn. Ban Thư ký đã được báo để xử lý.',
    ])
    expect((await t.say(cuong(), 'private', '/dulieu xoa'))[0]).toContain('đã gửi đề nghị xoá dữ liệu cá nhân trước đó')
    expect((await t.say(cuong(), 'private', '/dulieu'))[0]).toContain('Bạn đã đề nghị xoá dữ liệu cá nhân ngày')
    const notices = await t.db.prisma.delivery.findMany({ where: { topic: 'pdata-notice-request' } })
    expect(notices.map((d) => [d.target, d.text])).toEqual([
      [
        String(an().id),
        'Thành viên số 2 của Ban Thường vụ Tỉnh ủy Quảng Ngãi đề nghị xoá dữ liệu cá nhân. ' +
          'Xem: /dulieu yeucau; xuất dữ liệu: /dulieu xuat 2; xoá: /dulieu xoa 2.',
      ],
    ])
    expect((await t.say(an(), 'private', '/dulieu yeucau'))[0]).toMatch(
      /Đề nghị xoá dữ liệu cá nhân đang chờ tại .*: 1\n2\. Lê Văn Cường — đề nghị ngày/,
    )
  })

  it('lets the secretariat export and erase a member, whose record keeps the name "đầu mối đã xoá"', async () => {
    // Only the secretariat may.
    const forbidden = 'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.'
    expect(await t.say(cuong(), 'private', '/dulieu xuat 1')).toEqual([forbidden])
    expect(await t.say(cuong(), 'private', '/dulieu xoa 1 dongy')).toEqual([forbidden])
    expect(await t.say(an(), 'private', '/dulieu xoa 9')).toEqual(['Không có thành viên số 9. Gõ /thanhvien để xem danh sách.'])

    await t.say(an(), 'private', '/dulieu xuat 2')
    const sent = t.api.calls.filter((c) => c.method === 'sendDocument')
    expect(sent).toHaveLength(1)
    expect(sent[0]?.payload.caption).toBe('Dữ liệu cá nhân của thành viên số 2 (Lê Văn Cường).')

    expect((await t.say(an(), 'private', '/dulieu xoa 2'))[0]).toContain('Để xác nhận, gõ: /dulieu xoa 2 dongy')
    const person = await t.db.prisma.person.findFirstOrThrow({ where: { displayName: 'Lê Văn Cường' } })
    expect(await t.db.prisma.platformAccount.count({ where: { personId: person.id } })).toBe(1)

    expect(await t.say(an(), 'private', '/dulieu xoa 2 dongy')).toEqual([
      'Đã xoá dữ liệu cá nhân của thành viên số 2: 1 tài khoản, 0 thao tác đang dở, 0 tin nhắn riêng.',
    ])
    const erased = await t.db.prisma.person.findUniqueOrThrow({
      where: { id: person.id },
      include: { accounts: true, memberships: true, bodyContacts: true },
    })
    expect(erased).toMatchObject({ displayName: 'đầu mối đã xoá', accounts: [], memberships: [], bodyContacts: [] })
    expect(erased.erasedAt).not.toBeNull()
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'person.erase' } })
    expect(audit.targetId).toBe(String(person.id))
    expect((await t.say(an(), 'private', '/thanhvien'))[0]).not.toContain('Lê Văn Cường')

    // Writing again, the person is a stranger: nothing links them to the erased record.
    await t.say(cuong(), 'private', '/start')
    expect(await t.db.prisma.person.count({ where: { displayName: 'Lê Văn Cường' } })).toBe(1)
    expect((await t.say(cuong(), 'private', '/dulieu'))[0]).not.toContain('thành viên số')
  })
})
