import { describe, expect, it } from 'vitest'
import { evaluateDraft } from '../../src/importer/evaluate.js'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedOf } from '../helpers/importer-draft.js'

// Round da (issue 11): constructs of unseen plans, on small inputs written here.

const plan = [
  'ỦY BAN NHÂN DÂN XÃ A          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Số: 10/KH-UBND                Độc lập - Tự do - Hạnh phúc',
  'A, ngày 02 tháng 3 năm 2030',
  'KẾ HOẠCH',
  'Tổ chức đối thoại năm 2030',
  'I. NỘI DUNG, THỜI GIAN',
  '- Nội dung: Đối thoại với Nhân dân thôn B về giao thông nông thôn.',
  '- Thời gian: 8 giờ 00, ngày 20/4/2030.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Công chức Địa chính - Xây dựng: Rà soát hồ sơ đất đai của thôn B; báo cáo Chủ tịch UBND xã trước ngày 10/4/2030.',
  '2. Công chức Văn phòng - Thống kê: Chuẩn bị hội trường; gửi giấy mời trước ngày 15/4/2030.',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
]
const notice = [
  'ỦY BAN NHÂN DÂN XÃ A          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Số: 12/TB-UBND                Độc lập - Tự do - Hạnh phúc',
  'A, ngày 05 tháng 4 năm 2030',
  'THÔNG BÁO',
  'điều chỉnh một số nội dung của Kế hoạch số 10/KH-UBND',
  '1. Thời hạn báo cáo rà soát hồ sơ của công chức Địa chính - Xây dựng điều chỉnh thành trước ngày 17/4/2030.',
  'Các nội dung khác của Kế hoạch số 10/KH-UBND giữ nguyên.',
]
const dated = (tasks: ReturnType<typeof readPlan>['tasks']) =>
  tasks
    .filter((t) => t.deadline.rule.kind === 'absolute')
    .map((t) => [t.lead, t.deadline.rule.kind === 'absolute' ? t.deadline.rule.date : null])

describe("an adjusting notice's new term for a body's work", () => {
  it('is read alone as that body\'s work with the new term, the body named after "của"', () => {
    expect(dated(readPlan(notice.join('\n')).tasks)).toEqual([['Công chức Địa chính - Xây dựng', '2030-04-17']])
  })

  it('replaces the term of the plan pasted above it, and leaves the other works as they were', () => {
    const { tasks } = readPlan([...plan, '', '----------', '', ...notice].join('\n'))
    expect(dated(tasks).sort()).toEqual([
      ['Công chức Văn phòng - Thống kê', '2030-04-15'],
      ['Công chức Địa chính - Xây dựng', '2030-04-17'],
    ])
  })

  it("reads a term stated without a change as the body's work, and replaces nothing with it", () => {
    const stated = notice.map((line) => line.replace('điều chỉnh thành trước ngày 17/4/2030', 'là trước ngày 17/4/2030'))
    expect(dated(readPlan(stated.join('\n')).tasks)).toEqual([['Công chức Địa chính - Xây dựng', '2030-04-17']])
    const { tasks } = readPlan([...plan, '', '----------', '', ...stated].join('\n'))
    expect(dated(tasks).filter(([lead]) => lead === 'Công chức Địa chính - Xây dựng')).toHaveLength(2)
  })
})

describe("a mass organisation's work before the dialogue with its own members", () => {
  const text = (third: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND xã A với hội viên, đoàn viên năm 2030',
      '1. Các buổi đối thoại',
      '1.1. Đối thoại với hội viên nông dân về chuyển đổi cây trồng: 8 giờ 00, ngày 10/7/2030, tại Hội trường UBND xã.',
      '1.2. Đối thoại với hội viên phụ nữ về vay vốn: 14 giờ 00, ngày 14/8/2030, tại Nhà văn hóa thôn B.',
      `1.3. ${third}: dự kiến trong tháng 9/2030, tại Hội trường UBND xã.`,
      '2. Phân công nhiệm vụ',
      '2.1. Đoàn Thanh niên xã: Tổng hợp ý kiến đoàn viên, gửi về UBND xã trước ngày tổ chức đối thoại ít nhất 07 ngày.',
      '2.2. Công chức Văn phòng - Thống kê: Dự thảo thông báo kết quả trong vòng 05 ngày làm việc sau mỗi buổi đối thoại.',
    ].join('\n')
  const youthSessions = (plan: ReturnType<typeof readPlan>) =>
    plan.tasks.filter((t) => t.lead.startsWith('Đoàn Thanh niên')).map((t) => plan.sessions[t.session!]!.time.start)

  it("counts from the dialogue with its members when each dialogue is with another organisation's", () => {
    expect(youthSessions(readPlan(text('Đối thoại với đoàn viên, thanh niên về việc làm')))).toEqual(['2030-09-01'])
  })

  it("counts from every dialogue when one of them is with no organisation's members", () => {
    expect(youthSessions(readPlan(text('Đối thoại với Nhân dân thôn C về giao thông')))).toHaveLength(3)
  })
})

describe('the evaluation of a month written in words', () => {
  it('finds "trong tháng mười một năm 2030" in the words of a deadline on the month\'s last day: nothing invented', () => {
    const draft = readPlan(
      [
        'KẾ HOẠCH',
        'Tổ chức đối thoại năm 2030',
        '1. Thời gian: ngày 10/12/2030.',
        '2. Đoàn Thanh niên xã: lập danh sách đại biểu, hoàn thành trong tháng mười một năm 2030.',
      ].join('\n'),
    )
    expect(draft.tasks.map((t) => (t.deadline.rule.kind === 'absolute' ? t.deadline.rule.date : null))).toEqual(['2030-11-30'])
    const expected = { seed: 'x.txt', sessions: [], tasks: [] }
    expect(evaluateDraft(draft, expected).invented).toEqual([])
  })
})

describe('a guidance issued within a month', () => {
  it('is due by the month’s last day ("ban hành trong tháng 4/2030"), as work finished or sent in it is', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2030',
      '1. Thời gian: ngày 10/6/2030.',
      '2. Ban Tuyên giáo Huyện ủy: Xây dựng Hướng dẫn tuyên truyền về hội nghị đối thoại, ban hành trong tháng 4/2030.',
    ].join('\n')
    expect(datedOf(text)).toEqual([['Ban Tuyên giáo Huyện ủy', 'absolute', '2030-04-30', null]])
  })
})

describe('work before "the dialogue with enterprises" beside dialogues with the enterprises’ workers', () => {
  it('counts from the sessions held "với doanh nghiệp", not those "với người lao động các doanh nghiệp"', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với người lao động và doanh nghiệp năm 2030',
      'I. THỜI GIAN, NỘI DUNG',
      '1. Ngày 12/9/2030: Đối thoại với người lao động các doanh nghiệp KCN A về tiền lương.',
      '2. Ngày 13/9/2030: Đối thoại với doanh nghiệp KCN A về thủ tục đầu tư.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Quản lý doanh nghiệp',
      '- Tổng hợp khó khăn của doanh nghiệp; gửi Phòng Quản lý lao động trước hội nghị đối thoại với doanh nghiệp ít nhất ' +
        '07 ngày làm việc.',
    ].join('\n')
    const plan = readPlan(text)
    const relative = plan.tasks.filter((t) => t.deadline.rule.kind === 'relative')
    expect(relative.map((t) => plan.sessions[t.session!]!.time.start)).toEqual(['2030-09-13'])
  })
})
