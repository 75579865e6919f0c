import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadImage } from '@napi-rs/canvas'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../src/delivery/translate.js'
import { runDailyDigest } from '../../src/jobs/daily-digest.js'
import { runWeeklySummary } from '../../src/jobs/weekly-summary.js'
import { fromDbDate } from '../../src/services/calendar/local-date.js'
import { atLocalTime } from '../../src/services/time.js'
import type { UpdatePerson } from '../../src/transports/updates.js'
import { readDocx } from '../helpers/docx.js'
import { received } from '../helpers/fake-bot-api.js'
import { ROOT } from '../helpers/processes.js'
import { createTestBot, issueCode, setUpCommittee, type TestBot, type TestGroup } from '../helpers/test-bot.js'
import { silentLogger } from '../helpers/test-db.js'

const SEED_002 = readFileSync(join(ROOT, '..', 'shared', 'seeds', '002_490bc99ddb557a69.txt'), 'utf8')
const at = (date: string, time: string) => atLocalTime(date, time, 'Asia/Ho_Chi_Minh')
const translate = createTranslator('vi')

/** A long paste as Telegram delivers it: pieces of at most 4,096 characters, cut at lines. */
function pieces(text: string): string[] {
  const out: string[] = []
  let current = ''
  for (const line of text.split('\n')) {
    if (current.length + line.length + 1 > 4000) {
      out.push(current)
      current = ''
    }
    current = current ? `${current}\n${line}` : line
  }
  return [...out, current].filter((p) => p.trim())
}

interface Form {
  name: string
  place: string
  /** A field button (1–9) or words. */
  field: number | string
  content: string
  mode: 1 | 2
  phone: string | null
}

describe('the dialogue day and the year after it, through the real bot (seed 002, its first session)', () => {
  let t: TestBot
  let group: TestGroup
  /** The last task number before the session's opinions are recorded: the cycle numbers its own tasks after it. */
  let imported = 0
  const after = (k: number) => imported + k
  const an = () => t.person('Nguyễn Văn An') // secretariat (owner)
  const dung = () => t.person('Trần Văn Dũng') // contact of Phòng Lao động - TB&XH
  const hoa = () => t.person('Lê Thị Hoa') // contact of Văn phòng thị xã
  const kien = () => t.person('Nguyễn Kiên') // leader (Bí thư Thị ủy)
  const veterans = ['Phạm Văn Hùng', 'Võ Thị Lan', 'Nguyễn Văn Tám', 'Đặng Văn Bảy', 'Lê Quang Minh']

  beforeEach(async () => {
    t = await createTestBot({ now: at('2023-02-20', '09:00') })
    await setUpCommittee(t, an(), 'Ban Thường vụ Thị ủy Đức Phổ')
    group = t.group('Thường trực Thị ủy — điều hành', [an()])
    await t.say(an(), group, `/dangky ${await issueCode(t, an(), 1)}`)
    await t.say(an(), 'private', '/coquan them Ban Dân vận Thị ủy | BDVTU')
    await t.say(an(), 'private', '/coquan them Phòng Lao động - Thương binh và Xã hội thị xã | LĐTBXH')
    await t.say(an(), 'private', '/nhapkehoach')
    for (const part of pieces(SEED_002)) {
      await t.say(an(), 'private', part)
    }
    await t.say(an(), 'private', '/xong')
    expect((await t.press(an(), 'private', 1)).join('\n')).toContain('✅ Đã lưu kế hoạch số 1: 4 buổi đối thoại')
    // Bodies: 1 BDVTU, 2 LĐTBXH, then those the plan named (4: Văn phòng thị xã).
    await t.say(dung(), 'private', `/thamgia ${await issueCode(t, an(), 4, 2)}`)
    await t.say(hoa(), 'private', `/thamgia ${await issueCode(t, an(), 4, 4)}`)
    await t.say(kien(), 'private', `/thamgia ${await issueCode(t, an(), 5)}`)
    await t.say(an(), 'private', '/doilich 1 24/3/2023 8h00 | Thường trực Thị ủy chốt lịch')
    await t.deliver()
  }, 180_000)
  afterEach(async () => {
    expect(t.errors).toEqual([])
    await t.close()
  })

  async function register(person: UpdatePerson, start: string, form: Form): Promise<string[]> {
    const intro = await t.say(person, 'private', start)
    expect(intro.join('\n')).toContain('📝 Đăng ký phát biểu, đặt câu hỏi — buổi đối thoại số 1')
    await t.say(person, 'private', form.name)
    await t.say(person, 'private', form.place)
    await (typeof form.field === 'number' ? t.press(person, 'private', form.field) : t.say(person, 'private', form.field))
    await t.say(person, 'private', form.content)
    await t.press(person, 'private', form.mode)
    return form.phone ? t.say(person, 'private', form.phone) : t.press(person, 'private', 1)
  }

  const sessionId = async () => (await t.db.prisma.session.findFirstOrThrow({ where: { number: 1 } })).id

  it('registration of 5 questions → 3 answered at the session, 2 in writing → minutes → held → notice due 7 working days later → 3 conclusion items → progress → one overdue → the weekly summary’s section', async () => {
    // 1 March: registration opens until 17:00 on 21 March and is posted to the groups.
    t.clock.set(at('2023-03-01', '09:00'))
    const opened = (await t.say(an(), 'private', '/phatbieu 1 mo 17h00 21/3/2023')).join('\n')
    const code = /Mã đăng ký: ([A-Z2-9]{6})/.exec(opened)?.[1] ?? ''
    expect(opened).toContain(`Đường link: https://t.me/doithoai_bot?start=dk_${code}`)
    expect(opened).toContain('đến 17:00 21/03/2023')
    expect(await t.say(an(), 'private', '/phatbieu 1 gui')).toEqual(['Đã gửi hướng dẫn đăng ký của buổi đối thoại số 1 vào 1 nhóm.'])
    await t.deliver()
    expect(t.api.texts(group.id).at(-1)).toContain(`hoặc nhắn cho bot: /dk ${code}`)

    // Five veterans register: by the link (Telegram's start parameter), by the code typed (as on Zalo).
    const forms: Form[] = [
      {
        name: veterans[0]!,
        place: 'thôn Thanh Hòa, xã Phổ An',
        field: 5,
        content: 'Đề nghị giải quyết chế độ trợ cấp cho cựu chiến binh theo Quyết định 62/2011/QĐ-TTg.',
        mode: 1,
        phone: '0905123456',
      },
      {
        name: veterans[1]!,
        place: 'phường Phổ Minh',
        field: 2,
        content: 'Đề nghị hỗ trợ vốn vay ưu đãi cho hội viên phát triển kinh tế trang trại.',
        mode: 1,
        phone: null,
      },
      {
        name: veterans[2]!,
        place: 'xã Phổ Phong',
        field: 'Đất đai',
        content: 'Đất ở sử dụng ổn định từ năm 1990 chưa được cấp giấy chứng nhận.',
        mode: 1,
        phone: null,
      },
      {
        name: veterans[3]!,
        place: 'thôn An Thạch, xã Phổ An',
        field: 5,
        content: 'Hồ sơ hưởng chế độ thương binh gửi từ năm 2021 chưa có kết quả.',
        mode: 2,
        phone: null,
      },
      {
        name: veterans[4]!,
        place: 'xã Phổ Thạnh',
        field: 7,
        content: 'Đề nghị phối hợp giữa Hội Cựu chiến binh và Công an xã giữ gìn an ninh trật tự ở thôn.',
        mode: 1,
        phone: null,
      },
    ]
    for (const [index, form] of forms.entries()) {
      const start = index % 2 === 0 ? `/start dk_${code}` : `DK ${code.toLowerCase()}`
      expect(await register(t.person(form.name), start, form)).toEqual([
        `✅ Đã ghi nhận đăng ký số ${index + 1} cho buổi đối thoại số 1. Cảm ơn bạn. Nội dung sẽ được chuyển cơ quan có trách nhiệm chuẩn bị trả lời.`,
      ])
    }
    const regs = await t.db.prisma.speakerRegistration.findMany({ orderBy: { number: 'asc' } })
    expect(regs.map((r) => [r.number, r.name, r.field, r.mode])).toEqual([
      [1, veterans[0], 'policy', 'speak'],
      [2, veterans[1], 'economy', 'speak'],
      [3, veterans[2], 'land', 'speak'],
      [4, veterans[3], 'policy', 'written'],
      [5, veterans[4], 'security', 'speak'],
    ])
    expect(regs[0]?.phone).toBe('0905123456')

    // The secretariat gives two questions to Phòng Lao động to prepare, orders the speakers, exports the list.
    const assigned = (await t.say(an(), 'private', '/phatbieu 1 giao 1 LĐTBXH')).join('\n')
    expect(assigned).toContain('hạn 21/03/2023 («chậm nhất 3 ngày làm việc trước khi tổ chức đối thoại»)')
    await t.say(an(), 'private', '/phatbieu 1 giao 4 LĐTBXH | chậm nhất ngày 20/3/2023')
    await t.say(an(), 'private', '/phatbieu 1 thutu 1 3 2 5')
    await t.say(an(), 'private', '/phatbieu 1 xuat')
    const list = received(t.api, an().id)
      .filter((m) => m.kind === 'document')
      .at(-1)
    const listText = (await readDocx(list?.bytes ?? new Uint8Array())).text
    expect(listText).toContain('DANH SÁCH ĐĂNG KÝ PHÁT BIỂU')
    expect(listText.indexOf(veterans[2]!)).toBeLessThan(listText.indexOf(veterans[1]!)) // 3 speaks before 2
    await t.deliver()
    expect(t.api.texts(dung().id).at(-1)).toContain('Chuẩn bị trả lời câu hỏi số 4 (buổi đối thoại số 1)')

    // Privacy: the body's contact sees only the questions given to it, without names; a citizen sees nothing.
    const bodyView = (await t.say(dung(), 'private', '/phatbieu 1')).join('\n')
    expect(bodyView).toContain('Hồ sơ hưởng chế độ thương binh')
    for (const name of veterans) {
      expect(bodyView).not.toContain(name)
    }
    expect(bodyView).not.toContain('0905123456')
    expect(bodyView).not.toContain('Đất ở sử dụng ổn định') // not given to this body
    expect(await t.say(t.person(veterans[0]!), 'private', '/phatbieu 1')).toEqual([
      'Bạn chưa tham gia cơ quan ban hành nào. Gõ /thamgia MÃ nếu được mời, hoặc /khoitao để khởi tạo.',
    ])
    expect((await t.say(kien(), 'private', '/phatbieu 1')).join('\n')).toContain(veterans[0])

    // After the closing time a registration is refused and nothing is saved.
    t.clock.set(at('2023-03-22', '08:00'))
    expect(await t.say(t.person('Huỳnh Văn Chín'), 'private', `/dk ${code}`)).toEqual([
      'Đã hết hạn đăng ký phát biểu cho buổi đối thoại số 1 (đóng lúc 17:00 21/03/2023). Bạn có thể gửi ý kiến trực tiếp tại buổi đối thoại qua thư ký hội nghị.',
    ])
    expect(await t.db.prisma.speakerRegistration.count()).toBe(5)

    // 24 March: the secretary records the five, speakers in order (1, 3, 2, 5, then 4).
    t.clock.set(at('2023-03-24', '09:30'))
    const record = async (outcome: 1 | 2, then: string[]) => {
      await t.press(an(), 'private', 1) // the next registration in order
      await t.press(an(), 'private', 1) // keep what they registered
      await t.press(an(), 'private', outcome)
      let last: string[] = []
      for (const step of then) {
        last = /^#\d+$/.test(step) ? await t.press(an(), 'private', Number(step.slice(1))) : await t.say(an(), 'private', step)
      }
      return last
    }
    imported = (await t.db.prisma.task.aggregate({ _max: { number: true } }))._max.number ?? 0
    expect((await t.say(an(), 'private', '/ykien 1 ghi'))[0]).toBe(
      'Có 5 đăng ký chưa ghi. Chọn người đang phát biểu, gõ số đăng ký, hoặc bấm “Ý kiến mới”.',
    )
    expect((await record(2, ['LĐTBXH', '#1']))[0]).toBe(
      `✅ Đã ghi ý kiến số 1: Phòng Lao động - Thương binh và Xã hội thị xã trả lời bằng văn bản — nhiệm vụ số ${after(1)}, hạn 14/04/2023 — chưa hoàn thành, còn hạn.`,
    )
    await t.press(an(), 'private', 1)
    expect((await record(1, ['Ủy ban nhân dân thị xã', 'Sẽ cấp giấy chứng nhận trong quý II/2023.']))[0]).toBe(
      '✅ Đã ghi ý kiến số 2: đã trả lời tại hội nghị (Ủy ban nhân dân thị xã).',
    )
    await t.press(an(), 'private', 1)
    expect((await record(1, ['Trưởng phòng Lao động - Thương binh và Xã hội', '#1']))[0]).toBe(
      '✅ Đã ghi ý kiến số 3: đã trả lời tại hội nghị (Trưởng phòng Lao động - Thương binh và Xã hội).',
    )
    await t.press(an(), 'private', 1)
    expect((await record(1, ['#13', 'Đã giao Công an thị xã phối hợp thường xuyên.']))[0]).toBe(
      '✅ Đã ghi ý kiến số 4: đã trả lời tại hội nghị (Chủ trì hội nghị).',
    )
    await t.press(an(), 'private', 1)
    await record(2, ['LĐTBXH', '#1'])
    expect(await t.press(an(), 'private', 2)).toEqual(['Đã xong. Xem lại: /ykien 1 · biên bản: /bienban 1'])
    const opinions = await t.db.prisma.opinion.findMany({ orderBy: { number: 'asc' }, include: { task: true, registration: true } })
    expect(opinions.map((o) => [o.number, o.registration?.number, o.outcome, o.task?.kind ?? null])).toEqual([
      [1, 1, 'in_writing', 'opinion_answer'],
      [2, 3, 'answered_at_session', null],
      [3, 2, 'answered_at_session', null],
      [4, 5, 'answered_at_session', null],
      [5, 4, 'in_writing', 'opinion_answer'],
    ])
    // The committee's default: 15 working days after the session (24/03 → 14/04/2023).
    expect(opinions.filter((o) => o.task).map((o) => fromDbDate(o.task!.dueDate!))).toEqual(['2023-04-14', '2023-04-14'])

    // Minutes: the fields the data lack, then the document with every opinion and its answer.
    await t.say(an(), 'private', '/bienban 1 chutri Nguyễn Kiên, Bí thư Thị ủy')
    await t.say(an(), 'private', '/bienban 1 ketthuc 11h15')
    expect(await t.say(an(), 'private', '/bienban 1 batdau 25h')).toEqual(['“25h” không phải là giờ hợp lệ (ví dụ: 07:30).'])
    await t.say(an(), 'private', '/bienban 1')
    const minutes = await readDocx(
      received(t.api, an().id)
        .filter((m) => m.kind === 'document')
        .at(-1)?.bytes ?? new Uint8Array(),
    )
    expect(minutes.text).toContain('II. Ý KIẾN CỦA NGƯỜI THAM DỰ VÀ TRẢ LỜI (5 ý kiến)')
    expect(minutes.text).toContain(`1. Ý kiến của ${veterans[0]} (thôn Thanh Hòa, xã Phổ An)`)
    expect(minutes.text).toContain('Trả lời tại hội nghị (Ủy ban nhân dân thị xã): Sẽ cấp giấy chứng nhận trong quý II/2023.')
    expect(minutes.text).toContain('Hội nghị kết thúc vào lúc 11:15 cùng ngày.')

    // Held: the plan's conclusion-notice task (Văn phòng thị xã), due 7 working days after: 04/04/2023.
    await t.say(an(), 'private', '/phien 1')
    await t.press(an(), 'private', 1)
    const held = (await t.press(an(), 'private', 1)).join('\n')
    expect(held).toContain('✅ Buổi đối thoại số 1 đã tổ chức ngày 24/03/2023.')
    expect(held).toContain('Thông báo kết luận: nhiệm vụ số 14 — Văn phòng thị xã — hạn 04/04/2023')
    expect(held).toContain(`Đã giao báo cáo 6 tháng và báo cáo năm 2023: nhiệm vụ số ${after(3)}, ${after(4)}.`)
    await t.deliver()
    expect(t.api.texts(hoa().id).at(-1)).toContain('Thông báo kết luận — nhiệm vụ số 14: hạn 04/04/2023')
    const session = await t.db.prisma.session.findFirstOrThrow({ where: { number: 1 } })
    expect(session.status).toBe('held')
    expect(fromDbDate(session.heldOn!)).toBe('2023-03-24')

    // 31 March: the notice is recorded and broken into three conclusion items.
    t.clock.set(at('2023-03-31', '10:00'))
    await t.say(an(), 'private', '/ketluan 1 ghi')
    await t.say(an(), 'private', '45-TB/TU')
    await t.say(an(), 'private', '31/3/2023')
    expect(await t.press(an(), 'private', 1)).toEqual([
      '✅ Đã ghi nhận thông báo kết luận 45-TB/TU của buổi đối thoại số 1.\nNhiệm vụ thông báo kết luận số 14 đã hoàn thành.',
      'Nhập nội dung kết luận thứ nhất (mỗi nội dung giao một cơ quan chủ trì), hoặc bấm “Xong”.',
    ])
    await t.say(an(), 'private', 'Rà soát, hoàn thiện hồ sơ chế độ cho cựu chiến binh theo Quyết định 62/2011/QĐ-TTg.')
    await t.say(an(), 'private', 'LĐTBXH')
    await t.press(an(), 'private', 1)
    expect((await t.say(an(), 'private', '30/4/2023'))[0]).toBe(
      `✅ Đã thêm kết luận 1 → nhiệm vụ số ${after(5)} (Phòng Lao động - Thương binh và Xã hội thị xã chủ trì, hạn 30/04/2023).`,
    )
    await t.press(an(), 'private', 1)
    await t.say(
      an(),
      'private',
      '/ketluan 1 them Phối hợp Công an giữ gìn an ninh trật tự ở cơ sở | Hội Cựu Chiến binh thị xã | - | thường xuyên',
    )
    await t.say(an(), 'private', '/ketluan 1 them Bố trí kinh phí sửa chữa nhà văn hóa | Ủy ban nhân dân thị xã | - | 30/6/2023')
    const items = await t.db.prisma.conclusionItem.findMany({ orderBy: { position: 'asc' }, include: { task: true } })
    expect(items.map((i) => [i.position, i.ongoing, i.task.kind, i.task.dueDate ? fromDbDate(i.task.dueDate) : null])).toEqual([
      [1, false, 'conclusion_follow_up', '2023-04-30'],
      [2, true, 'conclusion_follow_up', null],
      [3, false, 'conclusion_follow_up', '2023-06-30'],
    ])
    expect((await t.db.prisma.session.findFirstOrThrow({ where: { number: 1 } })).status).toBe('concluded')

    // Progress from the body; the secretariat hears of it.
    t.clock.set(at('2023-04-14', '10:00'))
    expect(await t.say(dung(), 'private', `/tiendo ${after(5)} 60 Đã rà soát 12/20 hồ sơ`)).toEqual([
      `✅ Đã ghi tiến độ nhiệm vụ số ${after(5)}: 60%.`,
    ])
    await t.deliver()
    expect(t.api.texts(an().id).at(-1)).toContain(`📈 Tiến độ nhiệm vụ số ${after(5)} (buổi đối thoại số 1): 60%`)
    // One written answer goes out on time (accepted), the other not.
    await t.db.prisma.task.update({
      where: { id: opinions[0]!.task!.id },
      data: { status: 'done', completedOn: new Date('2023-04-14T00:00:00Z') },
    })

    // 8 May: conclusion 1 (due 30/04) and the second answer (due 14/04) are overdue.
    t.clock.set(at('2023-05-08', '08:00'))
    const sessionView = (await t.say(an(), 'private', '/phien 1')).join('\n')
    expect(sessionView).toContain(
      'Ý kiến: 5 tiếp nhận · 3 trả lời tại hội nghị · văn bản: 1 đúng hạn, 0 trễ hạn · 1 đang chờ (1 quá hạn) · 0 chuyển cơ quan có thẩm quyền',
    )
    expect(sessionView).toContain('Kết luận: 3 nội dung · 0 hoàn thành (0 trễ hạn) · 2 đang thực hiện (1 thường xuyên) · 1 quá hạn')
    const deps = { services: t.services, translate, logger: silentLogger }
    await runDailyDigest(deps, at('2023-05-08', '07:30'))
    expect(await runWeeklySummary(deps, at('2023-05-08', '08:00'))).toEqual({ created: 1, skipped: 0 })
    await t.deliver()
    expect(t.api.texts(group.id).at(-1)).toContain(
      '🗣 Sau đối thoại:\n• Buổi 1 (Đối thoại để nắm bắt tâm tư, nguyện vọng của cán…): trả lời ý kiến bằng văn bản: 1 quá hạn, 0 sắp đến hạn; thực hiện kết luận: 1 quá hạn, 0 sắp đến hạn',
    )
    const leader = received(t.api, kien().id)
    const summary = leader
      .filter((m) => m.kind === 'text')
      .map((m) => m.text)
      .join('\n')
    expect(summary).toContain('🗣 SAU ĐỐI THOẠI (1 buổi đã tổ chức):\n• Buổi 1 (24/03): Đối thoại để nắm bắt tâm tư')
    expect(summary).toContain('Kết luận: 3 nội dung · 0 hoàn thành (0 trễ hạn) · 2 đang thực hiện (1 thường xuyên) · 1 quá hạn')
    // The second chart travels in the same picture, under the first: taller than the first alone.
    const picture = leader.find((m) => m.kind === 'photo')
    const image = await loadImage(Buffer.from(picture?.bytes ?? new Uint8Array()))
    const bodies = new Set(
      (await t.db.prisma.taskBody.findMany({ where: { role: 'lead', task: { status: { in: ['open', 'done'] } } } })).map((b) => b.bodyId),
    )
    expect(image.height).toBeGreaterThan(96 + bodies.size * 34 + 70 + 96 + 2 * 34)

    // June: the six-month report drafted from the data.
    t.clock.set(at('2023-06-12', '09:00'))
    await t.say(an(), 'private', '/baocao 6thang 2023')
    const report = received(t.api, an().id)
      .filter((m) => m.kind === 'document')
      .at(-1)
    expect(report?.text).toContain(
      '📑 Dự thảo Báo cáo 6 tháng năm 2023 (số liệu đến ngày 12/06/2023): 1 buổi đã tổ chức, 1 buổi chưa tổ chức, 5 ý kiến',
    )
    const reportText = (await readDocx(report?.bytes ?? new Uint8Array())).text
    expect(reportText).toContain('Tổng số 3 nội dung kết luận: hoàn thành đúng hạn 0, hoàn thành trễ hạn 0, đang thực hiện 2')
    expect(reportText).toContain('4. Nội dung quá hạn chưa hoàn thành (2)')
    expect(reportText).not.toContain(veterans[0]) // no personal data in a report
    expect(await sessionId()).toBe(session.id)
  }, 300_000)
})
