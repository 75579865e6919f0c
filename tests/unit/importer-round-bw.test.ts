import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round bw (issue 11): small inputs written here, none taken from the plans measured.

// A plan for one provincial conference, with the districts' dialogues in an annex table in capitals, as a PDF's layout keeps it.
const text = [
  '                              KẾ HOẠCH',
  '        Phối hợp tổ chức đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2031',
  '   I. NỘI DUNG',
  '   1. Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2031',
  '       - Thời gian: 01 buổi, ngày 14/3/2031.',
  '       - Địa điểm: Hội trường Trung tâm Hội nghị tỉnh.',
  '   2. Đối thoại cấp huyện',
  '       Các huyện tổ chức đối thoại theo lịch tại Phụ lục kèm theo.',
  '   II. TỔ CHỨC THỰC HIỆN',
  '   1. Ban Tuyên giáo Tỉnh Đoàn',
  '       - Tổng hợp ý kiến của thanh niên gửi Văn phòng UBND tỉnh chậm nhất 10 ngày trước ngày tổ chức hội nghị cấp tỉnh.',
  '   2. Văn phòng Tỉnh Đoàn',
  '       - Dự thảo thông báo kết luận của đồng chí Chủ tịch UBND tỉnh tại hội nghị, ' +
    'trình ban hành trong thời hạn 05 ngày làm việc sau hội nghị.',
  '   3. Ban Thường vụ các huyện đoàn',
  '       - Gửi báo cáo kết quả về Tỉnh Đoàn chậm nhất 05 ngày làm việc sau khi tổ chức đối thoại.',
  '',
  '                                   PHỤ LỤC',
  '     LỊCH TỔ CHỨC ĐỐI THOẠI GIỮA CHỦ TỊCH UBND CẤP HUYỆN VỚI THANH NIÊN NĂM 2031',
  '              (Kèm theo Kế hoạch số 10-KH/TĐTN ngày 20/01/2031)',
  '',
  '   TT      Đơn vị                     Người chủ trì                       Thời gian',
  '   1       Huyện Tân Lạc              Chủ tịch UBND huyện                 Tháng 4/2031',
  '   2       Huyện Yên Hòa              Chủ tịch UBND huyện                 Ngày 22/5/2031',
].join('\n')

describe("an annex's title in capitals over its table of sessions", () => {
  it("gives the rows its name, with their unit, not the plan's subject", () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2031-03-14', '2031-03-14', 'Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2031'],
      ['month', '2031-04-01', '2031-04-30', 'Đối thoại giữa Chủ tịch UBND cấp huyện với thanh niên năm 2031: Huyện Tân Lạc'],
      ['day', '2031-05-22', '2031-05-22', 'Đối thoại giữa Chủ tịch UBND cấp huyện với thanh niên năm 2031: Huyện Yên Hòa'],
    ])
  })
})

describe('"hội nghị cấp tỉnh" beside sessions whose topic says another level', () => {
  it("is the one the provincial authority holds, not the districts' ones", () => {
    expect(datedOf(text).filter(([lead]) => lead === 'Ban Tuyên giáo Tỉnh Đoàn')).toEqual([
      ['Ban Tuyên giáo Tỉnh Đoàn', 'relative', '2031-03-04', 0],
    ])
  })
})

describe('"kết luận của <host> tại hội nghị"', () => {
  it('counts from the session whose topic gives that host the lead, when the others name another host', () => {
    expect(datedOf(text).filter(([lead]) => lead === 'Văn phòng Tỉnh Đoàn')).toEqual([['Văn phòng Tỉnh Đoàn', 'relative', '2031-03-21', 0]])
  })
})
