import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fromDbDate } from '../../src/services/calendar/local-date.js'
import { atLocalTime } from '../../src/services/time.js'
import { createTestBot, issueCode, setUpCommittee, type TestBot, type TestGroup } from '../helpers/test-bot.js'

const at = (date: string, time: string) => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')

describe('after the session: bad input, privacy, a plan without a rule, bridge points', () => {
  let t: TestBot
  let group: TestGroup
  const an = () => t.person('Nguyễn Văn An')
  const cuong = () => t.person('Lê Văn Cường') // contact of Sở Y tế

  beforeEach(async () => {
    t = await createTestBot({ now: at('2022-04-01', '09:00') })
    await setUpCommittee(t, an())
    group = t.group('Ban Thường vụ — điều hành', [an()])
    await t.say(an(), group, `/dangky ${await issueCode(t, an(), 1)}`)
    await t.say(an(), 'private', '/coquan them Ban Dân vận Tỉnh ủy | BDVTU')
    await t.say(an(), 'private', '/coquan them Sở Y tế | SYT')
    await t.say(an(), 'private', '/coquan them Ban Thường vụ Huyện ủy Bình Sơn | HU Bình Sơn')
    await t.say(cuong(), 'private', `/thamgia ${await issueCode(t, an(), 4, 2)}`)
    await t.say(
      an(),
      'private',
      '/kehoach moi 12-KH/TU | Kế hoạch đối thoại trực tiếp của Bí thư Tỉnh ủy với dân năm 2022 | 2022 | 10/01/2022',
    )
    // Seed 001's first session: in person or online, with a central and two local bridge points; its plan states no notice rule here.
    await t.say(an(), 'private', '/phienmoi')
    await t.press(an(), 'private', 1)
    for (const answer of [
      'Đối thoại với cán bộ, công chức, viên chức ngành y tế',
      'Bí thư Tỉnh ủy',
      'Cán bộ, công chức, viên chức ngành y tế',
      'Khoảng 150 đại biểu',
      '19/5/2022 8h00',
    ]) {
      await t.say(an(), 'private', answer)
    }
    await t.press(an(), 'private', 3)
    await t.say(an(), 'private', 'Hội trường Tỉnh ủy')
    await t.say(an(), 'private', 'Phòng họp A - Ban Thường vụ Tỉnh ủy')
    await t.say(an(), 'private', 'Hội trường Huyện ủy Bình Sơn; Hội trường Huyện ủy Tư Nghĩa')
    await t.deliver()
  }, 180_000)
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  it('bridge points: a body named per point confirms readiness; the digest lists the points not ready', async () => {
    expect(await t.say(an(), 'private', '/diemcau 1 han 16h00 18/5/2022')).toEqual([
      'Đã đặt hạn xác nhận điểm cầu của buổi đối thoại số 1: 16:00 18/05/2022.',
    ])
    await t.say(an(), 'private', '/diemcau 1 giao 2 HU Bình Sơn')
    const head = t.person('Đầu mối Bình Sơn')
    await t.say(head, 'private', `/thamgia ${await issueCode(t, an(), 4, 3)}`)
    // Sở Y tế's contact does not answer for Bình Sơn's point.
    expect(await t.say(cuong(), 'private', '/diemcau 1 sansang 2 | Trần Văn B, 0905123456')).toEqual([
      'Bạn không phụ trách điểm cầu 2 (Hội trường Huyện ủy Bình Sơn). Liên hệ bộ phận tham mưu.',
    ])
    await t.say(head, 'private', '/diemcau 1 sansang 2')
    await t.press(head, 'private', 1)
    await t.press(head, 'private', 2)
    expect(await t.say(head, 'private', 'Trần Văn B, 0905123456')).toEqual([
      'Đã ghi nhận. Điểm cầu 2 (Hội trường Huyện ủy Bình Sơn) chưa sẵn sàng đầy đủ; xác nhận lại khi xong.',
    ])
    const list = (await t.say(an(), 'private', '/diemcau 1')).join('\n')
    expect(list).toContain('Hạn xác nhận sẵn sàng: 16:00 18/05/2022')
    expect(list).toContain(
      '2. Hội trường Huyện ủy Bình Sơn (HU Bình Sơn) — phòng họp ✓ · thử kết nối ✗ · phụ trách: Trần Văn B, 0905123456 — chưa sẵn sàng',
    )
    expect(await t.say(head, 'private', '/diemcau 1 sansang 2 | Trần Văn B, 0905123456')).toEqual([
      '✅ Điểm cầu 2 (Hội trường Huyện ủy Bình Sơn) đã sẵn sàng.',
    ])
    // On 16/05 the digest lists the two points still not ready, with their deadline.
    t.clock.set(at('2022-05-16', '07:30'))
    const preview = (await t.say(an(), 'private', '/bantin')).join('\n')
    expect(preview).toContain('📡 Điểm cầu chưa xác nhận sẵn sàng (2):')
    expect(preview).toContain('• Buổi 1: Phòng họp A - Ban Thường vụ Tỉnh ủy (-) — hạn xác nhận 16:00 18/05')
    expect(preview).toContain('• Buổi 1: Hội trường Huyện ủy Tư Nghĩa (-) — hạn xác nhận 16:00 18/05')
    expect(preview).not.toContain('Hội trường Huyện ủy Bình Sơn (HU Bình Sơn) — hạn')
    expect((await t.say(an(), 'private', '/phien 1')).join('\n')).toContain('📡 Điểm cầu sẵn sàng: 1/3 — xem /diemcau 1')
  }, 180_000)

  it('bad input is refused at its step and changes nothing', async () => {
    // Registration: closing time in the past; a phone that is not one (asked again); too-short content.
    expect(await t.say(an(), 'private', '/phatbieu 1 mo 17h00 1/3/2022')).toEqual(['Thời hạn đăng ký phải sau thời điểm hiện tại.'])
    const opened = (await t.say(an(), 'private', '/phatbieu 1 mo')).join('\n')
    expect(opened).toContain('đến 17:00 18/05/2022') // by default 17:00 the day before the session
    const code = /Mã đăng ký: ([A-Z2-9]{6})/.exec(opened)?.[1] ?? ''
    const citizen = t.person('Công dân')
    await t.say(citizen, 'private', `/dk ${code}`)
    await t.say(citizen, 'private', 'Công dân A')
    await t.say(citizen, 'private', 'xã Bình Sơn')
    await t.press(citizen, 'private', 4)
    expect(await t.say(citizen, 'private', 'Đề nghị')).toEqual([
      'Nội dung quá ngắn. Vui lòng ghi rõ câu hỏi hoặc ý kiến (ít nhất 10 ký tự).',
    ])
    await t.say(citizen, 'private', 'Đề nghị tăng cường bác sĩ cho trạm y tế xã.')
    await t.press(citizen, 'private', 1)
    expect(await t.say(citizen, 'private', '12345')).toEqual([
      'Số điện thoại chưa đúng (ví dụ: 0905123456). Bấm “Bỏ qua” nếu không muốn để lại số.',
    ])
    // The clock passes the closing time while the form is open: refused at saving, nothing saved.
    t.clock.set(at('2022-05-18', '17:01'))
    expect((await t.press(citizen, 'private', 1))[0]).toContain('Đã hết hạn đăng ký phát biểu cho buổi đối thoại số 1')
    expect(await t.db.prisma.speakerRegistration.count()).toBe(0)
    expect(await t.say(t.person('Người khác'), 'private', '/dk ABCDEF')).toEqual([
      'Không tìm thấy buổi đối thoại có mã “ABCDEF”. Vui lòng kiểm tra lại mã trong thông báo.',
    ])

    // Opinions: one without content is asked again; an answer in writing needs a body.
    t.clock.set(at('2022-05-19', '09:00'))
    await t.say(an(), 'private', '/ykien 1 ghi')
    await t.press(an(), 'private', 1) // skip the speaker's name
    await t.press(an(), 'private', 1) // and place
    expect(await t.say(an(), 'private', 'ok')).toEqual(['Ý kiến chưa có nội dung. Vui lòng ghi nội dung ý kiến.'])
    await t.say(an(), 'private', 'Đề nghị bổ sung biên chế cho trạm y tế xã.')
    await t.press(an(), 'private', 10) // no field
    await t.press(an(), 'private', 2) // in writing
    expect(await t.say(an(), 'private', 'Sở Xây dựng')).toEqual([
      'Không tìm thấy cơ quan, đơn vị “Sở Xây dựng”. Gõ số thứ tự hoặc tên như trong danh sách /coquan.',
    ])
    await t.say(an(), 'private', 'SYT')
    expect(await t.say(an(), 'private', 'sớm nhất có thể')).toEqual([
      'Tôi chưa đọc được thời hạn “sớm nhất có thể”. Viết ngày hoặc khoảng thời gian, ví dụ: chậm nhất ngày 20/3/2027 · ' +
        'trước buổi đối thoại 05 ngày làm việc · trong 07 ngày làm việc sau buổi đối thoại.',
    ])
    expect((await t.say(an(), 'private', 'chậm nhất ngày 10/6/2022'))[0]).toBe(
      '✅ Đã ghi ý kiến số 1: Sở Y tế trả lời bằng văn bản — nhiệm vụ số 1, hạn 10/06/2022 — chưa hoàn thành, còn hạn.',
    )
    await t.press(an(), 'private', 2)
    expect(await t.say(an(), 'private', '/ykien 1 sua 1 noidung ok')).toEqual(['Ý kiến chưa có nội dung. Vui lòng ghi nội dung ý kiến.'])
    expect((await t.db.prisma.opinion.findFirstOrThrow()).content).toBe('Đề nghị bổ sung biên chế cho trạm y tế xã.')

    // Conclusions before the session is held, and an item without a body.
    expect(await t.say(an(), 'private', '/ketluan 1 ghi')).toEqual([
      'Buổi đối thoại số 1 chưa được ghi nhận đã tổ chức. Ghi nhận tại /phien 1.',
    ])
    await t.say(an(), 'private', '/phien 1')
    await t.press(an(), 'private', 1)
    await t.press(an(), 'private', 1) // today
    // The plan states no notice rule: the drafting body and the deadline are asked.
    await t.press(an(), 'private', 1) // Ban Dân vận
    const held = (await t.press(an(), 'private', 1)).join('\n') // 07 working days after the session
    expect(held).toContain('Thông báo kết luận: nhiệm vụ số 2 — Ban Dân vận Tỉnh ủy — hạn 30/05/2022')
    expect(held).toContain('«trong thời hạn 07 ngày làm việc kể từ khi kết thúc buổi đối thoại»')
    const plan = await t.db.prisma.plan.findFirstOrThrow()
    expect(plan.conclusionRule).toMatchObject({ kind: 'relative', offset: 7, unit: 'working_days', anchor: 'session_end' })
    // The held session stays selectable for the tasks that concern it.
    await t.say(an(), 'private', '/giaoviec')
    expect(t.buttons('private', an())[0]).toMatch(/^Buổi 1: Đối thoại với cán bộ/)
    await t.say(an(), 'private', '/huy')
    await t.say(an(), 'private', '/ketluan 1 ghi')
    await t.say(an(), 'private', '12-TB/TU')
    await t.say(an(), 'private', '19/5/2022')
    await t.press(an(), 'private', 1)
    await t.press(an(), 'private', 1) // done, no items in the dialogue
    expect(await t.say(an(), 'private', '/ketluan 1 them Tăng cường bác sĩ cho tuyến xã | | - | 30/9/2022')).toEqual([
      'Mỗi nội dung kết luận phải giao một cơ quan chủ trì thực hiện.',
    ])
    expect(await t.say(an(), 'private', '/ketluan 1 them Tăng cường bác sĩ cho tuyến xã | SYT | - | khi nào xong')).toEqual([
      'Tôi chưa đọc được thời hạn “khi nào xong”. Viết ngày hoặc khoảng thời gian, ví dụ: chậm nhất ngày 20/3/2027 · trước ' +
        'buổi đối thoại 05 ngày làm việc · trong 07 ngày làm việc sau buổi đối thoại.',
    ])
    expect(await t.db.prisma.conclusionItem.count()).toBe(0)
    await t.say(an(), 'private', '/ketluan 1 them Tăng cường bác sĩ cho tuyến xã | SYT | BDVTU | 30/9/2022')
    const item = await t.db.prisma.conclusionItem.findFirstOrThrow({ include: { task: { include: { bodies: true } } } })
    expect(item.task.bodies.map((b) => b.role).sort()).toEqual(['coordinating', 'lead'])

    // Progress of 140 % and a milestone after the due date: refused, nothing saved.
    expect(await t.say(cuong(), 'private', `/tiendo ${item.task.number} 140`)).toEqual([
      'Tiến độ “140” không hợp lệ: phải là số từ 0 đến 100 (%).',
    ])
    await t.say(cuong(), 'private', `/tiendo ${item.task.number}`)
    await t.press(cuong(), 'private', 1)
    expect(await t.say(cuong(), 'private', '140%')).toEqual(['Tiến độ “140%” không hợp lệ: phải là số từ 0 đến 100 (%).'])
    await t.say(cuong(), 'private', '40%')
    await t.press(cuong(), 'private', 1) // no note
    // The evidence step: a text that is neither a link nor "skip" is asked again; "hủy" leaves, nothing saved.
    expect(await t.say(cuong(), 'private', 'chưa có')).toEqual([
      'Vui lòng gửi tệp, dán đường link bắt đầu bằng http(s)://, hoặc bấm “Bỏ qua”.',
    ])
    expect(await t.say(cuong(), 'private', 'hủy')).toEqual(['Đã hủy thao tác đang làm. Không có gì được lưu.'])
    expect(await t.say(cuong(), 'private', `/mocviec ${item.task.number} them 15/10/2022 Tuyển dụng`)).toEqual([
      'Mốc không thể sau hạn của nhiệm vụ (30/09/2022).',
    ])
    expect(await t.db.prisma.taskProgress.count()).toBe(0)
    expect(await t.db.prisma.taskMilestone.count()).toBe(0)
    // Someone else's body may not report on it.
    const other = t.person('Đầu mối khác')
    await t.say(other, 'private', `/thamgia ${await issueCode(t, an(), 4, 3)}`)
    expect(await t.say(other, 'private', `/tiendo ${item.task.number} 50`)).toEqual([
      `Nhiệm vụ số ${item.task.number} không phải của cơ quan, đơn vị bạn phụ trách.`,
    ])
    expect(await t.db.prisma.taskProgress.count()).toBe(0)
  }, 240_000)

  it('keeps citizens’ data out of groups and away from bodies not concerned; /caidat hantraloi sets the default', async () => {
    expect(await t.say(an(), group, '/phatbieu 1')).toEqual(['Lệnh này chỉ dùng trong trò chuyện riêng với tôi.'])
    expect(await t.say(an(), group, '/bienban 1')).toEqual(['Lệnh này chỉ dùng trong trò chuyện riêng với tôi.'])
    expect(await t.say(an(), 'private', '/caidat hantraloi 90')).toEqual(['“90” không hợp lệ: số ngày làm việc từ 1 đến 60.'])
    expect(await t.say(an(), 'private', '/caidat hantraloi 10')).toEqual([
      'Đã lưu. Hạn trả lời ý kiến bằng văn bản mặc định: 10 ngày làm việc kể từ khi kết thúc buổi đối thoại.',
    ])
    expect((await t.db.prisma.committee.findFirstOrThrow()).answerWorkingDays).toBe(10)
    // A body's contact may not record opinions, nor read the minutes.
    expect(await t.say(cuong(), 'private', '/ykien 1 ghi')).toEqual([
      'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.',
    ])
    expect(await t.say(cuong(), 'private', '/bienban 1')).toEqual([
      'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.',
    ])
    // The minutes are signed and filed: a field that says nothing is refused, nothing saved.
    expect(await t.say(an(), 'private', '/bienban 1 chutri 😀😀😀')).toEqual(['“😀😀😀” chưa có nội dung: vui lòng viết bằng chữ.'])
    expect(await t.say(an(), 'private', `/bienban 1 ketluan ${'Ghi nhận ý kiến. '.repeat(300)}`)).toEqual([
      'Câu trả lời dài quá 4.000 ký tự. Vui lòng viết ngắn hơn.',
    ])
    expect(await t.db.prisma.minutes.count()).toBe(0)
    // Recorded now, the written answer takes the new default: 10 working days after 19/05/2022.
    t.clock.set(at('2022-05-19', '10:00'))
    await t.say(an(), 'private', '/ykien 1 ghi')
    await t.say(an(), 'private', 'Nguyễn Thị C')
    await t.say(an(), 'private', 'xã Bình Sơn')
    await t.say(an(), 'private', 'Đề nghị bổ sung thuốc bảo hiểm y tế tại trạm y tế xã.')
    await t.press(an(), 'private', 4)
    await t.press(an(), 'private', 2)
    await t.say(an(), 'private', 'SYT')
    await t.press(an(), 'private', 1)
    const task = await t.db.prisma.task.findFirstOrThrow({ where: { kind: 'opinion_answer' } })
    expect(fromDbDate(task.dueDate!)).toBe('2022-06-02')
    expect(task.title).not.toContain('Nguyễn Thị C')
    // The body sees the opinion it answers, without the name and place; /ykien in the group shows no names.
    const mine = (await t.say(cuong(), 'private', '/ykien')).join('\n')
    expect(mine).toContain('Đề nghị bổ sung thuốc bảo hiểm y tế')
    expect(mine).not.toContain('Nguyễn Thị C')
    expect(mine).not.toContain('xã Bình Sơn')
    expect(await t.say(an(), group, '/ykien 1')).toEqual(['Lệnh này chỉ dùng trong trò chuyện riêng với tôi.'])
  }, 180_000)
})
