import { describe, expect, it } from 'vitest'
import type { Committee, Minutes, OpinionView, SessionWithDetails } from '../../src/db/repositories/index.js'
import { createTranslator } from '../../src/delivery/translate.js'
import { minutesDocx } from '../../src/documents/minutes.js'
import { periodReportDocx } from '../../src/documents/period-report.js'
import { speakerListDocx } from '../../src/documents/speaker-list.js'
import { emptyRollup } from '../../src/services/after-session/rollups.js'
import type { PeriodReportData } from '../../src/services/after-session/read-model.js'
import { readDocx } from '../helpers/docx.js'

const translate = createTranslator('vi')
const vi = (key: string, vars?: Record<string, string | number>) => translate('vi', key, vars)
const en = (key: string, vars?: Record<string, string | number>) => translate('en', key, vars)
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

const party = { id: 1, name: 'Ban Thường vụ Thị ủy Đức Phổ', locale: 'vi', timeZone: 'Asia/Ho_Chi_Minh' } as Committee
const state = { ...party, name: 'Ủy ban nhân dân xã Trà Thanh' }
const session = {
  id: 1,
  number: 1,
  topic: 'Đối thoại với cán bộ, hội viên Hội Cựu chiến binh thị xã',
  venue: 'Hội trường Ủy ban nhân dân thị xã',
  host: 'Bí thư Thị ủy',
  audience: 'Cán bộ, hội viên tiêu biểu Hội Cựu chiến binh',
  heldOn: day('2023-03-24'),
  windowStart: day('2023-03-24'),
  bridgePoints: [],
} as unknown as SessionWithDetails
const body = { id: 2, name: 'Phòng Lao động - Thương binh và Xã hội thị xã', shortName: 'LĐTBXH' }
const opinion = (over: Partial<OpinionView>): OpinionView =>
  ({
    number: 1,
    speakerName: 'Phạm Văn Hùng',
    place: 'thôn Thanh Hòa, xã Phổ An',
    field: 'policy',
    content: 'Đề nghị giải quyết chế độ cho cựu chiến binh theo Quyết định 62/2011/QĐ-TTg.',
    outcome: 'answered_at_session',
    answeredBy: null,
    body: null,
    answer: null,
    transferredTo: null,
    task: null,
    ...over,
  }) as OpinionView

describe('the documents open and say what the data says (unzipped, every XML part parsed, text read back)', () => {
  const minutesTitle =
    'the minutes: header of a party committee, time and place, chair, each opinion with its answer, closing remarks, signatures'
  it(minutesTitle, async () => {
    const minutes = {
      startTime: '08:00',
      endTime: '11:15',
      place: 'Hội trường Ủy ban nhân dân thị xã',
      chair: 'Nguyễn Kiên, Bí thư Thị ủy',
      secretary: 'Nguyễn Văn An',
      participants: 'Thường trực Thị ủy và 120 hội viên',
      closingRemarks: 'Giao các cơ quan trả lời đúng hạn.\nBáo cáo kết quả về Thường trực Thị ủy.',
      version: 3,
    } as Minutes
    const opinions = [
      opinion({
        number: 1,
        outcome: 'answered_at_session',
        answeredBy: 'Chủ tịch UBND thị xã',
        answer: 'Sẽ giải quyết trong quý II/2023.',
      }),
      opinion({
        number: 2,
        speakerName: null,
        place: null,
        field: 'Nước sạch',
        outcome: 'in_writing',
        body: body as OpinionView['body'],
        task: { number: 29, dueDate: day('2023-04-14') } as OpinionView['task'],
      }),
      opinion({ number: 3, outcome: 'transferred', transferredTo: 'Bộ Lao động - Thương binh và Xã hội' }),
      opinion({ number: 4, outcome: 'pending', content: 'Ý kiến <đặc biệt> & "ký tự" cần thoát trong XML.' }),
    ]
    const { text, parts } = await readDocx(await minutesDocx(vi, { committee: party, session, minutes, opinions }))
    expect(parts).toContain('word/document.xml')
    for (const line of [
      'BAN THƯỜNG VỤ THỊ ỦY ĐỨC PHỔ',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '……………, ngày 24 tháng 03 năm 2023',
      'BIÊN BẢN',
      'Hội nghị đối thoại trực tiếp: Đối thoại với cán bộ, hội viên Hội Cựu chiến binh thị xã',
      'Vào lúc 08:00 ngày 24/03/2023, tại Hội trường Ủy ban nhân dân thị xã, ' +
        'Ban Thường vụ Thị ủy Đức Phổ tổ chức hội nghị đối thoại trực tiếp.',
      '- Chủ trì: Nguyễn Kiên, Bí thư Thị ủy',
      'II. Ý KIẾN CỦA NGƯỜI THAM DỰ VÀ TRẢ LỜI (4 ý kiến)',
      '1. Ý kiến của Phạm Văn Hùng (thôn Thanh Hòa, xã Phổ An) — lĩnh vực: Chính sách, chế độ, an sinh',
      'Trả lời tại hội nghị (Chủ tịch UBND thị xã): Sẽ giải quyết trong quý II/2023.',
      '2. Ý kiến của người tham dự (không nêu tên) (-) — lĩnh vực: Nước sạch',
      'Giao Phòng Lao động - Thương binh và Xã hội thị xã trả lời bằng văn bản, hạn 14/04/2023 (nhiệm vụ số 29).',
      'Nội dung ngoài thẩm quyền, chuyển Bộ Lao động - Thương binh và Xã hội xem xét, giải quyết.',
      'Ý kiến <đặc biệt> & "ký tự" cần thoát trong XML.',
      'Báo cáo kết quả về Thường trực Thị ủy.',
      'Hội nghị kết thúc vào lúc 11:15 cùng ngày. Biên bản được lập từ dữ liệu ghi nhận tại hội nghị (bản 3).',
      'THƯ KÝ',
      'CHỦ TRÌ',
    ]) {
      expect(text).toContain(line)
    }
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  })

  it('the speaker list: a state body’s header, speakers in order, merged numbers and the body preparing each answer', async () => {
    const row = (number: number, over: object) => ({
      number,
      name: `Người ${number}`,
      place: 'xã Trà Thanh',
      phone: null,
      field: 'land',
      content: `Câu hỏi số ${number}`,
      mode: 'speak' as const,
      state: 'registered' as const,
      mergedInto: null,
      speakOrder: null,
      body: null,
      task: null,
      recorded: false,
      merged: [] as number[],
      ...over,
    })
    const bytes = await speakerListDocx(vi, {
      committee: state,
      session,
      today: '2023-03-20',
      when: 'Thứ Sáu, 24/03/2023 lúc 08:00',
      rows: [row(3, { speakOrder: 1, phone: '0905123456', body, merged: [6] }), row(1, { mode: 'written' })],
    })
    const { text } = await readDocx(bytes)
    for (const line of [
      'ỦY BAN NHÂN DÂN XÃ TRÀ THANH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'DANH SÁCH ĐĂNG KÝ PHÁT BIỂU',
      'Tổng số: 2 đăng ký, trong đó 1 người đăng ký phát biểu trực tiếp.',
      'Người 3\n0905123456',
      'gộp số 6',
      '(đăng ký số 3)',
      'Văn bản',
      'NGƯỜI LẬP DANH SÁCH',
    ]) {
      expect(text).toContain(line)
    }
    expect(text.indexOf('Người 3')).toBeLessThan(text.indexOf('Người 1'))
  })

  it('the periodic report: results from the data, limits, causes and proposals left to fill — in English too', async () => {
    const rollup = emptyRollup()
    rollup.opinions = {
      received: 5,
      answeredAtSession: 3,
      writing: { done_on_time: 1, done_late: 0, open_in_term: 0, open_overdue: 1 },
      transferred: 0,
      undecided: 0,
    }
    rollup.items = { total: 3, doneOnTime: 0, doneLate: 0, inProgress: 2, ongoing: 1, overdue: 1 }
    const data: PeriodReportData = {
      committee: party,
      period: 'six_months',
      year: 2023,
      from: '2023-01-01',
      to: '2023-06-30',
      asOf: '2023-06-12',
      held: [{ number: 1, topic: 'Đối thoại với Hội Cựu chiến binh', heldOn: '2023-03-24', rollup }],
      notHeld: [{ number: 2, topic: 'Đối thoại với công dân xã Phổ An', timeText: 'Tháng 5/2023', reason: null, cancelled: false }],
      total: rollup,
      byField: [{ field: 'policy', rollup: rollup.opinions }],
      byBody: [{ body: body.name, rollup: rollup.items }],
      overdue: [{ number: 33, title: 'Thực hiện kết luận 1', body: body.name, due: '2023-04-30', kind: 'item' }],
    }
    const { text } = await readDocx(await periodReportDocx(vi, data))
    for (const line of [
      'BÁO CÁO',
      'Kết quả thực hiện đối thoại trực tiếp 6 tháng đầu năm 2023',
      '(số liệu tính đến ngày 12/06/2023)',
      '1. Tổ chức các buổi đối thoại: đã tổ chức 1 buổi, chưa tổ chức 1 buổi theo kế hoạch',
      '- Buổi số 1: Đối thoại với Hội Cựu chiến binh — tổ chức ngày 24/03/2023.',
      '- Buổi số 2: Đối thoại với công dân xã Phổ An (Tháng 5/2023) — chưa tổ chức; lý do: ….',
      'Tổng số 5 ý kiến; trả lời trực tiếp tại hội nghị 3 ý kiến; giao trả lời bằng văn bản 2 ý kiến (đúng hạn 1, trễ hạn 0, ' +
        'đang giải quyết 0, quá hạn 1)',
      'Tổng số 3 nội dung kết luận: hoàn thành đúng hạn 0, hoàn thành trễ hạn 0, đang thực hiện 2 ' +
        '(trong đó 1 nội dung thực hiện thường xuyên), quá hạn 1.',
      '4. Nội dung quá hạn chưa hoàn thành (1)',
      'Thực hiện kết luận 1',
      '30/04/2023',
      'II. HẠN CHẾ',
      'III. NGUYÊN NHÂN',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
      'T/M BAN THƯỜNG VỤ THỊ ỦY ĐỨC PHỔ',
    ]) {
      expect(text).toContain(line)
    }
    expect(text).not.toContain('2.023')
    const english = await readDocx(await periodReportDocx(en, { ...data, byField: [], byBody: [], overdue: [] }))
    expect(english.text).toContain('Results of direct dialogue in the first six months of 2023')
    expect(english.text).toContain('No item is overdue.')
    expect(english.text).toContain('(none)')
  })
})
