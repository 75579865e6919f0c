import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runDailyDigest } from '../../src/jobs/daily-digest.js'
import { createTestBot, issueCode, setUpCommittee, type TestBot, type TestGroup } from '../helpers/test-bot.js'
import { silentLogger } from '../helpers/test-db.js'

describe('/caidat and /bantin', () => {
  let t: TestBot
  let group: TestGroup
  const an = () => t.person('An')

  beforeEach(async () => {
    t = await createTestBot({ now: new Date('2026-03-02T00:00:00Z') })
    await setUpCommittee(t, an())
    group = t.group('Nhóm chung', [an()])
    await t.say(an(), group, `/dangky ${await issueCode(t, an(), 1)}`)
  })
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('shows and changes the digest settings, refusing bad values and non-managers', async () => {
    expect((await t.say(an(), 'private', '/caidat'))[0]).toContain('• Giờ gửi bản tin hằng ngày: 07:30 (ngày làm việc)')
    expect(await t.say(an(), 'private', '/caidat gioban 8h15')).toEqual([
      'Đã lưu. Giờ bản tin 08:15, gửi bù đến 11:00, bản tin rỗng: có, ngôn ngữ: 🇻🇳 Tiếng Việt, nhắc hạn từ 08:00 đến trước 20:00, ' +
        'báo cáo tuần: Thứ Hai lúc 08:00.',
    ])
    expect(await t.say(an(), 'private', '/caidat gioban 25:00')).toEqual(['“25:00” không phải là giờ hợp lệ (ví dụ: 07:30).'])
    expect(await t.say(an(), 'private', '/caidat guibu 08:00')).toEqual([
      'Giờ gửi bản tin (08:15) phải trước giờ gửi bù cuối cùng (08:00).',
    ])
    expect(await t.say(an(), 'private', '/caidat bantinrong không')).toEqual([
      'Đã lưu. Giờ bản tin 08:15, gửi bù đến 11:00, bản tin rỗng: không, ngôn ngữ: 🇻🇳 Tiếng Việt, nhắc hạn từ 08:00 đến trước 20:00, ' +
        'báo cáo tuần: Thứ Hai lúc 08:00.',
    ])
    expect(await t.say(an(), 'private', '/caidat gionhac 9:00')).toEqual([
      'Đã lưu. Giờ bản tin 08:15, gửi bù đến 11:00, bản tin rỗng: không, ngôn ngữ: 🇻🇳 Tiếng Việt, nhắc hạn từ 09:00 đến trước 20:00, ' +
        'báo cáo tuần: Thứ Hai lúc 08:00.',
    ])
    expect(await t.say(an(), 'private', '/caidat gioyenlang 08:30')).toEqual([
      'Giờ gửi (09:00) phải trước giờ bắt đầu yên lặng (08:30): từ giờ đó bot không gửi tin nào đến sáng hôm sau.',
    ])
    expect(await t.say(an(), 'private', '/caidat ngaytongket thứ sáu')).toEqual([
      'Đã lưu. Giờ bản tin 08:15, gửi bù đến 11:00, bản tin rỗng: không, ngôn ngữ: 🇻🇳 Tiếng Việt, nhắc hạn từ 09:00 đến trước 20:00, ' +
        'báo cáo tuần: Thứ Sáu lúc 08:00.',
    ])
    expect(await t.say(an(), 'private', '/caidat ngaytongket CN')).toEqual([
      'Đã lưu. Giờ bản tin 08:15, gửi bù đến 11:00, bản tin rỗng: không, ngôn ngữ: 🇻🇳 Tiếng Việt, nhắc hạn từ 09:00 đến trước 20:00, ' +
        'báo cáo tuần: Chủ nhật lúc 08:00.',
    ])
    expect(await t.say(an(), 'private', '/caidat ngaytongket thứ tám')).toEqual([
      '“thứ tám” không phải là thứ trong tuần. Ví dụ: thứ hai, T2, chủ nhật, CN.',
    ])
    expect(await t.say(an(), 'private', '/caidat giotongket 21:00')).toEqual([
      'Giờ gửi (21:00) phải trước giờ bắt đầu yên lặng (20:00): từ giờ đó bot không gửi tin nào đến sáng hôm sau.',
    ])
    expect(await t.say(an(), 'private', '/caidat giotongket 16h30')).toEqual([
      'Đã lưu. Giờ bản tin 08:15, gửi bù đến 11:00, bản tin rỗng: không, ngôn ngữ: 🇻🇳 Tiếng Việt, nhắc hạn từ 09:00 đến trước 20:00, ' +
        'báo cáo tuần: Chủ nhật lúc 16:30.',
    ])
    expect(await t.say(an(), 'private', '/caidat gioyenlang 16:00')).toEqual([
      'Giờ gửi (16:30) phải trước giờ bắt đầu yên lặng (16:00): từ giờ đó bot không gửi tin nào đến sáng hôm sau.',
    ])
    const leader = t.person('Lãnh đạo')
    await t.say(leader, 'private', `/thamgia ${await issueCode(t, an(), 5)}`)
    expect(await t.say(leader, 'private', '/caidat gioban 06:00')).toEqual([
      'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.',
    ])
    const committee = await t.db.prisma.committee.findFirstOrThrow()
    expect(committee).toMatchObject({
      digestTime: '08:15',
      emptyDigest: false,
      reminderTime: '09:00',
      quietFrom: '20:00',
      weeklyDay: 7,
      weeklyTime: '16:30',
    })
  })

  it('previews today’s digest with /bantin without sending it to the group', async () => {
    await t.say(an(), 'private', '/coquan them Sở Y tế | SYT')
    const before = t.api.texts(group.id).length
    const preview = (await t.say(an(), 'private', '/bantin'))[0] ?? ''
    expect(preview).toContain('(Bản xem trước, chưa gửi vào nhóm)')
    expect(preview).toContain('Bản tin ngày 02/03/2026: không có nhiệm vụ quá hạn hay đến hạn.')
    expect(t.api.texts(group.id)).toHaveLength(before)
    expect(await t.db.prisma.run.count()).toBe(0)
    expect(await t.say(t.person('Khách'), 'private', '/bantin')).toEqual([
      'Bạn chưa tham gia cơ quan ban hành nào. Gõ /thamgia MÃ nếu được mời, hoặc /khoitao để khởi tạo.',
    ])
  })

  it('gives the secretariat and leaders the weekly summary with its chart now (/tongket), nobody else', async () => {
    await t.say(an(), 'private', '/coquan them Sở Y tế | SYT')
    const leader = t.person('Lãnh đạo')
    await t.say(leader, 'private', `/thamgia ${await issueCode(t, an(), 5)}`)
    const before = t.api.sentMessages().length
    const answer = await t.say(leader, 'private', '/tongket')
    expect(answer[0]).toContain('📊 BÁO CÁO TUẦN — ')
    expect(answer[0]).toContain('✅ Không có nhiệm vụ quá hạn.')
    const sent = t.api.sentMessages().slice(before)
    expect(sent.map((m) => m.attachment?.kind ?? 'text')).toEqual(['text', 'photo'])
    expect(sent[1]?.text).toBe('📊 Nhiệm vụ theo cơ quan chủ trì, đến ngày 02/03/2026')
    // A PNG, not an empty file.
    expect([...(sent[1]?.attachment?.bytes.subarray(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47])
    expect(await t.db.prisma.run.count()).toBe(0) // not a scheduled run
    const member = t.person('Đầu mối')
    await t.say(member, 'private', `/thamgia ${await issueCode(t, an(), 4, 1)}`)
    expect(await t.say(member, 'private', '/tongket')).toEqual([
      'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.',
    ])
  })

  it('names the head of a body among its contacts (/coquan truong), who gets the reminders 4 working days overdue', async () => {
    await t.say(an(), 'private', '/coquan them Sở Y tế | SYT')
    expect(await t.say(an(), 'private', '/coquan truong 1 Trần')).toEqual([
      'Cơ quan số 1 chưa có đầu mối nào dùng bot. Tạo mã mời đầu mối bằng /moi, rồi ghi thủ trưởng sau khi người đó tham gia.',
    ])
    const contact = t.person('Nguyễn Thị Hoa')
    const director = t.person('Trần Văn Bình')
    await t.say(contact, 'private', `/thamgia ${await issueCode(t, an(), 4, 1)}`)
    await t.say(director, 'private', `/thamgia ${await issueCode(t, an(), 4, 1)}`)
    expect(await t.say(an(), 'private', '/coquan truong 1 Lê')).toEqual([
      '“Lê” không phải là đầu mối của cơ quan số 1. Các đầu mối: 1. Nguyễn Thị Hoa, 2. Trần Văn Bình. ' +
        'Gõ /coquan truong 1 và tên hoặc số thứ tự của một đầu mối.',
    ])
    expect(await t.say(director, 'private', '/coquan truong 1 Trần')).toEqual([
      'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.',
    ])
    expect((await t.say(an(), 'private', '/coquan truong 1 tran van binh'))[0]).toContain('Đã ghi Trần Văn Bình là thủ trưởng của')
    expect((await t.say(an(), 'private', '/coquan 1'))[0]).toContain('Đầu mối: Nguyễn Thị Hoa, Trần Văn Bình (thủ trưởng)')
    const heads = await t.db.prisma.bodyContact.findMany({ where: { isHead: true }, include: { person: true } })
    expect(heads.map((h) => h.person.displayName)).toEqual(['Trần Văn Bình'])
    expect((await t.say(an(), 'private', '/coquan truong 1 -'))[0]).toContain('chưa ghi thủ trưởng')
    expect(await t.db.prisma.bodyContact.count({ where: { isHead: true } })).toBe(0)
  })

  it('tells the secretariat, through the outbox, when the bot is removed from a registered group', async () => {
    await t.kickBot(an(), group)
    // Written with the deactivation, as an announcement (no run), to the secretariat in private.
    const deliveries = await t.db.prisma.delivery.findMany()
    expect(deliveries.map((d) => [d.runId, d.topic, d.target, d.state])).toEqual([[null, 'notice-chat-gone', String(an().id), 'pending']])
    expect(await t.deliver()).toMatchObject({ sent: 1 })
    expect(t.api.texts(an().id).at(-1)).toContain('⚠️ Bot không còn gửi được tin vào nhóm “Nhóm chung”')
    // A second kick of an already inactive group tells nobody again.
    await t.kickBot(an(), group)
    expect(await t.db.prisma.delivery.count()).toBe(1)
  })

  it('makes the daily job follow the digest time and the empty-digest setting', async () => {
    await t.say(an(), 'private', '/caidat gioban 08:15')
    await t.say(an(), 'private', '/caidat bantinrong không')
    const i18nT = (l: string, k: string, v?: Record<string, string | number>) => `${l}:${k}:${JSON.stringify(v ?? {})}`
    const run = (iso: string) => runDailyDigest({ services: t.services, translate: i18nT, logger: silentLogger }, new Date(iso))
    expect(await run('2026-03-02T00:45:00Z')).toEqual({ created: 0, skipped: 0 }) // 07:45 local
    expect(await run('2026-03-02T01:15:00Z')).toEqual({ created: 0, skipped: 0 }) // 08:15, nothing to say
    expect(await t.db.prisma.run.count()).toBe(0)
  })

  it('lists for the secretariat what could not be delivered: unknown, refused, skipped', async () => {
    expect(await t.say(an(), 'private', '/guiloi')).toEqual(['Trong 14 ngày qua, mọi tin đều đã gửi được.'])
    const committee = await t.db.prisma.committee.findFirstOrThrow()
    await t.services.outbox.createRun(
      { committeeId: committee.id, kind: 'daily_digest', localDate: new Date('2026-03-02T00:00:00Z'), state: 'pending', note: null },
      [
        { platform: 'telegram', target: String(group.id), toGroup: true, partNo: 1, text: 'a' },
        { platform: 'telegram', target: '-999', toGroup: true, partNo: 1, text: 'b' },
      ],
    )
    const [first, second] = await t.db.prisma.delivery.findMany({ orderBy: { id: 'asc' } })
    await t.services.outbox.markUnknown(first!.id, 'network: socket hang up')
    await t.services.outbox.markFailed(second!.id, '403: Forbidden: bot was kicked from the group chat')
    await t.services.outbox.createRun({
      committeeId: committee.id,
      kind: 'daily_digest',
      localDate: new Date('2026-03-03T00:00:00Z'),
      state: 'skipped',
      note: 'missed',
    })
    const report = (await t.say(an(), 'private', '/guiloi'))[0] ?? ''
    expect(report).toContain('(3):')
    expect(report).toContain('• 02/03/2026 — bản tin hằng ngày → Nhóm chung: không rõ đã đến hay chưa')
    expect(report).toContain(
      '• 02/03/2026 — bản tin hằng ngày → -999: không gửi được (403: Forbidden: bot was kicked from the group chat).',
    )
    expect(report).toContain('• 03/03/2026 — bản tin hằng ngày: không gửi vì bot không chạy trong khung giờ gửi.')
    const member = t.person('Đầu mối')
    await t.say(an(), 'private', '/coquan them Sở Y tế')
    await t.say(member, 'private', `/thamgia ${await issueCode(t, an(), 4, 1)}`)
    expect(await t.say(member, 'private', '/guiloi')).toEqual([
      'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.',
    ])
  })
})
