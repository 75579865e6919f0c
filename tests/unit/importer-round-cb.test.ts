import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round cb of the importer's fixes (issue 11): each construct on a small input written here.

const topicsOf = (text: string) => readPlan(text).sessions.map((s) => [s.time.start, s.topic])

describe("a schedule copied as lines whose words after the date are only the session's place", () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2031',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    'Lịch cụ thể:',
    'TT Tháng Ngày tiếp công dân Thứ Địa điểm',
    '1 Tháng 01 16/01/2031 Thứ Năm Trụ sở Tiếp công dân huyện - Cơ sở 1 (thị trấn Đông)',
    '2 Tháng 02 20/02/2031 Thứ Năm Trụ sở Tiếp công dân huyện - Cơ sở 2 (xã Tây)',
    '3 Tháng 03 20/3/2031 Thứ Năm Trụ sở Tiếp công dân huyện - Cơ sở 1 (thị trấn Đông)',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng UBND huyện',
    '- Bố trí phòng tiếp.',
  ].join('\n')

  it("gives each day the notice's subject, the place its venue", () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.time.start, s.topic])).toEqual([
      ['2031-01-16', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
      ['2031-02-20', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
      ['2031-03-20', 'Tiếp công dân định kỳ của Chủ tịch UBND huyện'],
    ])
    expect(draft.sessions[1]?.venues[0]).toMatch(/^Trụ sở Tiếp công dân huyện/)
  })
})

describe('a plan of helping hold dialogues at work, its schedule naming one firm a month', () => {
  const text = [
    'KẾ HOẠCH',
    'Phối hợp tổ chức đối thoại tại nơi làm việc tại các doanh nghiệp năm 2031',
    'I. LỊCH ĐỐI THOẠI',
    '1. Lịch đối thoại tại các doanh nghiệp',
    '- Tháng 3/2031 (ngày 20/3/2031): Công ty TNHH Giày An (Khu công nghiệp Bắc, xã Đông), khoảng 1.000 lao động;',
    '- Tháng 5/2031: Xí nghiệp May Tây (Cụm công nghiệp Nam);',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng',
    '- Bố trí kinh phí.',
  ].join('\n')

  it('names the dialogue, not the work of helping, with the firm of each line', () => {
    expect(topicsOf(text)).toEqual([
      ['2031-03-20', 'Đối thoại tại nơi làm việc tại các doanh nghiệp: Công ty TNHH Giày An (Khu công nghiệp Bắc, xã Đông)'],
      ['2031-05-01', 'Đối thoại tại nơi làm việc tại các doanh nghiệp: Xí nghiệp May Tây (Cụm công nghiệp Nam)'],
    ])
  })
})

describe('sessions named only by their rank and period over a label of what the dialogue is', () => {
  const text = (rank: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại định kỳ tại nơi làm việc năm 2031',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Nội dung đối thoại',
      'Đối thoại định kỳ giữa Giám đốc Trung tâm với viên chức, người lao động về chế độ tiền lương.',
      '2. Thời gian, địa điểm',
      `- ${rank} thứ nhất (6 tháng đầu năm): 14 giờ 00, thứ Năm, ngày 19/6/2031, tại Hội trường tầng 2.`,
      `- ${rank} thứ hai (6 tháng cuối năm): dự kiến tháng 12/2031; thời gian cụ thể sẽ thông báo sau.`,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tổ chức',
      '- Chuẩn bị hội trường.',
    ].join('\n')

  it.each(['Kỳ đối thoại', 'Hội nghị'])('takes the label, not "%s thứ nhất (…)", as the topic', (rank) => {
    const topic = 'Đối thoại định kỳ giữa Giám đốc Trung tâm với viên chức, người lao động về chế độ tiền lương'
    expect(topicsOf(text(rank))).toEqual([
      ['2031-06-19', topic],
      ['2031-12-01', topic],
    ])
  })
})

describe('a session named by its rank with its theme in quotes', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với doanh nghiệp năm 2031',
    'I. NỘI DUNG, THỜI GIAN',
    '1. Hội nghị đối thoại lần thứ hai',
    'Hội nghị lần thứ hai với chủ đề “Kết nối giao thông và chuỗi giá trị nông sản” dự kiến ' +
      'tổ chức vào giữa tháng 9/2031, tại thành phố A.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Công Thương',
    '- Chuẩn bị hội nghị.',
  ].join('\n')

  it('takes the theme, without the quotes, as the topic', () => {
    expect(topicsOf(text)).toEqual([['2031-09-01', 'Kết nối giao thông và chuỗi giá trị nông sản']])
  })
})

describe('a sentence in which the host will hold the dialogue, its time after', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND tỉnh tại buổi đối thoại với các hộ dân khu tái định cư A',
    'I. KẾT LUẬN',
    '1. Về kiến nghị của các hộ dân',
    'Giao UBND thành phố rà soát hồ sơ của các hộ dân.',
    '2. Đối thoại lần tiếp theo',
    'Chủ tịch UBND tỉnh sẽ tiếp tục đối thoại với các hộ dân khu tái định cư A để thông tin kết quả giải quyết ' +
      'vào 8 giờ 30 ngày 18/8/2031 (thứ Hai), tại Hội trường UBND phường B.',
  ].join('\n')

  it('names the dialogue from its word on', () => {
    expect(topicsOf(text)).toEqual([['2031-08-18', 'Đối thoại với các hộ dân khu tái định cư A để thông tin kết quả giải quyết']])
  })
})
