import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round dl of the importer's fixes: each construct on a small input written here.

describe("a news page's one session over its programme copied one cell a line", () => {
  const text = [
    'Kế hoạch tổ chức Hội nghị gặp mặt doanh nghiệp',
    'UBND huyện đã ban hành Kế hoạch tổ chức Hội nghị đối thoại giữa lãnh đạo huyện với doanh nghiệp năm 2031',
    'Theo đó, Hội nghị tổ chức ½ ngày, từ 08h00’, thứ Năm, ngày 10 tháng 4 năm 2031',
    'Địa điểm: Hội trường UBND huyện',
    'Nội dung chương trình:',
    ...['TT', 'Thời gian', 'Nội dung', 'Đơn vị/ người thực hiện'],
    ...['1', '7h30’ -8h00’', 'Đón tiếp đại biểu', 'Văn phòng UBND huyện'],
    ...['2', '8h00’ – 8h10’', 'Khai mạc', 'Chủ tịch UBND huyện'],
  ].join('\n')

  it('reads the day above the table of hours, which runs that one session', () => {
    expect(sessionsOf(text).map(([precision, start]) => [precision, start])).toEqual([['day', '2031-04-10']])
  })
})

describe("a schedule's heading that is a link's label, over the requests to the members who receive", () => {
  const text = [
    'Lịch tiếp công dân của đại biểu HĐND huyện (Quý II/2031)',
    'Thực hiện Kế hoạch số 05/KH-HĐND ngày 10/01/2031 của Thường trực HĐND huyện; Văn phòng HĐND huyện thông báo lịch ' +
      'tiếp công dân quý II/2031 của đại biểu HĐND huyện như sau:',
    '1. Thời gian tiếp công dân: Từ 7 giờ 30 đến 11 giờ 00',
    '2. Lịch tiếp công dân XEM TẠI ĐÂY:',
    '- Đề nghị đại biểu HĐND huyện thực hiện tiếp công dân theo quy định. Đại biểu HĐND huyện tổng hợp báo cáo kết quả ' +
      'về Thường trực HĐND huyện chậm nhất 03 ngày sau khi tiếp công dân.',
    '- Đề nghị Ban Tiếp công dân huyện phối hợp bố trí phòng tiếp công dân.',
  ].join('\n')

  it('gives the report to the members, not to the heading of the schedule', () => {
    expect(datedOf(text)).toEqual([['Đại biểu HĐND huyện', 'relative', '2031-07-03', 0]])
  })
})

describe('a body given work on the grounds of what others report', () => {
  const text = [
    'UBND huyện dự kiến tổ chức Hội nghị đối thoại giữa Chủ tịch UBND huyện với các doanh nghiệp vào tháng 11/2031.',
    'Chủ tịch UBND huyện giao Phòng Tài chính - Kế hoạch trên cơ sở nội dung các cơ quan, đơn vị báo cáo; phân loại các ' +
      'kiến nghị của doanh nghiệp chuyển đến các cơ quan có liên quan nghiên cứu trả lời trước ngày 20 tháng 10 năm 2031.',
  ].join('\n\n')

  it('names the body alone, the grounds opening its work', () => {
    expect(datedOf(text)).toEqual([['Phòng Tài chính - Kế hoạch', 'absolute', '2031-10-19', null]])
  })
})

describe('a news item with no title line and no date, its session "vào cuối tháng 8 này"', () => {
  const text = [
    'Lãnh đạo UBND huyện sẽ đối thoại với thanh niên',
    'UBND huyện vừa ban hành kế hoạch đối thoại giữa lãnh đạo UBND huyện với thanh niên năm 2031 bằng hình thức trực ' +
      'tiếp tại hội trường UBND huyện, dự kiến tổ chức vào cuối tháng 8 này.',
    'Nội dung đối thoại tập trung một số nhóm vấn đề: việc làm; học nghề.',
  ].join('\n\n')

  it("reads the month in the year its words give, the dialogue it plans as the topic, without the plan's issuing", () => {
    expect(sessionsOf(text)).toEqual([['month', '2031-08-01', '2031-08-31', 'Đối thoại giữa lãnh đạo UBND huyện với thanh niên năm 2031']])
  })
})

describe('a session held on the occasion of a day', () => {
  const text = [
    'UBND huyện dự kiến tổ chức Hội nghị đối thoại giữa Chủ tịch UBND huyện với thanh niên nhân ngày Thanh niên 26/3, ' +
      'nhằm lắng nghe ý kiến của thanh niên.',
    'Chủ tịch UBND huyện giao Phòng Nội vụ tổng hợp ý kiến của thanh niên trước ngày 10 tháng 3 năm 2031.',
  ].join('\n\n')

  it('is held around that day, in its month', () => {
    expect(timesOf(text)).toEqual([['month', '2031-03-01', '2031-03-31']])
  })
})
