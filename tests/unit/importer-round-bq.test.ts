import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round bq (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('a table laid out in columns of spaces, broken by a page', () => {
  it('rows after the page\'s running footer ("… Trang 1/2") go on with their numbers', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2030',
      // (A text copied out of a PDF, wrapped at the page's width.)
      'Căn cứ Luật Tiếp công dân năm 2013; Nghị định số 64/2014/NĐ-CP của Chính',
      'phủ quy định chi tiết một số điều của Luật Tiếp công dân; Thông tư số',
      '04/2021/TT-TTCP của Thanh tra Chính phủ quy định quy trình tiếp công',
      'dân; UBND huyện thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND',
      'huyện năm 2030 như sau: Chủ tịch UBND huyện tiếp công dân định kỳ vào',
      'ngày 15 hằng tháng tại Trụ sở Tiếp công dân huyện; trường hợp trùng vào',
      'ngày nghỉ, ngày lễ thì tiếp vào ngày làm việc liền kề sau đó. Buổi sáng',
      'từ 08 giờ 00, buổi chiều từ 14 giờ 00. Lịch cụ thể như bảng dưới đây,',
      'các cơ quan, đơn vị, địa phương có liên quan chủ động chuẩn bị hồ sơ để',
      'phục vụ các buổi tiếp công dân theo đúng quy định của pháp luật hiện',
      'hành về tiếp công dân và giải quyết khiếu nại, tố cáo của công dân.',
      'TT   Tháng        Ngày tiếp công dân           Ghi chú',
      '1    Tháng 01     Thứ Ba, 15/01/2030',
      '2    Tháng 02     Thứ Sáu, 15/02/2030          Ngày 14/02 là ngày',
      '                                               nghỉ Tết',
      '',
      'Thông báo số 12/TB-UBND ngày 20/12/2029 của UBND huyện                Trang 1/2',
      '',
      '3    Tháng 3      Thứ Hai, 17/3/2030           Ngày 15/3 là thứ Sáu',
      '4    Tháng 4      Thứ Tư, 16/4/2030            Ngày 15/4 là thứ Ba',
      '5    Tháng 5      Thứ Tư, 15/5/2030',
      'Trường hợp Chủ tịch UBND huyện bận công tác đột xuất thì ủy quyền cho một Phó Chủ tịch.',
    ].join('\n')
    expect(timesOf(text)).toEqual([
      ['day', '2030-01-15', '2030-01-15'],
      ['day', '2030-02-15', '2030-02-15'],
      ['day', '2030-03-17', '2030-03-17'],
      ['day', '2030-04-16', '2030-04-16'],
      ['day', '2030-05-15', '2030-05-15'],
    ])
  })
})

describe('a further round of a dialogue announced in the work of a notice of conclusions', () => {
  it('"Tham mưu … tổ chức đối thoại lần thứ hai … vào Quý IV/2030" under a body\'s heading is that session, its task bound to it', () => {
    const text = [
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND huyện tại Hội nghị đối thoại với các hộ dân xã Một',
      'Ngày 05/9/2030, tại Hội trường UBND xã Một, đồng chí Chủ tịch UBND huyện chủ trì Hội nghị đối thoại với ' +
        'các hộ dân bị thu hồi đất. Chủ tịch UBND huyện kết luận như sau:',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường: rà soát hồ sơ, báo cáo trước ngày 20/9/2030.',
      '2. Văn phòng HĐND và UBND huyện:',
      '- Theo dõi, đôn đốc các cơ quan thực hiện Thông báo này.',
      '- Tham mưu Chủ tịch UBND huyện tổ chức đối thoại lần thứ hai với các hộ dân chưa đồng ý phương án bồi thường vào Quý IV/2030; ' +
        'gửi giấy mời đến các hộ dân chậm nhất 05 ngày làm việc trước ngày đối thoại lần thứ hai.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['quarter', '2030-10-01', '2030-12-31', 'Đối thoại lần thứ hai với các hộ dân chưa đồng ý phương án bồi thường'],
    ])
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Tài nguyên và Môi trường', 'absolute', '2030-09-19', null],
      ['Văn phòng HĐND và UBND huyện', 'relative', '-5 working_days', 0],
    ])
  })
})

describe('an agency ("Cơ quan …") named as a body', () => {
  it('"Cơ quan Ủy ban MTTQ Việt Nam huyện" is no district party committee ("quận ủy"): its rule after the sessions is every one\'s', () => {
    const text = [
      'KẾ HOẠCH',
      'Phối hợp tổ chức hội nghị đối thoại năm 2030',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Hội nghị lần thứ nhất',
      '+ Nội dung: Đối thoại với Nhân dân khu vực Bắc về cấp giấy chứng nhận quyền sử dụng đất.',
      '+ Thời gian: Dự kiến tháng 4/2030.',
      '2. Hội nghị lần thứ hai',
      '+ Nội dung: Đối thoại với hộ kinh doanh khu vực Nam về trật tự đô thị.',
      '+ Thời gian: Dự kiến tháng 9/2030.',
      '+ Thành phần: Đại diện Ban Thường trực Ủy ban MTTQ Việt Nam huyện; các hộ kinh doanh.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Cơ quan Ủy ban MTTQ Việt Nam huyện',
      '- Dự thảo báo cáo kết quả hội nghị, trình Ban Thường trực trong vòng 05 ngày làm việc sau hội nghị.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Cơ quan Ủy ban MTTQ Việt Nam huyện', 'relative', '5 working_days', 0],
      ['Cơ quan Ủy ban MTTQ Việt Nam huyện', 'relative', '5 working_days', 1],
    ])
  })
})

describe("the office of the plan's youth union", () => {
  it('"Văn phòng Tỉnh Đoàn" is no place: a forum whose audience names "Ban Thường vụ Tỉnh Đoàn" is not its only one', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức Diễn đàn thanh niên đối thoại với lãnh đạo tỉnh năm 2030',
      'I. NỘI DUNG, THỜI GIAN',
      '1. Diễn đàn thứ nhất',
      'Nội dung: Lãnh đạo tỉnh đối thoại với đoàn viên, thanh niên về việc làm.',
      'Thời gian: ngày 14/5/2030.',
      'Thành phần: Lãnh đạo tỉnh; Ban Thường vụ Tỉnh Đoàn; 200 đoàn viên, thanh niên.',
      '2. Diễn đàn thứ hai',
      'Nội dung: Lãnh đạo tỉnh đối thoại với thanh niên công nhân về nhà ở.',
      'Thời gian: Dự kiến tháng 10/2030.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Tỉnh Đoàn',
      '- Dự thảo thông báo kết luận, trình Ban Thường vụ trong thời hạn 05 ngày làm việc kể từ ngày kết thúc diễn đàn.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng Tỉnh Đoàn', 'relative', '5 working_days', 0],
      ['Văn phòng Tỉnh Đoàn', 'relative', '5 working_days', 1],
    ])
  })
})

describe('a session whose audience is "as" another one, named by its heading', () => {
  it('"Địa điểm, thành phần: như kỳ đối thoại 6 tháng đầu năm": a body the first invites is both sessions\'', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại định kỳ tại nơi làm việc năm 2030',
      'I. NỘI DUNG, THỜI GIAN, THÀNH PHẦN',
      '1. Kỳ đối thoại 6 tháng đầu năm 2030',
      '- Nội dung: Đối thoại giữa Giám đốc Trung tâm với người lao động về tiền lương và điều kiện làm việc.',
      '- Thời gian: 14 giờ 00, ngày 20/6/2030.',
      '- Thành phần:',
      '+ Đại diện người sử dụng lao động: Giám đốc, Trưởng các phòng: Tổ chức - Hành chính, Kế toán.',
      '+ Đại diện tập thể người lao động: Ban Chấp hành Công đoàn cơ sở Trung tâm; đại diện các khoa.',
      '2. Kỳ đối thoại 6 tháng cuối năm 2030',
      '- Nội dung: Đối thoại giữa Giám đốc Trung tâm với người lao động về quy chế chi tiêu nội bộ.',
      '- Thời gian: dự kiến trong tháng 12/2030.',
      '- Địa điểm, thành phần: như kỳ đối thoại 6 tháng đầu năm.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Chấp hành Công đoàn cơ sở Trung tâm',
      '- Tổng hợp ý kiến của người lao động, gửi Giám đốc chậm nhất 05 ngày làm việc trước ngày tổ chức đối thoại.',
    ].join('\n')
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Chấp hành Công đoàn cơ sở Trung tâm', 'relative', '-5 working_days', 0],
      ['Ban Chấp hành Công đoàn cơ sở Trung tâm', 'relative', '-5 working_days', 1],
    ])
  })
})
