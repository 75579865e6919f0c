import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round ed (stop 33, issue 11): notices, schedules and news of real pages, each cause on a small input written here.

describe('a schedule a web page copied one cell a line, a bar after each cell', () => {
  const page = [
    'Báo tỉnh đăng lịch tiếp xúc cử tri của đại biểu HĐND tỉnh trước kỳ họp giữa năm 2030 tại các địa phương như sau:',
    'STT |',
    'Huyện |',
    'Thời gian |',
    'Địa điểm |',
    '1 |',
    'Huyện A |',
    '07 giờ 30 phút Ngày 20-6-2030 (Thứ Năm) |',
    'Trụ sở UBND xã B (Đơn vị bầu cử số 01) |',
    '14 giờ Ngày 20-6-2030 (Thứ Năm) |',
    'Trụ sở UBND xã C (Đơn vị bầu cử số 02) |',
    '||',
    '2 |',
    'Huyện D |',
    '08 giờ Ngày 21-6-2030 (Thứ Sáu) |',
    'Nhà văn hóa xã E (Đơn vị bầu cử số 03) |',
    'Nhà văn hóa xã G (Đơn vị bầu cử số 04) |',
    '|||',
    '3 |',
    'Huyện H |',
    '08 giờ Ngày 21-6-2030 (Thứ Sáu) |',
    'Hội trường UBND xã K (Đơn vị b',
  ].join('\n')

  it('reads each place as a meeting named by its commune, a row that spans two places giving its time to both', () => {
    expect(sessionsOf(page)).toEqual([
      ['day', '2030-06-20', '2030-06-20', 'Tiếp xúc cử tri tại xã B'],
      ['day', '2030-06-20', '2030-06-20', 'Tiếp xúc cử tri tại xã C'],
      ['day', '2030-06-21', '2030-06-21', 'Tiếp xúc cử tri tại xã E'],
      ['day', '2030-06-21', '2030-06-21', 'Tiếp xúc cử tri tại xã G'],
      ['day', '2030-06-21', '2030-06-21', 'Tiếp xúc cử tri tại xã K'],
    ])
  })

  it('keeps the subject of a schedule of dialogues for rows that give only a place', () => {
    const dialogues = page.replace('lịch tiếp xúc cử tri của đại biểu HĐND tỉnh', 'lịch đối thoại của Chủ tịch UBND tỉnh với Nhân dân')
    expect(new Set(sessionsOf(dialogues).map((s) => s[1]))).toEqual(new Set(['2030-06-20', '2030-06-21']))
    expect(sessionsOf(dialogues).every((s) => String(s[3]).includes('đối thoại'))).toBe(true)
  })
})

describe('a labelled time that only retells the session', () => {
  it('takes the name of the session from the sentence under the title that says with whom it is', () => {
    const text = [
      'THÔNG BÁO ĐỐI THOẠI VÀ LẮNG NGHE Ý KIẾN NHÂN DÂN QUÝ II, NĂM 2030',
      '',
      'Ban Thường vụ Huyện ủy A tổ chức buổi đối thoại giữa Bí thư Huyện ủy, Chủ tịch UBND huyện với nhân dân xã B.',
      'Chủ trì buổi đối thoại: Bí thư Huyện ủy A.',
      'Nội dung tại buổi đối thoại sẽ báo cáo với nhân dân tình hình kinh tế, xã hội trên địa bàn.',
      'Thời gian: Buổi đối thoại bắt đầu lúc 7 giờ 30 phút, ngày 12/6/2030.',
      'Địa điểm: Hội trường UBND xã B.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-06-12', '2030-06-12', 'Đối thoại giữa Bí thư Huyện ủy, Chủ tịch UBND huyện với nhân dân xã B'],
    ])
  })
})

describe("a portal's stamp of when it posted an item", () => {
  it('is no session when the half of the day follows its clock ("14/11/2030 4:24:PM")', () => {
    const text = [
      'Kế hoạch tiếp xúc cử tri trước kỳ họp thứ 5, HĐND huyện khóa XIII',
      '14/11/2030 4:24:PM',
      '',
      'Thường trực HĐND huyện đã ban hành Kế hoạch về tiếp xúc cử tri trước kỳ họp thứ 5. Theo đó, các Tổ đại biểu HĐND huyện ' +
        'thực hiện tiếp xúc cử tri từ ngày 18/11/2030 đến ngày 26/11/2030.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['month', '2030-11-18', '2030-11-26']])
  })
})

describe('a news item whose body only retells when its session is held', () => {
  it('names the session by its headline, the days it opens with aside', () => {
    const text = [
      'Từ ngày 8 đến 26-10: Đại biểu HĐND tỉnh tiếp xúc cử tri',
      '',
      'Thứ Tư, 01/10/2031, 22:04 [GMT+7]',
      '',
      'Từ ngày 8 đến 26-10: Đại biểu HĐND tỉnh tiếp xúc cử tri',
      '',
      'Thường trực HĐND tỉnh vừa có thông báo về việc tiếp xúc cử tri trước kỳ họp thứ 5, HĐND tỉnh khóa IX.',
      '',
      'Theo đó, thời gian tiếp xúc từ ngày 8 đến 26-10. Nội dung tiếp xúc gồm: Thông báo với cử tri dự kiến chương trình kỳ họp.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['month', '2031-10-08', '2031-10-26', 'Đại biểu HĐND tỉnh tiếp xúc cử tri']])
  })
})

describe('a page with no title that opens with its legal bases', () => {
  it('is about the session the line after them names, not the first law', () => {
    const text = [
      'Căn cứ Luật tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ vào Kế hoạch số: 12/KH-HĐND, ngày 10 tháng 11 năm 2031 của Thường trực Hội đồng nhân dân xã A,',
      'Thường trực HĐND xã phối hợp với Thường trực UBMTTQ xã tổ chức tiếp xúc cử tri trước kỳ họp lần thứ 4 HĐND xã khóa XIII ' +
        'với nội dung như sau:',
      'I. Thời gian và địa điểm: Từ ngày 01/12/2031 - ngày 02/12/2031.',
      '',
      'II. Nội dung tiếp xúc cử tri:',
      '- Thông báo đến cử tri dự kiến Chương trình kỳ họp lần thứ 4 HĐND xã.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([['month', '2031-12-01', '2031-12-02', 'Tiếp xúc cử tri trước kỳ họp lần thứ 4 HĐND xã khóa XIII']])
  })
})
