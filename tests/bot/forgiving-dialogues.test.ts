import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBot, issueCode, setUpCommittee, type TestBot } from '../helpers/test-bot.js'

const CANCELLED = 'Đã hủy thao tác đang làm. Không có gì được lưu.'

/**
 * Issue 10, defects 4, 5, 6 and 9: every dialogue step takes a button's number or label typed as
 * an answer (and asks when a number could mean two things), leaves on a cancel word, never ends on
 * wrong answers, refuses at the step where the wrong answer is given, and reads dates as written.
 */
describe('dialogues forgive the mistakes of a hurried official', () => {
  let t: TestBot
  const an = () => t.person('Nguyễn Văn An')
  const cuong = () => t.person('Lê Văn Cường')
  const dung = () => t.person('Phạm Dũng')

  beforeEach(async () => {
    t = await createTestBot({ now: new Date('2023-01-10T02:00:00Z') })
  })
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  async function withBodiesAndTask() {
    await setUpCommittee(t, an())
    await t.say(an(), 'private', '/coquan them Ban Dân vận Tỉnh ủy | BDVTU')
    await t.say(an(), 'private', '/coquan them Sở Giáo dục và Đào tạo | SGDĐT')
    await t.say(cuong(), 'private', `/thamgia ${await issueCode(t, an(), 4, 2)}`)
    await t.say(dung(), 'private', `/thamgia ${await issueCode(t, an(), 4, 1)}`)
    await t.say(an(), 'private', '/giaoviec')
    await t.say(an(), 'private', '1') // the only choice: no session
    await t.say(an(), 'private', 'Báo cáo tình hình tư tưởng của ngành giáo dục')
    await t.say(an(), 'private', 'Báo cáo') // the kind, by its label
    await t.say(an(), 'private', 'SGDĐT')
    await t.say(an(), 'private', 'không có') // coordinating: the button's label
    await t.say(an(), 'private', 'không có') // recipient
    await t.say(an(), 'private', 'trước ngày 28/02/2023')
    expect((await t.say(an(), 'private', 'Lưu'))[0]).toContain('Đã giao nhiệm vụ số 1')
  }

  for (const word of ['huỷ', 'hủy', 'Thôi', 'dừng', 'huy', '/huy']) {
    it(`leaves a dialogue on “${word}” and keeps nothing`, async () => {
      await t.say(an(), 'private', '/khoitao')
      await t.say(an(), 'private', 'Ban Thường vụ Tỉnh ủy Quảng Ngãi')
      expect(await t.say(an(), 'private', word)).toEqual([CANCELLED])
      expect(await t.say(an(), 'private', '1')).not.toContain('Múi giờ')
      expect(await t.db.prisma.committee.count()).toBe(0)
    })
  }

  it('takes a typed button number or label, and asks when a number could be a button or a value', async () => {
    await t.say(an(), 'private', '/khoitao')
    await t.say(an(), 'private', 'Ban Thường vụ Huyện ủy Ba Tơ')
    await t.say(an(), 'private', 'cấp huyện')
    await t.say(an(), 'private', '1')
    await t.say(an(), 'private', '1')
    expect(await t.db.prisma.committee.findFirstOrThrow()).toMatchObject({ level: 'district', timeZone: 'Asia/Ho_Chi_Minh' })

    await t.say(an(), 'private', '/phienmoi')
    await t.say(an(), 'private', 'Đối thoại với thanh niên huyện Ba Tơ')
    await t.say(an(), 'private', 'Bí thư Huyện ủy')
    await t.say(an(), 'private', 'Đoàn viên, thanh niên')
    // [1] Không giới hạn [2] Bỏ qua: "2" may be the button or two delegates.
    const asked = await t.say(an(), 'private', '2')
    expect(asked[0]).toContain('“2” là nút [2] “Bỏ qua”')
    expect((await t.say(an(), 'private', '150 đại biểu'))[0]).toContain('Thời gian')
  })

  it('keeps what was typed after three wrong body names, shows every body, and takes one from the list', async () => {
    await setUpCommittee(t, an())
    await t.say(an(), 'private', '/coquan them Ban Dân vận Tỉnh ủy | BDVTU')
    await t.say(an(), 'private', '/coquan them Sở Giáo dục và Đào tạo | SGDĐT')
    await t.say(an(), 'private', '/giaoviec')
    await t.say(an(), 'private', '1')
    await t.say(an(), 'private', 'Tổng hợp ý kiến của cán bộ ngành giáo dục')
    await t.say(an(), 'private', '1')
    await t.say(an(), 'private', 'Sở Y tế')
    await t.say(an(), 'private', 'Công an tỉnh')
    const third = await t.say(an(), 'private', 'Sở Nội vụ')
    expect(third.join('\n')).toContain('Những gì bạn đã nhập vẫn được giữ')
    expect(third.join('\n')).toContain('2. Sở Giáo dục và Đào tạo (SGDĐT)')
    await t.say(an(), 'private', 'Sở Tài chính')
    // Still in the dialogue: the body's label picks it.
    expect((await t.say(an(), 'private', '2. Sở Giáo dục và Đào tạo (SGDĐT)'))[0]).toContain('phối hợp')
    // "1" could be [1] "Không có" or body 1: the dialogue asks, naming the body.
    expect((await t.say(an(), 'private', '1'))[0]).toContain('hay là “Ban Dân vận Tỉnh ủy”')
    await t.say(an(), 'private', 'không có')
    await t.say(an(), 'private', 'không có')
    await t.say(an(), 'private', 'trước ngày 28/02/2023')
    await t.say(an(), 'private', '1')
    const task = await t.db.prisma.task.findFirstOrThrow({ include: { bodies: { include: { body: true } } } })
    expect(task.title).toBe('Tổng hợp ý kiến của cán bộ ngành giáo dục')
    expect(task.bodies.map((b) => b.body.shortName)).toEqual(['SGDĐT'])
  })

  it('refuses /nop to another body’s contact before asking anything, and a date before the assignment at its step', async () => {
    await withBodiesAndTask()
    expect(await t.say(dung(), 'private', '/nop 1')).toEqual(['Nhiệm vụ số 1 không phải của cơ quan, đơn vị bạn phụ trách.'])
    expect(await t.say(dung(), 'private', '45/BC')).not.toContain('Ngày của văn bản? (ví dụ: 20/02/2023)')
    expect(await t.say(cuong(), 'private', '/nop')).toEqual(['Gõ /nop SỐ NHIỆM VỤ, ví dụ /nop 3 (xem số nhiệm vụ bằng /viec).'])

    t.clock.set(new Date('2023-02-20T03:00:00Z'))
    await t.say(cuong(), 'private', '/nop 1')
    expect((await t.say(cuong(), 'private', '45/BC-SGDĐT'))[0]).toContain('Ngày của văn bản?')
    expect(await t.say(cuong(), 'private', '05/01/2023')).toContain(
      'Ngày văn bản trước ngày giao nhiệm vụ (10/01/2023). Vui lòng kiểm tra lại.',
    )
    // Written out in words, as on the document itself.
    expect((await t.say(cuong(), 'private', 'ngày 03 tháng 02 năm 2023'))[0]).toContain('Gửi kèm tệp')
    await t.say(cuong(), 'private', 'bỏ qua')
    // The note: "1" could be the button [1] "Bỏ qua" or the note "1"; the dialogue asks.
    expect((await t.say(cuong(), 'private', '1'))[0]).toContain('là nút [1]')
    await t.say(cuong(), 'private', 'bỏ qua')
    const submission = await t.db.prisma.submission.findFirstOrThrow()
    expect(submission.documentDate.toISOString().slice(0, 10)).toBe('2023-02-03')
  })

  it('refuses a time typed as the host, a date as the count and a pictograph as a venue at their steps', async () => {
    await setUpCommittee(t, an())
    await t.say(an(), 'private', '/phienmoi')
    await t.say(an(), 'private', 'Đối thoại với thanh niên về việc làm')
    // The official answers the time question too early: refused here, with where the time goes.
    expect((await t.say(an(), 'private', 'ngày 15/3/2023'))[0]).toContain('“ngày 15/3/2023” là thời gian, không phải người hay đơn vị')
    expect((await t.say(an(), 'private', '🎉🎉'))[0]).toContain('chưa có nội dung')
    expect((await t.say(an(), 'private', 'Bí thư Tỉnh ủy'))[0]).toContain('Đối tượng tham dự?')
    expect((await t.say(an(), 'private', '8h00'))[0]).toContain('là thời gian')
    await t.say(an(), 'private', 'Đoàn viên, thanh niên')
    // "15/3/2023" is not fifteen delegates.
    expect((await t.say(an(), 'private', '15/3/2023'))[0]).toContain('Số lượng đại biểu phải là một số')
    await t.say(an(), 'private', 'khoảng 150 đại biểu')
    await t.say(an(), 'private', '15/3/2023 8h00')
    await t.say(an(), 'private', '1') // in person
    expect((await t.say(an(), 'private', '🏛🏛'))[0]).toContain('chưa có nội dung')
    expect((await t.say(an(), 'private', 'Hội trường Tỉnh ủy'))[0]).toContain('Đã đăng ký buổi đối thoại số 1')
    expect(await t.db.prisma.session.findFirstOrThrow()).toMatchObject({ host: 'Bí thư Tỉnh ủy', expectedCount: 150 })
  })

  it('refuses a plan’s bad title, date of issue and issuer at their steps, keeping what was typed', async () => {
    await setUpCommittee(t, an())
    await t.say(an(), 'private', '/kehoach moi')
    await t.say(an(), 'private', '12-KH/TU')
    expect((await t.say(an(), 'private', '🎉🎉🎉🎉🎉'))[0]).toContain('chưa có nội dung')
    await t.say(an(), 'private', 'Kế hoạch đối thoại năm 2023')
    await t.say(an(), 'private', '2023')
    expect((await t.say(an(), 'private', '10/5/2024'))[0]).toBe('Ngày ban hành không thể sau năm của kế hoạch.')
    await t.say(an(), 'private', '20/12/2022')
    expect((await t.say(an(), 'private', '🎉🎉'))[0]).toContain('không phải là tên')
    expect((await t.say(an(), 'private', 'Thường trực Tỉnh ủy'))[0]).toContain('Đã thêm kế hoạch số 1')
    expect(await t.db.prisma.plan.findFirstOrThrow()).toMatchObject({ symbol: '12-KH/TU', issuer: 'Thường trực Tỉnh ủy' })
  })

  it('refuses a task description of pictographs at its step, not after the deadline', async () => {
    await setUpCommittee(t, an())
    await t.say(an(), 'private', '/coquan them Sở Giáo dục và Đào tạo | SGDĐT')
    await t.say(an(), 'private', '/giaoviec')
    await t.say(an(), 'private', '1') // no session
    expect((await t.say(an(), 'private', '🎉🎉🎉🎉🎉'))[0]).toContain('chưa có nội dung')
    expect((await t.say(an(), 'private', 'Báo'))[0]).toContain('Nội dung nhiệm vụ quá ngắn (ít nhất 5 ký tự)')
    expect((await t.say(an(), 'private', 'Báo cáo kết quả giải quyết kiến nghị'))[0]).toContain('Loại nhiệm vụ')
  })

  it('names the command an unknown one was probably meant to be, and switches language from /lang en', async () => {
    await setUpCommittee(t, an())
    expect(await t.say(an(), 'private', '/giao viec')).toEqual([
      'Không có lệnh /giao. Có phải bạn muốn gõ: /giaoviec (Giao nhiệm vụ cho cơ quan, đơn vị)? ' +
        'Gõ /help để xem các lệnh bạn dùng được ở đây.',
    ])
    expect((await t.say(an(), 'private', '/Phiên'))[0]).toContain('/phien (')
    expect(await t.say(an(), 'private', '/xyzabc')).toEqual(['Lệnh không đúng. Gõ /help để xem các lệnh bạn dùng được ở đây.'])
    expect(await t.say(an(), 'private', '/lang en')).toEqual(['Switched to English.'])
    expect((await t.say(an(), 'private', '/phien'))[0]).toContain('Dialogue sessions')
    expect(await t.say(an(), 'private', '/lang tiếng Việt')).toEqual(['Đã chuyển sang tiếng Việt.'])
  })
})

describe('which date makes a task on time', () => {
  it('counts the document’s date, not the day of the confirmation or the acceptance, and shows both', async () => {
    const t = await createTestBot({ now: new Date('2023-01-10T02:00:00Z') })
    const an = t.person('Nguyễn Văn An')
    const cuong = t.person('Lê Văn Cường')
    await setUpCommittee(t, an)
    await t.say(an, 'private', '/coquan them Sở Giáo dục và Đào tạo | SGDĐT')
    await t.say(cuong, 'private', `/thamgia ${await issueCode(t, an, 4, 1)}`)
    await t.say(an, 'private', '/giaoviec')
    for (const answer of [
      '1',
      'Báo cáo tình hình tư tưởng của ngành giáo dục',
      '1',
      'SGDĐT',
      'không',
      'không',
      'trước ngày 28/02/2023',
      '1',
    ]) {
      await t.say(an, 'private', answer)
    }
    // Due 27/02 ("trước ngày 28/02"); the report is dated 27/02, confirmed on 28/02, accepted on 01/03.
    t.clock.set(new Date('2023-02-28T03:00:00Z'))
    for (const answer of ['/nop 1', '45/BC-SGDĐT', '27/02/2023', 'bỏ qua', 'bỏ qua']) {
      await t.say(cuong, 'private', answer)
    }
    // The secretariat is asked to review through the outbox; its message carries the buttons.
    await t.deliver()
    t.clock.set(new Date('2023-03-01T03:00:00Z'))
    expect((await t.press(an, 'private', 1)).join('\n')).toContain('hoàn thành')
    const task = await t.db.prisma.task.findFirstOrThrow()
    expect([task.status, task.completedOn?.toISOString().slice(0, 10), task.dueDate?.toISOString().slice(0, 10)]).toEqual([
      'done',
      '2023-02-27',
      '2023-02-27',
    ])
    const detail = (await t.say(an, 'private', '/viec 1')).join('\n')
    expect(detail).toContain('ngày văn bản 27/02/2023, xác nhận ngày 28/02/2023')
    expect((await t.say(an, 'private', '/viec xong')).join('\n')).toContain('Đúng hạn: 1 · Trễ hạn: 0')
    expect(t.errors).toEqual([])
    await t.close()
  })
})
