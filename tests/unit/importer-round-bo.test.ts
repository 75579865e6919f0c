import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round bo (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('"Phối hợp với X …" under a body\'s heading', () => {
  const plan = (partnerHeading: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại của Chủ tịch UBND tỉnh với doanh nghiệp năm 2030',
      '',
      'I. NỘI DUNG, THỜI GIAN',
      'Đối thoại với doanh nghiệp về thủ tục hành chính. Thời gian: ngày 22/10/2030. Địa điểm: Trung tâm Hội nghị tỉnh.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Công Thương',
      'Phối hợp với Hiệp hội Doanh nghiệp tỉnh tổng hợp kiến nghị của doanh nghiệp, gửi Văn phòng UBND tỉnh trong tháng 9/2030.',
      '',
      partnerHeading,
    ].join('\n')
  it("a partner named only among others in a shared heading helps: the work stays the heading body's", () => {
    const text = plan('2. Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Hiệp hội Doanh nghiệp tỉnh phối hợp vận động hội viên tham gia.')
    expect(datedByRuleOf(text)).toEqual([['Sở Công Thương', 'absolute', '2030-09-30', null]])
  })
  it('a partner with a heading of its own leads, as before', () => {
    const text = plan('2. Hiệp hội Doanh nghiệp tỉnh\nVận động hội viên tham gia đối thoại.')
    expect(datedByRuleOf(text)).toEqual([['Hiệp hội Doanh nghiệp tỉnh', 'absolute', '2030-09-30', null]])
  })
})

describe('a schedule row whose note says only what is added to it', () => {
  it('"Kết hợp đối thoại về …" is a reception day still: "trước mỗi buổi tiếp công dân" counts from it too', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân, đối thoại định kỳ của Giám đốc Sở Xây dựng năm 2030',
      '',
      'I. LỊCH TIẾP CÔNG DÂN, ĐỐI THOẠI',
      'STT\tThời gian\tĐịa điểm\tGhi chú',
      '1\tSáng thứ Năm, 21/3/2030\tTrụ sở Tiếp công dân tỉnh\t',
      '2\tSáng thứ Năm, 16/5/2030\tHội trường UBND huyện Một\tKết hợp đối thoại về cấp giấy phép xây dựng',
      '3\tSáng thứ Năm, 19/9/2030\tTrụ sở Tiếp công dân tỉnh\t',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Sở:',
      '- Lập danh sách công dân đăng ký tiếp trình Giám đốc Sở chậm nhất 05 ngày trước mỗi buổi tiếp công dân.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Sở', 'relative', '-5 days', 0],
      ['Văn phòng Sở', 'relative', '-5 days', 1],
      ['Văn phòng Sở', 'relative', '-5 days', 2],
    ])
  })
})

describe('the office of a youth union and "the programme"', () => {
  const plan = (deadline: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức Chương trình "Chủ tịch UBND tỉnh đối thoại với thanh niên" năm 2030',
      '',
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đối thoại cấp huyện',
      '1.1. Nội dung: Chủ tịch UBND các huyện đối thoại với thanh niên về việc làm; gửi kiến nghị nổi bật về Tỉnh Đoàn.',
      '1.2. Thời gian: ngày 05/6/2030.',
      '2. Chương trình đối thoại cấp tỉnh',
      '2.1. Nội dung: Chủ tịch UBND tỉnh đối thoại với thanh niên về khởi nghiệp.',
      '2.2. Thời gian: ngày 18/7/2030.',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Tỉnh Đoàn',
      `Chuẩn bị hội trường, thư mời phục vụ Chương trình; gửi thư mời đại biểu ${deadline}.`,
    ].join('\n')
  it('"Văn phòng Tỉnh Đoàn" is no place: a session whose words send something "về Tỉnh Đoàn" is not its own', () => {
    expect(datedByRuleOf(plan('chậm nhất 05 ngày trước ngày đối thoại'))).toEqual([
      ['Văn phòng Tỉnh Đoàn', 'relative', '-5 days', 0],
      ['Văn phòng Tỉnh Đoàn', 'relative', '-5 days', 1],
    ])
  })
  it('"trước 07 ngày diễn ra chương trình" counts from the programme, not from the dialogues beside it', () => {
    expect(datedByRuleOf(plan('trước 07 ngày diễn ra chương trình'))).toEqual([['Văn phòng Tỉnh Đoàn', 'relative', '-7 days', 1]])
  })
})

describe('a task table whose column says when the work is done', () => {
  it('"Trong tháng 9/2030" under "Thời gian thực hiện" is due by the month\'s last day; "Tháng 10/2030" alone is no deadline', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với các hộ dân bị thu hồi đất năm 2030',
      '',
      'II. THỜI GIAN, ĐỊA ĐIỂM',
      'Thời gian: 8 giờ 00, ngày 16/8/2030. Địa điểm: Hội trường UBND xã Một.',
      '',
      'III. PHÂN CÔNG THỰC HIỆN',
      'STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện',
      '1\tRà soát hồ sơ bồi thường\tBan Bồi thường, giải phóng mặt bằng huyện\tUBND xã Một\tTrước ngày 27/7/2030',
      '2\tBáo cáo kết quả giải quyết các nội dung đã kết luận\tBan Bồi thường, giải phóng mặt bằng ' +
        'huyện\tPhòng Tài nguyên và Môi trường\tTrong tháng 9/2030',
      '3\tSơ kết công tác đối thoại\tVăn phòng HĐND và UBND huyện\t\tTháng 10/2030',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Bồi thường, giải phóng mặt bằng huyện', 'absolute', '2030-07-26', null],
      ['Ban Bồi thường, giải phóng mặt bằng huyện', 'absolute', '2030-09-30', null],
    ])
  })
})

describe("a round's paragraph that says when in a sentence, then what in a label", () => {
  const plan = (first: string) =>
    [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND phường với Nhân dân năm 2030',
      '',
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Đợt 1',
      first,
      '2. Đợt 2',
      'Thời gian: Quý IV/2030. Nội dung: Đối thoại với hộ kinh doanh về thủ tục hành chính. Địa điểm: Hội trường UBND phường.',
    ].join('\n')
  it('"Hội nghị đối thoại đợt 1 được tổ chức vào lúc … Nội dung: Đối thoại với …": the label names the session', () => {
    const text = plan(
      'Hội nghị đối thoại đợt 1 được tổ chức vào lúc 14 giờ 00, ngày 26/3/2030 tại Hội trường phường. Nội dung: Đối ' +
        'thoại với Nhân dân về chỉnh trang đô thị. Thành phần: đại diện các hộ gia đình.',
    )
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-03-26', '2030-03-26', 'Đối thoại với Nhân dân về chỉnh trang đô thị'],
      ['quarter', '2030-10-01', '2030-12-31', 'Đối thoại với hộ kinh doanh về thủ tục hành chính'],
    ])
  })
  it('a sentence that says with whom, then "Thời gian: …" and no subject label, keeps naming it', () => {
    const text = plan(
      'Chủ tịch UBND phường đối thoại với Nhân dân tổ dân phố 3 về chỉnh trang đô thị. Thành phần: ' +
        'đại diện các hộ gia đình. Thời gian: ngày 26/3/2030.',
    )
    expect(sessionsOf(text)[0]).toEqual(['day', '2030-03-26', '2030-03-26', 'Đối thoại với Nhân dân tổ dân phố 3 về chỉnh trang đô thị'])
  })
})
