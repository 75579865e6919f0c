import { describe, expect, it } from 'vitest'
import { cleanLines } from '../../src/importer/normalize.js'
import { datedByRuleOf as datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round k of the importer's fixes (issue 11): each construct on a small input written here.

describe('"muộn nhất" before a day', () => {
  it('says what "chậm nhất" does: the day itself', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại với Nhân dân năm 2019',
      'I. THỜI GIAN',
      '- Thời gian: ngày 20/6/2019, tại Hội trường UBND xã.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Trưởng các thôn',
      'Lập danh sách hộ dân dự hội nghị, nộp về UBND xã muộn nhất ngày 14/6/2019.',
    ].join('\n')
    expect(datedOf(text)).toEqual([['Trưởng các thôn', 'absolute', '2019-06-14', null]])
  })
})

describe('"Phối hợp với X" over a text the body submits for signing', () => {
  it("leaves the work to the heading's body, which holds the pen; X only helps", () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức hội nghị đối thoại năm 2021',
      'I. THỜI GIAN',
      '- Thời gian: ngày 15/4/2021, tại Hội trường Huyện ủy.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tuyên giáo Huyện ủy',
      '- Chuẩn bị tài liệu tuyên truyền.',
      '2. Văn phòng Huyện ủy',
      '- Phối hợp với Ban Tuyên giáo Huyện ủy dự thảo thông báo kết luận, trình ký ban hành trong thời hạn 05 ngày làm việc sau hội nghị.',
      '- Phối hợp với Ban Tuyên giáo Huyện ủy tổng hợp ý kiến của đảng viên, hoàn thành trước ngày 05/4/2021.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Văn phòng Huyện ủy', 'relative', '5 working_days', 0],
      ['Ban Tuyên giáo Huyện ủy', 'absolute', '2021-04-04', null],
    ])
  })
})

describe('"đối với các cuộc đối thoại định kỳ" naming the rows of a table under that heading', () => {
  it('binds the deadline to those rows, not to the session whose words hold "cuộc đối thoại"', () => {
    const text = [
      'KẾ HOẠCH',
      'tổ chức đối thoại tại nơi làm việc năm 2026',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đối thoại định kỳ tại các đơn vị',
      '| TT | Đơn vị | Thời gian | Địa điểm |',
      '|---|---|---|---|',
      '| 1 | Xí nghiệp A | 8h00 ngày 09/6/2026 | Hội trường Xí nghiệp A |',
      '| 2 | Xí nghiệp B | 8h00 ngày 11/6/2026 | Phòng họp Xí nghiệp B |',
      '2. Đối thoại chuyên đề',
      'Công ty tổ chức 01 cuộc đối thoại chuyên đề về tiền lương trong Quý IV/2026; thời gian cụ thể sẽ thông báo sau.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Chấp hành Công đoàn Công ty',
      'Gửi văn bản đề nghị nội dung đối thoại chậm nhất 10 ngày trước ngày đối thoại đối với các cuộc đối thoại định kỳ tại đơn vị.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Ban Chấp hành Công đoàn Công ty', 'relative', '-10 days', 0],
      ['Ban Chấp hành Công đoàn Công ty', 'relative', '-10 days', 1],
    ])
  })
})

describe('an e-mail with its header and the earlier mail quoted under it', () => {
  const text = [
    'Từ: Văn phòng Sở <vanphong@so.gov.vn>',
    'Gửi: Thứ Hai, 04/3/2024 09:10',
    'Tới: Các phòng thuộc Sở',
    'Chủ đề: Lịch đối thoại với doanh nghiệp năm 2024',
    '',
    'Kính gửi các phòng,',
    'Văn phòng thông báo lịch cụ thể như sau:',
    '- Buổi 1: 8h00 thứ Ba, ngày 19/3/2024, tại Hội trường Sở, đối thoại với doanh nghiệp khu công nghiệp.',
    '- Phòng Kế hoạch: gửi danh sách doanh nghiệp về Văn phòng trước ngày 12/3/2024.',
    'Trân trọng!',
    '',
    '> -----Tin nhắn gốc-----',
    '> Gửi: Thứ Sáu, 01/03/2024 10:15',
    '> Chủ đề: Kế hoạch đối thoại với doanh nghiệp năm 2024',
    '> - Buổi 1: dự kiến ngày 14/3/2024 đối thoại với doanh nghiệp.',
  ].join('\n')

  it("reads the mail's own schedule: neither the day it was sent nor the quoted, replaced days are sessions", () => {
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2024-03-19']])
    expect(datedOf(text)).toEqual([['Phòng Kế hoạch', 'absolute', '2024-03-11', null]])
  })

  it('keeps a text quoted whole', () => {
    expect(cleanLines('> Đối thoại ngày 19/3/2024.\n> Phòng A gửi báo cáo trước ngày 12/3/2024.').length).toBe(2)
  })
})

describe('a schedule laid out in columns of spaces', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch hội nghị đối thoại với đơn vị sử dụng lao động năm 2024',
    'Văn phòng thông báo lịch cụ thể như sau:',
    '',
    'TT  Thời gian                Địa điểm               Đơn vị được mời                  Chủ trì         Phối hợp',
    '1   8h00 thứ Tư, 20/3/2024   Hội trường huyện A     Các đơn vị SDLĐ huyện A, B       BHXH huyện A    BHXH huyện B',
    '2   8h00 thứ Năm, 28/3/2024  Hội trường tỉnh        Các đơn vị SDLĐ thành phố C, D   BHXH TP Cao Lộc BHXH huyện D',
    '',
    'Đề nghị các đơn vị triển khai:',
    '- BHXH các huyện, thành phố: báo cáo kết quả hội nghị về Văn phòng trước ngày 05/4/2024.',
  ].join('\n')

  it('reads each row as a session with whom it invites ("Đơn vị được mời")', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2024-03-20', '2024-03-20', 'Đối thoại với các đơn vị SDLĐ huyện A, B'],
      ['day', '2024-03-28', '2024-03-28', 'Đối thoại với các đơn vị SDLĐ thành phố C, D'],
    ])
  })

  it('parts a cell that fills its column from the next one ("BHXH TP Cao Lộc BHXH huyện D")', () => {
    const row = cleanLines(text).find((line) => line.cells?.[0] === '2')
    expect(row?.cells?.slice(4)).toEqual(['BHXH TP Cao Lộc', 'BHXH huyện D'])
  })

  it('knows "BHXH" as the head of a body\'s name', () => {
    expect(datedOf(text)).toEqual([['BHXH các huyện, thành phố', 'absolute', '2024-04-04', null]])
  })
})
