import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBot, issueCode, setUpCommittee, type TestBot, type TestGroup } from '../helpers/test-bot.js'

describe('plans, sessions and rescheduling through the real bot', () => {
  let t: TestBot
  let group: TestGroup
  const owner = () => t.person('Nguyễn Văn An')

  beforeEach(async () => {
    t = await createTestBot({ now: new Date('2022-03-01T01:00:00Z') })
    await setUpCommittee(t, owner())
    group = t.group('Ban Thường vụ — điều hành', [owner()])
    await t.say(owner(), group, `/dangky ${await issueCode(t, owner(), 1)}`)
  })
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  async function addPlan() {
    return t.say(
      owner(),
      'private',
      '/kehoach moi 12-KH/TU | Kế hoạch tổ chức đối thoại trực tiếp của Bí thư Tỉnh ủy với dân năm 2022 | 2022 | 10/01/2022',
    )
  }

  async function addSession(time: string, format: 1 | 2 | 3 = 1) {
    await t.say(owner(), 'private', '/phienmoi')
    await t.press(owner(), 'private', 1)
    await t.say(owner(), 'private', 'Đối thoại với cán bộ, công chức, viên chức ngành y tế')
    await t.say(owner(), 'private', 'Bí thư Tỉnh ủy')
    await t.say(owner(), 'private', 'Đại diện cán bộ, công chức, viên chức ngành y tế')
    await t.say(owner(), 'private', 'Khoảng 150 đại biểu')
    await t.say(owner(), 'private', time)
    await t.press(owner(), 'private', format)
    if (format !== 2) {
      await t.say(owner(), 'private', 'Hội trường Tỉnh ủy')
    }
    if (format === 1) {
      return
    }
    await t.say(owner(), 'private', 'Phòng họp A - Ban Thường vụ Tỉnh ủy')
    return t.say(owner(), 'private', 'Hội trường Huyện ủy Bình Sơn; Hội trường Huyện ủy Tư Nghĩa\nHội trường Huyện ủy Mộ Đức')
  }

  it('creates a plan in one line and shows it', async () => {
    expect(await addPlan()).toEqual(['Đã thêm kế hoạch số 1: 12-KH/TU. Đăng ký các buổi đối thoại bằng /phienmoi.'])
    const plan = await t.db.prisma.plan.findFirstOrThrow()
    expect(plan).toMatchObject({ symbol: '12-KH/TU', year: 2022, issuer: 'Ban Thường vụ Tỉnh ủy Quảng Ngãi' })
    expect(plan.issuedOn?.toISOString().slice(0, 10)).toBe('2022-01-10')
    expect((await t.say(owner(), 'private', '/kehoach'))[0]).toContain('1. 12-KH/TU — Kế hoạch tổ chức đối thoại')
  })

  it('registers a session with both alternatives and its bridge points, as in seed 001', async () => {
    await addPlan()
    expect(await addSession('Quý II/2022, dự kiến tháng 5', 3)).toEqual(['Đã đăng ký buổi đối thoại số 1. Xem: /phien 1'])
    const session = await t.db.prisma.session.findFirstOrThrow({ include: { bridgePoints: { orderBy: { position: 'asc' } } } })
    expect(session).toMatchObject({
      precision: 'month',
      format: 'alternatives',
      status: 'planned',
      expectedCount: 150,
      timeText: 'Quý II/2022, dự kiến tháng 5',
      venue: 'Hội trường Tỉnh ủy',
    })
    expect(session.windowStart?.toISOString().slice(0, 10)).toBe('2022-05-01')
    expect(session.windowEnd?.toISOString().slice(0, 10)).toBe('2022-05-31')
    expect(session.bridgePoints.map((p) => [p.kind, p.place])).toEqual([
      ['central', 'Phòng họp A - Ban Thường vụ Tỉnh ủy'],
      ['local', 'Hội trường Huyện ủy Bình Sơn'],
      ['local', 'Hội trường Huyện ủy Tư Nghĩa'],
      ['local', 'Hội trường Huyện ủy Mộ Đức'],
    ])
    const shown = (await t.say(owner(), 'private', '/phien 1'))[0] ?? ''
    expect(shown).toContain('Thời gian: tháng 5/2022 (dự kiến) — “Quý II/2022, dự kiến tháng 5”')
    expect(shown).toContain('1) trực tiếp tại Hội trường Tỉnh ủy')
    expect(shown).toContain(
      '2) trực tuyến — điểm cầu trung tâm: Phòng họp A - Ban Thường vụ Tỉnh ủy; điểm cầu địa phương: Hội trường Huyện ủy Bình Sơn; ' +
        'Hội trường Huyện ủy Tư Nghĩa; Hội trường Huyện ủy Mộ Đức',
    )
  })

  it('lists upcoming sessions first, then the past ones', async () => {
    await addPlan()
    await addSession('tháng 8/2022')
    await addSession('15/02/2022')
    await addSession('chưa xác định')
    await addSession('tháng 5/2022')
    const list = (await t.say(owner(), 'private', '/phien'))[0] ?? ''
    const upcoming = list.slice(list.indexOf('Sắp tới:'), list.indexOf('Đã qua'))
    expect([...upcoming.matchAll(/^(\d)\. /gm)].map((m) => m[1])).toEqual(['4', '1', '3'])
    expect(list.slice(list.indexOf('Đã qua'))).toContain('2. Đối thoại')
  })

  it('reschedules a session, tells the committee group what moved, and keeps the history', async () => {
    await addPlan()
    await addSession('tháng 5/2022')
    await t.say(owner(), 'private', '/doilich 1')
    expect(await t.say(owner(), 'private', '31/5/2022 25h')).toEqual(['“31/5/2022 25h”: giờ không hợp lệ (ví dụ đúng: 8h30).'])
    await t.say(owner(), 'private', '19/5/2022 8h00')
    const before = t.api.texts(group.id).length
    expect(await t.say(owner(), 'private', 'Thường trực Tỉnh ủy chốt lịch')).toEqual([
      'Đã đổi lịch buổi đối thoại số 1 sang: Thứ Năm, 19/05/2022 lúc 08:00 — “19/5/2022 8h00”. Đã báo 1 nhóm chung.',
    ])
    // The group hears of it once the sender has sent what the change wrote to the outbox.
    expect(t.api.texts(group.id).slice(before)).toEqual([])
    await t.deliver()
    expect(t.api.texts(group.id).slice(before)).toEqual([
      [
        '📅 Đổi lịch buổi đối thoại số 1: Đối thoại với cán bộ, công chức, viên chức ngành y tế',
        'Từ: tháng 5/2022 (dự kiến)',
        'Sang: Thứ Năm, 19/05/2022 lúc 08:00 — “19/5/2022 8h00”',
        'Lý do: Thường trực Tỉnh ủy chốt lịch',
      ].join('\n'),
    ])
    const session = await t.db.prisma.session.findFirstOrThrow()
    expect(session).toMatchObject({ precision: 'day', status: 'scheduled', startHour: 8, startMinute: 0 })
    const shown = (await t.say(owner(), 'private', '/phien 1'))[0] ?? ''
    expect(shown).toContain('01/03/2022 08:00 — Nguyễn Văn An: đổi lịch sang “19/5/2022 8h00” (lý do: Thường trực Tỉnh ủy chốt lịch)')
  })

  it('moves a session through held and concluded, and cancels another with a reason', async () => {
    await addPlan()
    await addSession('19/5/2022')
    await addSession('tháng 8/2022')
    t.clock.set(new Date('2022-05-20T02:00:00Z'))
    await t.say(owner(), 'private', '/phien 1')
    expect(t.buttons('private', owner())).toEqual(['✅ Đã tổ chức', '✖ Hủy buổi đối thoại'])
    // Held: on which day (as planned), then its conclusion-notice task — no body to give it to here.
    await t.press(owner(), 'private', 1)
    expect(t.buttons('private', owner())).toEqual(['Hôm nay (20/05/2022)', 'Đúng lịch (19/05/2022)'])
    expect((await t.press(owner(), 'private', 2))[0]).toContain('✅ Buổi đối thoại số 1 đã tổ chức ngày 19/05/2022.')
    // Concluded: the conclusion notice is recorded (its items may follow).
    await t.say(owner(), 'private', '/phien 1')
    await t.press(owner(), 'private', 1)
    await t.say(owner(), 'private', '125-TB/TU')
    await t.say(owner(), 'private', '20/5/2022')
    expect((await t.press(owner(), 'private', 1))[0]).toBe('✅ Đã ghi nhận thông báo kết luận 125-TB/TU của buổi đối thoại số 1.')
    await t.press(owner(), 'private', 1)
    await t.say(owner(), 'private', '/phien 2')
    await t.press(owner(), 'private', 2)
    expect(await t.say(owner(), 'private', 'Dịch bệnh')).toEqual(['Đã hủy buổi đối thoại số 2. Đã báo 1 nhóm chung.'])
    await t.deliver()
    expect(t.api.texts(group.id).at(-1)).toContain('✖ Hủy buổi đối thoại số 2')
    expect((await t.db.prisma.session.findMany({ orderBy: { number: 'asc' } })).map((s) => [s.status, s.statusReason])).toEqual([
      ['concluded', null],
      ['cancelled', 'Dịch bệnh'],
    ])
    expect(await t.say(owner(), 'private', '/doilich 2 1/9/2022 | thử')).toEqual([
      'Buổi đối thoại số 2 đã hủy hoặc đã kết luận, không đổi lịch được.',
    ])
  })

  it('answers bad input precisely and changes nothing', async () => {
    await addPlan()
    await addSession('tháng 5/2022')
    const before = await t.db.prisma.session.findFirstOrThrow()
    await t.say(owner(), 'private', '/doilich 1')
    expect(await t.say(owner(), 'private', '31/2/2023')).toEqual([
      '“31/2/2023” có ngày không có trên lịch (ví dụ 31/2). Vui lòng kiểm tra lại.',
    ])
    expect(await t.say(owner(), 'private', 'quý 5')).toEqual(['“quý 5”: quý phải là I, II, III hoặc IV (1 đến 4).'])
    expect(await t.say(owner(), 'private', '15/8/2021')).toEqual([
      'Thời gian này trước năm 2022 của kế hoạch. Vui lòng kiểm tra lại.',
      // The third wrong answer does not end the dialogue (issue 10, defect 5).
      'Những gì bạn đã nhập vẫn được giữ. Gõ lại câu trả lời, hoặc gõ “huỷ” để dừng.',
    ])
    expect(await t.say(owner(), 'private', 'thôi')).toEqual(['Đã hủy thao tác đang làm. Không có gì được lưu.'])
    expect(await t.say(owner(), 'private', '/doilich 7')).toEqual(['Không có buổi đối thoại số 7. Gõ /phien để xem danh sách.'])
    // A time typed without the reason is not dropped by a dialogue that asks for it again.
    expect(await t.say(owner(), 'private', '/doilich 1 20/5/2022 8h00')).toEqual([
      'Viết thời gian mới và lý do trên một dòng, cách nhau bằng dấu “|”: /doilich 1 20/5/2022 8h00 | ' +
        'Thường trực chốt lịch — hoặc gõ /doilich 1 để tôi hỏi từng bước.',
    ])
    expect(await t.say(owner(), 'private', '/phien abc')).toEqual([
      '“abc” không phải là số buổi đối thoại. Gõ /phien để xem số của từng buổi.',
    ])
    expect(await t.say(owner(), 'private', '/kehoach moi - | Kế hoạch năm sai | 1999 | -')).toEqual([
      '“1999” không phải là năm hợp lệ (ví dụ: 2023).',
    ])
    expect(await t.db.prisma.session.findFirstOrThrow()).toEqual(before)
    expect(await t.db.prisma.plan.count()).toBe(1)
  })

  it('refuses an ordinary member who tries /doilich, /phienmoi or /kehoach moi, and lets them read', async () => {
    await addPlan()
    await addSession('tháng 5/2022')
    const leader = t.person('Lãnh đạo')
    await t.say(leader, 'private', `/thamgia ${await issueCode(t, owner(), 5)}`)
    const forbidden = 'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.'
    expect(await t.say(leader, 'private', '/doilich 1')).toEqual([forbidden])
    expect(await t.say(leader, 'private', '/doilich 1 19/5/2022 | lý do')).toEqual([forbidden])
    expect(await t.say(leader, 'private', '/phienmoi')).toEqual([forbidden])
    expect(await t.say(leader, 'private', '/kehoach moi')).toEqual([forbidden])
    expect(await t.say(leader, 'private', '/ngaynghi nghi 04/5/2022 Lễ hội')).toEqual([forbidden])
    expect((await t.say(leader, 'private', '/phien 1'))[0]).toContain('Buổi đối thoại số 1')
    expect(t.buttons('private', leader)).toEqual([])
    expect((await t.db.prisma.session.findFirstOrThrow()).timeText).toBe('tháng 5/2022')
  })

  it('keeps a committee’s own days off and make-up days, with reasons and audit', async () => {
    expect(await t.say(owner(), 'private', '/ngaynghi nghi 04/5/2022 Lễ hội truyền thống của tỉnh')).toEqual([
      'Đã thêm ngày nghỉ riêng 04/05/2022: Lễ hội truyền thống của tỉnh. Các hạn tính theo ngày làm việc sẽ bỏ qua ngày này.',
    ])
    expect(await t.say(owner(), 'private', '/ngaynghi lambu 07/5/2022 Làm bù ngày lễ hội')).toEqual([
      'Đã thêm ngày làm việc (làm bù) 07/05/2022: Làm bù ngày lễ hội.',
    ])
    expect(await t.say(owner(), 'private', '/ngaynghi nghi 1/5/2022 Trùng')).toEqual([
      'Ngày này đã là ngày nghỉ (Ngày Quốc tế Lao động), không cần thêm.',
    ])
    expect(await t.say(owner(), 'private', '/ngaynghi nghi 31/4/2022 Sai ngày')).toEqual([
      'Ngày “31/4/2022” không có trên lịch. Vui lòng kiểm tra lại.',
    ])
    const list = (await t.say(owner(), 'private', '/ngaynghi'))[0] ?? ''
    expect(list).toContain('04/05/2022 (Thứ Tư) — nghỉ: Lễ hội truyền thống của tỉnh [riêng của cơ quan]')
    expect(list).toContain('07/05/2022 (Thứ Bảy) — làm việc (làm bù): Làm bù ngày lễ hội [riêng của cơ quan]')
    expect(list).toContain('Công văn số 245/VPCP-KGVX')
    const calendar = await t.services.calendar.forCommittee((await t.db.prisma.committee.findFirstOrThrow()).id)
    expect(calendar.addWorkingDays('2022-05-03', 1)).toBe('2022-05-05')
    expect(await t.say(owner(), 'private', '/ngaynghi xoa 04/5/2022')).toEqual(['Đã bỏ thay đổi riêng của ngày 04/05/2022.'])
    expect(
      (await t.db.prisma.auditEvent.findMany({ where: { targetType: 'calendar_day' }, orderBy: { id: 'asc' } })).map((e) => e.action),
    ).toEqual(['calendar.set', 'calendar.set', 'calendar.remove'])
  })
})
