import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round cv (issue 11): small inputs written here, none taken from the documents measured.

describe("a month's reception days, each line naming who receives", () => {
  const notice = (lines: string[]) =>
    [
      'THÔNG BÁO',
      'Lịch tiếp công dân của lãnh đạo UBND xã tháng 4 năm 2027',
      '1. Lịch tiếp công dân',
      ...lines,
      '2. Tổ chức thực hiện',
      '- Công an xã bảo đảm an ninh, trật tự tại nơi tiếp công dân.',
    ].join('\n')

  it('names each day by its leader, a name and a comma before the title, when the leaders differ', () => {
    const draft = readPlan(
      notice([
        '- Sáng thứ Hai (05/4): đồng chí Trần Văn Bình, Chủ tịch UBND xã tiếp công dân.',
        '- Sáng thứ Năm (08/4): đồng chí Lê Thị Hoa, Phó Chủ tịch UBND xã tiếp công dân.',
      ]),
    )
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['đồng chí Trần Văn Bình, Chủ tịch UBND xã tiếp công dân', '2027-04-05'],
      ['đồng chí Lê Thị Hoa, Phó Chủ tịch UBND xã tiếp công dân', '2027-04-08'],
    ])
  })

  it("gives the notice's subject when every line names the same leader", () => {
    const draft = readPlan(
      notice([
        '- Thứ Năm, ngày 01/4/2027: Đồng chí Trần Văn Bình, Chủ tịch UBND xã tiếp công dân.',
        '- Thứ Năm, ngày 08/4/2027: Đồng chí Trần Văn Bình, Chủ tịch UBND xã tiếp công dân.',
      ]),
    )
    expect(draft.sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['Tiếp công dân của lãnh đạo UBND xã', '2027-04-01'],
      ['Tiếp công dân của lãnh đạo UBND xã', '2027-04-08'],
    ])
  })
})

describe('a forum held by clusters of places', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức "Diễn đàn Thanh niên với chính quyền" năm 2027',
    'II. THỜI GIAN, ĐỊA ĐIỂM',
    '- Cụm 1 (các huyện A Lưới, Phong Điền): tháng 6/2027, tại huyện A Lưới.',
    '- Cụm 2 (thành phố Huế và các huyện Phú Vang, Phú Lộc): ngày 14 hoặc ngày 15/8/2027, tại Hội trường Tỉnh đoàn.',
  ].join('\n')

  it('names each session by the forum and its cluster, two alternative days read as the time (not an hour\'s "h")', () => {
    const draft = readPlan(text)
    expect(draft.sessions.map((s) => [s.topic, s.time.precision, s.time.start, s.time.end])).toEqual([
      ['"Diễn đàn Thanh niên với chính quyền", Cụm 1 (các huyện A Lưới, Phong Điền)', 'month', '2027-06-01', '2027-06-30'],
      ['"Diễn đàn Thanh niên với chính quyền", Cụm 2 (thành phố Huế và các huyện Phú Vang, Phú Lộc)', 'month', '2027-08-14', '2027-08-15'],
    ])
  })
})

describe('a notice of conclusions that sets up the next dialogue', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND huyện tại buổi đối thoại với các hộ dân thôn Đông',
    'I. KẾT LUẬN',
    '1. Phòng Tài nguyên và Môi trường rà soát lại hồ sơ thu hồi đất.',
    'II. TỔ CHỨC ĐỐI THOẠI TIẾP THEO',
    'Chủ tịch UBND huyện sẽ tiếp tục đối thoại với các hộ dân để trả lời các nội dung còn lại:',
    '- Thời gian: 08 giờ 00, thứ Ba, ngày 11/5/2027.',
    '- Địa điểm: Hội trường UBND huyện.',
  ].join('\n')

  it('names the next dialogue by the sentence announcing it, the host and its helpers "sẽ tiếp tục" before the verb', () => {
    expect(readPlan(text).sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['Chủ tịch UBND huyện sẽ tiếp tục đối thoại với các hộ dân để trả lời các nội dung còn lại', '2027-05-11'],
    ])
  })
})

describe('a schedule of dialogues at work, one firm a row', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại định kỳ tại nơi làm việc năm 2027',
    'II. THỜI GIAN, ĐỊA ĐIỂM',
    '1. Lịch đối thoại tại các doanh nghiệp:',
    '| STT | Doanh nghiệp | Thời gian | Địa điểm |',
    '| --- | --- | --- | --- |',
    '| 1 | Công ty TNHH Cơ khí An Phú | 8h00, thứ Ba, ngày 08/6/2027 | Nhà ăn ca của Công ty |',
    '| 2 | Công ty Cổ phần May Hòa Bình | 14h00, thứ Năm, ngày 10/6/2027 | Hội trường Công ty |',
  ].join('\n')

  it('tells the rows apart by the firm the "Doanh nghiệp" column names', () => {
    expect(readPlan(text).sessions.map((s) => [s.topic, s.time.start])).toEqual([
      ['Đối thoại tại các doanh nghiệp: Công ty TNHH Cơ khí An Phú', '2027-06-08'],
      ['Đối thoại tại các doanh nghiệp: Công ty Cổ phần May Hòa Bình', '2027-06-10'],
    ])
  })
})
