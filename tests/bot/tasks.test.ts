import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reviewData } from '../../src/bot/callback-data/codec.js'
import { fromDbDate } from '../../src/services/calendar/local-date.js'
import { countOutcomes } from '../../src/services/tasks/outcomes.js'
import { createTestBot, issueCode, setUpCommittee, type TestBot, type TestGroup } from '../helpers/test-bot.js'

/** The cycle of seed 000: Sở Giáo dục's report before 28/02/2023 and Ban Dân vận's 10-days-before task. */
describe('tasks for bodies through the real bot', () => {
  let t: TestBot
  let group: TestGroup
  const an = () => t.person('Nguyễn Văn An')
  const cuong = () => t.person('Lê Văn Cường')
  const dung = () => t.person('Phạm Dũng')

  beforeEach(async () => {
    t = await createTestBot({ now: new Date('2023-01-10T02:00:00Z') })
    await setUpCommittee(t, an())
    group = t.group('Ban Thường vụ — điều hành', [an()])
    await t.say(an(), group, `/dangky ${await issueCode(t, an(), 1)}`)
    await t.say(an(), 'private', '/coquan them Ban Dân vận Tỉnh ủy | BDVTU | Dân vận tỉnh')
    await t.say(an(), 'private', '/coquan them Sở Giáo dục và Đào tạo | SGDĐT')
    await t.say(an(), 'private', '/coquan them Văn phòng Tỉnh ủy | VPTU')
    await t.say(an(), 'private', '/coquan them Thường trực Tỉnh ủy | TTTU')
    await t.say(cuong(), 'private', `/thamgia ${await issueCode(t, an(), 4, 2)}`)
    await t.say(dung(), 'private', `/thamgia ${await issueCode(t, an(), 4, 1)}`)
    await t.say(an(), 'private', '/kehoach moi - | Kế hoạch tổ chức đối thoại trực tiếp của Bí thư Tỉnh ủy với dân năm 2023 | 2023 | -')
    await t.say(an(), 'private', '/phienmoi')
    await t.press(an(), 'private', 1)
    await t.say(an(), 'private', 'Đối thoại với cán bộ, công chức, viên chức ngành giáo dục và đào tạo trên địa bàn tỉnh')
    await t.say(an(), 'private', 'Bí thư Tỉnh ủy')
    await t.say(an(), 'private', 'Đại diện cán bộ, công chức, viên chức ngành giáo dục và đào tạo')
    await t.say(an(), 'private', 'Khoảng 150 đại biểu')
    await t.say(an(), 'private', 'Quý II năm 2023 (dự kiến trong tháng 4/2023)')
    await t.press(an(), 'private', 1)
    await t.say(an(), 'private', 'Hội trường Tỉnh ủy')
  })
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  async function assign(options: {
    title: string
    lead: string
    coordinating?: string
    requiresCoordinators?: boolean
    recipient?: string
    cc?: string
    deadline: string
  }) {
    await t.say(an(), 'private', '/giaoviec')
    await t.press(an(), 'private', 1) // session 1
    await t.say(an(), 'private', options.title)
    await t.press(an(), 'private', 1) // kind: report
    await t.say(an(), 'private', options.lead)
    if (options.coordinating) {
      await t.say(an(), 'private', options.coordinating)
      await t.press(an(), 'private', options.requiresCoordinators ? 2 : 1)
    } else {
      await t.press(an(), 'private', 1)
    }
    if (options.recipient) {
      await t.say(an(), 'private', options.recipient)
      if (options.cc) {
        await t.say(an(), 'private', options.cc)
      } else {
        await t.press(an(), 'private', 1)
      }
    } else {
      await t.press(an(), 'private', 1)
    }
    const preview = await t.say(an(), 'private', options.deadline)
    const saved = await t.press(an(), 'private', 1)
    return { preview: preview.at(-1) ?? '', saved }
  }

  async function assignBoth() {
    const sgd = await assign({
      title: 'Khảo sát, tổng hợp, báo cáo tình hình tư tưởng, tâm trạng của cán bộ, công chức, viên chức ngành giáo dục',
      lead: 'sgdđt',
      recipient: 'Ban Dân vận Tỉnh ủy',
      deadline: 'Tổng hợp báo cáo gửi về Ban Dân vận Tỉnh ủy **trước ngày 28/02/2023**.',
    })
    const bdv = await assign({
      title: 'Tổng hợp, báo cáo, tham mưu nội dung, tài liệu, đề xuất phương án, giải pháp liên quan đến chủ đề đối thoại',
      lead: 'BDVTU',
      coordinating: 'VPTU',
      recipient: 'TTTU',
      deadline: 'trình Thường trực Tỉnh ủy chậm nhất trước 10 ngày so với thời điểm tổ chức đối thoại',
    })
    return { sgd, bdv }
  }

  it('assigns with a preview of the computed due date, tells the contacts, and lists unreachable ones', async () => {
    const { sgd, bdv } = await assignBoth()
    expect(sgd.preview).toContain(
      '• Hạn: 27/02/2023 — theo kế hoạch: «Tổng hợp báo cáo gửi về Ban Dân vận Tỉnh ủy **trước ngày 28/02/2023**.»',
    )
    expect(sgd.saved).toEqual(['Đã giao nhiệm vụ số 1. Đã báo các đầu mối và 0 nhóm cơ quan.'])
    expect(bdv.preview).toContain('• Hạn: 22/03/2023 (dự kiến)')
    expect(bdv.preview).toContain('• Phối hợp: Văn phòng Tỉnh ủy')
    // Văn phòng Tỉnh ủy has no contact yet: the secretariat is told to call.
    expect(bdv.saved).toEqual([
      'Đã giao nhiệm vụ số 2. Đã báo các đầu mối và 0 nhóm cơ quan.\n' +
        'Chưa báo được (chưa mở trò chuyện với bot hoặc chưa có đầu mối): Văn phòng Tỉnh ủy. Vui lòng báo trực tiếp.',
    ])
    // The contacts hear of it through the outbox: written with the task, sent by the sender.
    expect(t.api.texts(cuong().id).join('\n')).not.toContain('📌 Nhiệm vụ mới')
    expect(await t.db.prisma.delivery.count({ where: { topic: 'task-announce', state: 'pending' } })).toBe(2)
    expect(await t.deliver()).toMatchObject({ sent: 2, failed: 0, unknown: 0 })
    const told = t.api.texts(cuong().id).at(-1) ?? ''
    expect(told).toContain('📌 Nhiệm vụ mới số 1: Khảo sát, tổng hợp')
    expect(t.buttons('private', cuong())).toEqual(['📤 Xác nhận đã gửi'])
    expect(told).toContain('Hạn: 27/02/2023 — «Tổng hợp báo cáo gửi về Ban Dân vận Tỉnh ủy **trước ngày 28/02/2023**.»')
    const tasks = await t.db.prisma.task.findMany({ include: { bodies: { include: { body: true } } }, orderBy: { number: 'asc' } })
    expect(tasks.map((task) => [task.number, task.dueDate && fromDbDate(task.dueDate), task.dueProvisional])).toEqual([
      [1, '2023-02-27', false],
      [2, '2023-03-22', true],
    ])
    expect(tasks[1]?.bodies.map((b) => [b.role, b.body.shortName])).toEqual([
      ['lead', 'BDVTU'],
      ['coordinating', 'VPTU'],
      ['recipient', 'TTTU'],
    ])
    expect(tasks[1]?.deadlineRule).toMatchObject({ kind: 'relative', offset: -10, unit: 'days', anchor: 'session_start' })
  })

  it('runs the whole cycle: the contact sees, submits with a file, is returned once, then accepted', async () => {
    await assignBoth()
    const mine = (await t.say(cuong(), 'private', '/viec'))[0] ?? ''
    expect(mine).toContain('Nhiệm vụ của cơ quan, đơn vị bạn phụ trách (1):')
    expect(mine).toContain('1. SGDĐT — Khảo sát, tổng hợp')
    expect(mine).not.toContain('BDVTU —')

    t.clock.set(new Date('2023-02-20T03:00:00Z'))
    await t.say(cuong(), 'private', '/nop 1')
    await t.say(cuong(), 'private', '45/BC-SGDĐT')
    expect(await t.say(cuong(), 'private', '25/02/2023')).toEqual(['Ngày văn bản không thể sau hôm nay.'])
    await t.say(cuong(), 'private', '18/02/2023')
    expect(await t.sendFile(cuong(), 'private', { fileName: 'bao-cao.exe', mimeType: 'application/x-msdownload', size: 1000 })).toEqual([
      'Tệp “bao-cao.exe” không thuộc loại nhận được. Nhận PDF, Word, Excel, OpenDocument hoặc ảnh.',
    ])
    expect(await t.sendFile(cuong(), 'private', { fileName: 'lon.pdf', mimeType: 'application/pdf', size: 30 * 1024 * 1024 })).toEqual([
      'Tệp lớn hơn 20 MB. Vui lòng gửi tệp nhỏ hơn hoặc dán đường link.',
    ])
    await t.sendFile(cuong(), 'private', { fileName: 'bao-cao-45.pdf', mimeType: 'application/pdf', size: 120_000 })
    expect(await t.press(cuong(), 'private', 1)).toEqual([
      'Đã ghi nhận Sở Giáo dục và Đào tạo gửi báo cáo cho nhiệm vụ số 1. Bộ phận tham mưu sẽ xem xét và báo lại.',
    ])
    await t.deliver()
    const notice = t.api.texts(an().id).at(-1) ?? ''
    expect(notice).toContain('Sở Giáo dục và Đào tạo xác nhận đã gửi văn bản số 45/BC-SGDĐT ngày 18/02/2023.')
    expect(notice).toContain('Tệp / link: bao-cao-45.pdf')
    expect(t.buttons('private', an())).toEqual(['✅ Chấp nhận', '↩ Trả lại, bổ sung'])

    // A second confirmation while the first awaits review is refused.
    expect(await t.say(cuong(), 'private', '/nop 1')).toEqual([
      'Xác nhận đã gửi báo cáo cho nhiệm vụ số 1. Số, ký hiệu văn bản? (ví dụ: 45/BC-SYT)',
    ])
    await t.say(cuong(), 'private', '46/BC-SGDĐT')
    await t.say(cuong(), 'private', '19/02/2023')
    await t.say(cuong(), 'private', 'https://vanban.example/46')
    expect(await t.press(cuong(), 'private', 1)).toEqual([
      'Nhiệm vụ số 1 đang có một báo cáo chờ xem xét của cơ quan bạn. Vui lòng đợi kết quả.',
    ])

    await t.press(an(), 'private', 2)
    expect(await t.say(an(), 'private', 'Bổ sung số liệu năm 2022')).toEqual(['Đã trả lại báo cáo của nhiệm vụ số 1 và báo cho cơ quan.'])
    await t.deliver()
    expect(t.api.texts(cuong().id).at(-1)).toContain('Lý do: Bổ sung số liệu năm 2022')
    expect((await t.db.prisma.task.findFirstOrThrow({ where: { number: 1 } })).status).toBe('open')

    t.clock.set(new Date('2023-02-24T03:00:00Z'))
    await t.say(cuong(), 'private', '/nop 1')
    await t.say(cuong(), 'private', '45b/BC-SGDĐT')
    await t.press(cuong(), 'private', 1) // today
    await t.press(cuong(), 'private', 1) // no file
    await t.say(cuong(), 'private', 'Đã bổ sung số liệu')
    await t.deliver()
    expect(await t.press(an(), 'private', 1)).toEqual(['Đã chấp nhận báo cáo. Nhiệm vụ số 1 đã hoàn thành.'])
    await t.deliver()
    expect(t.api.texts(cuong().id).at(-1)).toBe(
      '✅ Văn bản số 45b/BC-SGDĐT của nhiệm vụ số 1 (Khảo sát, tổng hợp, báo cáo tình hình tư tưởng, tâm trạng của cán bộ, công chức, ' +
        'viên chức ngành giáo dục) đã được chấp nhận.',
    )
    const done = await t.db.prisma.task.findFirstOrThrow({ where: { number: 1 } })
    expect(done.status).toBe('done')
    expect(done.completedOn && fromDbDate(done.completedOn)).toBe('2023-02-24')

    const detail = (await t.say(an(), 'private', '/viec 1'))[0] ?? ''
    expect(detail).toContain('Nhiệm vụ số 1 — hoàn thành đúng hạn')
    expect(detail).toContain(
      'SGDĐT: văn bản số 45/BC-SGDĐT ngày 18/02/2023, xác nhận ngày 20/02/2023 — trả lại, bổ sung ' +
        '— Bổ sung số liệu năm 2022 [bao-cao-45.pdf]',
    )
    expect(detail).toContain('SGDĐT: văn bản số 45b/BC-SGDĐT ngày 24/02/2023, xác nhận ngày 24/02/2023 — đã chấp nhận')
    for (const line of [
      'giao nhiệm vụ',
      'Sở Giáo dục và Đào tạo xác nhận đã gửi văn bản số 45/BC-SGDĐT',
      'trả lại văn bản số 45/BC-SGDĐT',
      'chấp nhận văn bản số 45b/BC-SGDĐT',
    ]) {
      expect(detail).toContain(line)
    }
    // A stale press on the first notice changes nothing.
    expect(await t.pressData(an(), 'private', reviewData.pack({ submission: 1, verdict: 'ok' }))).toEqual([
      'Báo cáo này đã được xem xét rồi.',
    ])
  })

  it('classifies tasks into the four outcome classes before and after the due date', async () => {
    await assignBoth()
    const classes = async (on: string) => {
      const tasks = await t.db.prisma.task.findMany()
      return countOutcomes(
        tasks.map((task) => ({
          status: task.status,
          dueDate: task.dueDate && fromDbDate(task.dueDate),
          completedOn: task.completedOn && fromDbDate(task.completedOn),
        })),
        on,
      ).total
    }
    expect(await classes('2023-02-27')).toMatchObject({ open_in_term: 2, open_overdue: 0 })
    expect(await classes('2023-02-28')).toMatchObject({ open_in_term: 1, open_overdue: 1 })
    t.clock.set(new Date('2023-03-01T03:00:00Z'))
    expect((await t.say(an(), 'private', '/quahan'))[0]).toContain('1. SGDĐT — Khảo sát')
    await t.say(cuong(), 'private', '/nop 1')
    await t.say(cuong(), 'private', '45/BC-SGDĐT')
    await t.say(cuong(), 'private', '27/02/2023')
    await t.press(cuong(), 'private', 1)
    await t.press(cuong(), 'private', 1)
    await t.deliver()
    await t.press(an(), 'private', 1)
    // Confirmed and accepted on 01/03, after the last acceptable day 27/02, but the document is dated
    // 27/02: the document's date counts, so it is done on time (issue 10, defect 7).
    expect(await classes('2023-03-01')).toMatchObject({ done_late: 0, open_in_term: 1, done_on_time: 1 })
    const list = (await t.say(an(), 'private', '/viec tatca'))[0] ?? ''
    expect(list).toContain('Đúng hạn: 1 · Trễ hạn: 0 · Còn hạn: 1 · Quá hạn: 0 · Đã gia hạn: 0')
  })

  it('recomputes the dependent due dates when the session moves, and tells the group what moved', async () => {
    await assignBoth()
    const before = t.api.texts(group.id).length
    expect(await t.say(an(), 'private', '/doilich 1 20/4/2023 8h00 | Thường trực chốt lịch')).toEqual([
      expect.stringContaining('Đã báo 1 nhóm chung.'),
    ])
    await t.deliver()
    const notice = t.api.texts(group.id).slice(before).join('\n')
    expect(notice).toContain('Các hạn tính theo buổi đối thoại này đã được tính lại:')
    expect(notice).toContain(
      '• Nhiệm vụ 2 (Tổng hợp, báo cáo, tham mưu nội dung, tài liệu, đề xuất phương án, giải pháp liên quan đến chủ đề đối thoại): ' +
        '22/03/2023 → 10/04/2023 «trình Thường trực Tỉnh ủy chậm nhất trước 10 ngày so với thời điểm tổ chức đối thoại»',
    )
    expect(notice).not.toContain('Nhiệm vụ 1 ')
    const task = await t.db.prisma.task.findFirstOrThrow({ where: { number: 2 } })
    expect([task.dueDate && fromDbDate(task.dueDate), task.dueProvisional]).toEqual(['2023-04-10', false])
    const session = (await t.say(an(), 'private', '/phien 1'))[0] ?? ''
    expect(session).toContain('Nhiệm vụ của buổi đối thoại (2):')
    expect(session).toContain('2. BDVTU — Tổng hợp, báo cáo, tham mưu nội dung, tài liệu, đề xuất phương án… — hạn 10/04/2023')
  })

  it('handles an extension: the lead contact asks, the secretariat approves, both dates are kept', async () => {
    await assignBoth()
    await t.say(cuong(), 'private', '/giahan 1')
    expect(await t.say(cuong(), 'private', '20/02/2023')).toEqual(['Ngày xin gia hạn phải sau hạn hiện tại.'])
    await t.say(cuong(), 'private', '10/03/2023')
    expect(await t.say(cuong(), 'private', 'Chờ số liệu của các trường')).toEqual([
      'Đã gửi đề nghị gia hạn nhiệm vụ số 1 đến 10/03/2023. Bộ phận tham mưu sẽ quyết định và báo lại.',
    ])
    await t.deliver()
    expect(t.api.texts(an().id).at(-1)).toContain('Từ 27/02/2023 đến 10/03/2023. Lý do: Chờ số liệu của các trường')
    expect(await t.press(an(), 'private', 1)).toEqual(['Đã đồng ý gia hạn nhiệm vụ số 1.'])
    await t.deliver()
    expect(t.api.texts(cuong().id).at(-1)).toContain('Đồng ý gia hạn nhiệm vụ số 1')
    const task = await t.db.prisma.task.findFirstOrThrow({ where: { number: 1 } })
    expect([task.ruleDueDate && fromDbDate(task.ruleDueDate), task.dueDate && fromDbDate(task.dueDate), task.extended]).toEqual([
      '2023-02-27',
      '2023-03-10',
      true,
    ])
    expect((await t.say(an(), 'private', '/viec 1'))[0]).toContain(
      'từ 27/02/2023 đến 10/03/2023 (lý do: Chờ số liệu của các trường) — đã đồng ý',
    )
    // Only the lead body's contact may ask: refused before any question (issue 10, defect 4).
    expect(await t.say(dung(), 'private', '/giahan 1')).toEqual(['Chỉ đầu mối của cơ quan chủ trì nhiệm vụ số 1 mới xin gia hạn được.'])
    expect(await t.say(cuong(), 'private', '/giahan 1 10/3/2023 | bận')).toEqual([
      'Chỉ cần gõ /giahan 1: tôi sẽ hỏi lần lượt ngày xin gia hạn và lý do.',
    ])
    expect(await t.say(cuong(), 'private', '/nop 1 45/BC-SGDĐT')).toEqual([
      'Chỉ cần gõ /nop 1: tôi sẽ hỏi lần lượt số, ký hiệu và ngày của văn bản, rồi tệp đính kèm hoặc đường dẫn.',
    ])
    expect(await t.say(dung(), 'private', '20/03/2023')).not.toContain('Lý do xin gia hạn?')
  })

  it('refuses what a role may not do, and wrong input, changing nothing', async () => {
    await assignBoth()
    const snapshot = async () => ({
      tasks: await t.db.prisma.task.findMany({ orderBy: { id: 'asc' } }),
      submissions: await t.db.prisma.submission.count(),
    })
    const before = await snapshot()
    const forbidden = 'Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.'
    expect(await t.say(cuong(), 'private', '/giaoviec')).toEqual([forbidden])
    expect(await t.say(cuong(), 'private', '/huyviec 1 không làm')).toEqual([forbidden])
    expect(await t.say(cuong(), 'private', '/suaviec 1 trước ngày 30/3/2023 | muốn lùi')).toEqual([forbidden])
    expect(await t.pressData(cuong(), 'private', reviewData.pack({ submission: 1, verdict: 'ok' }))).toEqual([forbidden])
    // Not your body's task.
    expect(await t.say(cuong(), 'private', '/viec 2')).toEqual(['Nhiệm vụ số 2 không phải của cơ quan, đơn vị bạn phụ trách.'])
    // Refused before the dialogue asks anything (issue 10, defect 4).
    expect(await t.say(cuong(), 'private', '/nop 2')).toEqual(['Nhiệm vụ số 2 không phải của cơ quan, đơn vị bạn phụ trách.'])
    expect(await t.say(cuong(), 'private', '/nop 9')).toEqual(['Không có nhiệm vụ số 9. Gõ /viec để xem danh sách.'])
    // A leader sees everything and changes nothing.
    const leader = t.person('Lãnh đạo')
    await t.say(leader, 'private', `/thamgia ${await issueCode(t, an(), 5)}`)
    expect((await t.say(leader, 'private', '/viec'))[0]).toContain('Nhiệm vụ chưa hoàn thành (2):')
    expect(await t.say(leader, 'private', '/giaoviec')).toEqual([forbidden])
    expect(await snapshot()).toEqual(before)

    // Unknown body names get the closest matches; an unreadable deadline is refused, not guessed.
    await t.say(an(), 'private', '/giaoviec')
    await t.press(an(), 'private', 1)
    await t.say(an(), 'private', 'Chuẩn bị hội trường, âm thanh')
    await t.press(an(), 'private', 4)
    expect(await t.say(an(), 'private', 'Văn phong Tinh uy Quang Ngai')).toEqual([
      'Không tìm thấy cơ quan, đơn vị “Văn phong Tinh uy Quang Ngai”. Có phải: Văn phòng Tỉnh ủy (VPTU)?',
    ])
    await t.say(an(), 'private', 'VPTU')
    await t.press(an(), 'private', 1)
    await t.press(an(), 'private', 1)
    expect(await t.say(an(), 'private', 'càng sớm càng tốt')).toEqual([
      'Tôi chưa đọc được thời hạn trong “càng sớm càng tốt”. Ví dụ: trước ngày 28/02/2023; ' +
        'chậm nhất 10 ngày trước khi tổ chức đối thoại. Hoặc bấm nút.',
    ])
    await t.say(an(), 'private', '/huy')
    expect(await t.db.prisma.task.count()).toBe(2)

    // A cancelled task takes no submission.
    expect(await t.say(an(), 'private', '/huyviec 1 Thay bằng nhiệm vụ khác')).toEqual(['Đã hủy nhiệm vụ số 1.'])
    expect(await t.say(cuong(), 'private', '/nop 1')).toEqual(['Nhiệm vụ số 1 đã bị hủy.'])
  })

  it('tells the bodies when a task is changed or cancelled, and keeps the reason', async () => {
    await assignBoth()
    expect(await t.say(an(), 'private', '/suaviec 1 trước ngày 15/3/2023 | Thường trực đồng ý lùi hạn')).toEqual([
      'Đã sửa nhiệm vụ số 1: Khảo sát, tổng hợp, báo cáo tình hình tư tưởng, tâm trạng của cán bộ, công chức, viên chức ngành giáo dục ' +
        '— hạn 14/03/2023 «trước ngày 15/3/2023».',
    ])
    await t.deliver()
    expect(t.api.texts(cuong().id).at(-1)).toContain('✏️ Nhiệm vụ số 1 được điều chỉnh')
    expect(t.api.texts(cuong().id).at(-1)).toContain('Lý do: Thường trực đồng ý lùi hạn')
    const edited = await t.db.prisma.task.findFirstOrThrow({ where: { number: 1 } })
    expect(edited.dueDate && fromDbDate(edited.dueDate)).toBe('2023-03-14')
    expect(await t.say(an(), 'private', '/suaviec 1 chừng nào xong | không rõ')).toEqual([
      'Tôi chưa đọc được thời hạn “chừng nào xong”. Viết ngày hoặc khoảng thời gian, ví dụ: chậm nhất ngày 20/3/2027 · ' +
        'trước buổi đối thoại 05 ngày làm việc · trong 07 ngày làm việc sau buổi đối thoại.',
    ])
    expect(await t.say(an(), 'private', '/huyviec 1 Ghép vào nhiệm vụ số 2')).toEqual(['Đã hủy nhiệm vụ số 1.'])
    await t.deliver()
    expect(t.api.texts(cuong().id).at(-1)).toContain('✖ Nhiệm vụ số 1 đã được hủy')
    expect((await t.say(an(), 'private', '/viec dahuy'))[0]).toContain('Nhiệm vụ đã hủy (1):')
    expect((await t.say(an(), 'private', '/viec loai chuẩn bị'))[0]).toContain('Nhiệm vụ theo loại (0):')
    expect((await t.say(an(), 'private', '/viec loai báo cáo'))[0]).toContain('Nhiệm vụ theo loại (2):')
    const actions = (await t.db.prisma.auditEvent.findMany({ where: { targetType: 'task' }, orderBy: { id: 'asc' } })).map((e) => e.action)
    expect(actions).toEqual(['task.assign', 'task.assign', 'task.edit', 'task.cancel'])
  })

  it('rejects an extension and keeps the due date', async () => {
    await assignBoth()
    await t.say(cuong(), 'private', '/giahan 1')
    await t.say(cuong(), 'private', '10/03/2023')
    await t.say(cuong(), 'private', 'Chờ số liệu')
    await t.deliver()
    expect(await t.press(an(), 'private', 2)).toEqual(['Đã không đồng ý gia hạn nhiệm vụ số 1.'])
    await t.deliver()
    expect(t.api.texts(cuong().id).at(-1)).toContain('Không đồng ý gia hạn nhiệm vụ số 1')
    const task = await t.db.prisma.task.findFirstOrThrow({ where: { number: 1 } })
    expect([task.dueDate && fromDbDate(task.dueDate), task.extended]).toEqual(['2023-02-27', false])
    expect(await t.press(an(), 'private', 1)).toEqual(['Đề nghị gia hạn này đã được quyết định rồi.'])
  })

  it('completes a task that needs its coordinating bodies only when they have sent theirs too', async () => {
    await assign({
      title: 'Chuẩn bị tài liệu phục vụ đối thoại',
      lead: 'BDVTU',
      coordinating: 'SGDĐT',
      requiresCoordinators: true,
      deadline: 'trước ngày 28/02/2023',
    })
    const submit = async (person: ReturnType<typeof cuong>, doc: string) => {
      await t.say(person, 'private', '/nop 1')
      await t.say(person, 'private', doc)
      await t.press(person, 'private', 1)
      await t.press(person, 'private', 1)
      await t.press(person, 'private', 1)
      await t.deliver()
    }
    await submit(dung(), '10/BC-BDVTU')
    expect(await t.press(an(), 'private', 1)).toEqual(['Đã chấp nhận báo cáo của nhiệm vụ số 1.'])
    expect((await t.db.prisma.task.findFirstOrThrow()).status).toBe('open')
    await submit(cuong(), '11/BC-SGDĐT')
    await t.press(an(), 'private', 1)
    expect((await t.db.prisma.task.findFirstOrThrow()).status).toBe('open')
    await submit(dung(), '12/BC-BDVTU')
    expect(await t.press(an(), 'private', 1)).toEqual(['Đã chấp nhận báo cáo. Nhiệm vụ số 1 đã hoàn thành.'])
  })

  it('takes a confirmation in the body’s own group, bound to the person who started it', async () => {
    await assignBoth()
    const bodyGroup = t.group('Sở Giáo dục — tổ công tác', [cuong()])
    await t.say(cuong(), bodyGroup, `/dangky ${await issueCode(t, an(), 2, 2)}`)
    expect(await t.say(cuong(), bodyGroup, '/nop 1')).toEqual([
      'Xác nhận đã gửi báo cáo cho nhiệm vụ số 1. Số, ký hiệu văn bản? (ví dụ: 45/BC-SYT)',
    ])
    expect(await t.say(an(), bodyGroup, 'Chen ngang')).toEqual([])
    await t.say(cuong(), bodyGroup, '45/BC-SGDĐT')
    await t.press(cuong(), bodyGroup, 1)
    await t.press(cuong(), bodyGroup, 1)
    expect(await t.press(cuong(), bodyGroup, 1)).toEqual([
      'Đã ghi nhận Sở Giáo dục và Đào tạo gửi báo cáo cho nhiệm vụ số 1. Bộ phận tham mưu sẽ xem xét và báo lại.',
    ])
    expect(await t.db.prisma.submission.count()).toBe(1)
  })
})
