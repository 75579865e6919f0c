import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round eb (stop 33, issue 11): voter meetings named by their place, each on a small input written here.

describe('voter meetings named by their place', () => {
  it('names each part of a run of places by its own place, the verb said once in the first', () => {
    const text = [
      'Các đại biểu đơn vị 9 tiếp xúc cử tri quận Alpha vào lúc 14 giờ ngày 26-6-2031 tại Nhà văn hóa quận (số 5 đường Một, ' +
        'quận Alpha); quận Beta vào lúc 8 giờ ngày 27-6-2031 tại Hội trường quận (số 2 đường Hai); vào lúc 14 giờ ngày ' +
        '27-6-2031 tại UBND phường Gamma (số 7 đường Ba); vào lúc 19 giờ ngày 24-6-2031, đại biểu Nguyễn Văn A TXCT nơi cư trú ' +
        'phường 3, quận Delta.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[1], s[3]])).toEqual([
      ['2031-06-26', 'Tiếp xúc cử tri quận Alpha'],
      ['2031-06-27', 'Tiếp xúc cử tri quận Beta'],
      ['2031-06-27', 'Tiếp xúc cử tri quận Beta'],
      ['2031-06-24', 'đại biểu Nguyễn Văn A TXCT nơi cư trú phường 3, quận Delta'],
    ])
  })

  it('takes the meeting of a group that lists its members first, not their names', () => {
    const text = [
      'Thông báo lịch tiếp xúc cử tri của các tổ đại biểu Hội đồng nhân dân tỉnh',
      '',
      '1. Tổ đại biểu HĐND tỉnh (đơn vị bầu cử huyện Alpha) gồm các đại biểu: Nguyễn Văn A, Phó Bí thư Tỉnh ủy; Trần Văn B, ' +
        'Bí thư Huyện ủy, Chủ tịch HĐND huyện Alpha tiếp xúc cử tri huyện Alpha.',
      'Thời gian: Bắt đầu từ 8h00 ngày 5/11/2031.',
      'Địa điểm: tại Hội trường UBND xã Một, huyện Alpha.',
      '2. Tổ đại biểu HĐND tỉnh (đơn vị bầu cử huyện Beta) gồm các đại biểu: Lê Văn C, Trưởng ban Pháp chế HĐND tỉnh; Phạm ' +
        'Thị D, Chủ tịch HĐND huyện Beta tiếp xúc cử tri huyện Beta.',
      'Thời gian: Bắt đầu từ 14h00 ngày 6/11/2031.',
      'Địa điểm: tại Trung tâm Hội nghị huyện Beta.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[1], s[3]])).toEqual([
      ['2031-11-05', 'Tiếp xúc cử tri huyện Alpha'],
      ['2031-11-06', 'Tiếp xúc cử tri huyện Beta'],
    ])
  })

  it('names a line of a voter meetings schedule by the places it lists after its hall', () => {
    const text = [
      'Lịch tổ chức hội nghị tiếp xúc cử tri trước kỳ họp Hội đồng nhân dân thành phố',
      '',
      'Theo đó, thời gian tổ chức hội nghị tiếp xúc cử tri được thống nhất từ ngày 21/5/2031 đến ngày 22/5/2031, cụ thể:',
      '- Vào lúc 8 giờ 00, ngày 21/5/2031 (thứ tư), tại hội trường UBND phường Alpha, gồm phường Alpha (30 cử tri); phường ' +
        'Beta (30 cử tri) và xã Gamma (25 cử tri)',
      '- Vào lúc 14 giờ, ngày 21/5/2031 (thứ tư), tại hội trường UBND phường Delta, gồm phường Delta (40 cử tri) và phường ' +
        'Epsilon (30 cử tri).',
      '- Vào lúc 8 giờ, ngày 22/5/2031 (thứ năm), tại Nhà Văn hóa xã Zeta, gồm xã Zeta (70 cử tri).',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[1], s[3]])).toEqual([
      ['2031-05-21', 'phường Alpha (30 cử tri); phường Beta (30 cử tri) và xã Gamma (25 cử tri)'],
      ['2031-05-21', 'phường Delta (40 cử tri) và phường Epsilon (30 cử tri)'],
      ['2031-05-22', 'xã Zeta (70 cử tri)'],
    ])
  })

  it('reads a meeting in each half of a line of one day', () => {
    const text = [
      'Các ứng cử viên tiếp xúc cử tri tại các huyện',
      '',
      'Từ ngày 5-5 đến 7-5-2031, các ứng cử viên đại biểu HĐND tỉnh sẽ tiếp xúc cử tri tại các huyện.',
      '* Ngày 5-5-2031: đơn vị bầu cử số 1, huyện Alpha: buổi sáng tiếp xúc cử tri xã Một, xã Hai, tại hội trường UBND xã Một; ' +
        'buổi chiều tiếp xúc cử tri các xã Ba, Bốn, tại hội trường UBND xã Ba.',
      '* Ngày 7-5-2031: đơn vị bầu cử số 2, huyện Beta: buổi sáng tiếp xúc cử tri các xã Năm, Sáu, tại hội trường UBND xã Năm; ' +
        'buổi chiều tiếp xúc cử tri thị trấn Beta, tại hội trường UBND thị trấn.',
    ].join('\n')
    expect(
      sessionsOf(text)
        .filter((s) => s[0] === 'day')
        .map((s) => [s[1], s[3]]),
    ).toEqual([
      ['2031-05-05', 'tiếp xúc cử tri xã Một, xã Hai'],
      ['2031-05-05', 'tiếp xúc cử tri các xã Ba, Bốn'],
      ['2031-05-07', 'tiếp xúc cử tri các xã Năm, Sáu'],
      ['2031-05-07', 'tiếp xúc cử tri thị trấn Beta'],
    ])
  })

  it('reads no session in the council sitting the voter meetings come before', () => {
    const text = [
      'Hội nghị triển khai kế hoạch tiếp xúc cử tri của đại biểu HĐND phường Alpha',
      '',
      'Hoạt động tiếp xúc cử tri của các tổ đại biểu HĐND sẽ được diễn ra từ ngày 08 đến ngày 10/7/2031, lịch cụ thể như sau:',
      '- 19h30 ngày 08/7/2031 tiếp xúc cử tri khu phố Một',
      '- 14h00 ngày 09/7/2031 tiếp xúc cử tri khu phố Ba',
      '- 14h00 ngày 10/7/2031 tiếp xúc cử tri khu phố Hai',
      '        Dự kiến thời gian tổ chức kỳ họp 01 ngày (từ ngày 22 đến ngày 27/7/2031)',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2031-07-08'],
      ['day', '2031-07-09'],
      ['day', '2031-07-10'],
    ])
  })
})
