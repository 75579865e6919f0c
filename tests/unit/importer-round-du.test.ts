import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round du of the importer's fixes (issue 11): each construct on a small input written here.

describe('a chat copied from a desktop client: the hour alone in brackets, the day in a divider', () => {
  const text = [
    'Nhóm: Sở A - Lãnh đạo & các phòng (31 thành viên)',
    '📌 Tin ghim: Lịch công tác tuần 12 - xem Ghi chú',
    '',
    '──── 04/03/2031 ────',
    '[08:10] Nguyễn Thị Bé (CVP): Kính gửi Lãnh đạo Sở và các phòng.',
    'VP thông báo: Sở sẽ tổ chức Hội nghị đối thoại giữa lãnh đạo Sở với hội viên nông dân huyện Bắc về việc hỗ trợ giống ' +
      'cây trồng theo Quyết định số 12/2030/QĐ-UBND.',
    'Thời gian: 8h00 thứ Ba ngày 25/3/2031',
    'Địa điểm: Hội trường UBND huyện Bắc',
    '[08:11] Nguyễn Thị Bé (CVP): [File] ke hoach doi thoai.pdf  (412 KB)',
    '[08:12] Nguyễn Thị Bé (CVP): Phân công cụ thể:',
    '- Phòng Trồng trọt: dự thảo báo cáo (lấy từ báo cáo quý IV và phiếu khảo sát), gửi VP trước 16h thứ Sáu ngày 14/3/2031.',
    '- Văn phòng Sở: phát hành giấy mời trước ngày 18/3.',
    '[08:20] Trần Văn Cò (P.TT): Dạ em nhận ạ 👍',
    '',
    '──── 06/03/2031 ────',
    '[14:05] Nguyễn Thị Bé (CVP): Tin nhắn đã được thu hồi',
    '[14:06] Nguyễn Thị Bé (CVP): Bổ sung theo ý kiến LĐ Sở:',
    '1/ Sau mỗi buổi đối thoại, Phòng Trồng trọt tổng hợp kết quả, báo cáo Giám đốc trong 03 ngày làm việc.',
    '2/ Sở sẽ tổ chức thêm 01 buổi đối thoại với hội viên nông dân huyện Nam về nước tưới, dự kiến trong tháng 5/2031, sẽ báo sau.',
    '[14:10] Trần Văn Cò (P.TT): [Hình ảnh]',
    '',
    '──── Hôm nay ────',
    '[07:52] Nguyễn Thị Bé (CVP): nhắc hạn gửi báo cáo chiều nay 16h nha',
  ].join('\n')

  it("names the first session by the dialogue the message announces, not by the group's name or the greeting", () => {
    expect(sessionsOf(text)[0]).toEqual([
      'day',
      '2031-03-25',
      '2031-03-25',
      'Hội nghị đối thoại giữa lãnh đạo Sở với hội viên nông dân huyện Bắc về việc hỗ trợ giống cây trồng',
    ])
  })

  it('reads the session a numbered line adds ("Sở sẽ tổ chức thêm 01 buổi đối thoại …, dự kiến trong tháng 5")', () => {
    expect(sessionsOf(text).slice(1)).toEqual([
      ['month', '2031-05-01', '2031-05-31', 'Đối thoại với hội viên nông dân huyện Nam về nước tưới'],
    ])
  })

  it('keeps a deadline that mentions "báo cáo quý IV" absolute, and reads "Sau mỗi buổi đối thoại, X … trong 03 ngày"', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Trồng trọt', 'absolute', '2031-03-14', null],
      ['Văn phòng Sở', 'absolute', '2031-03-17', null],
      ['Phòng Trồng trọt', 'relative', '3 working_days', 0],
      ['Phòng Trồng trọt', 'relative', '3 working_days', 1],
    ])
  })
})

describe("a heading that hands the work to a schedule's column by its name in quotes", () => {
  const text = [
    'THÔNG BÁO',
    'Lịch đối thoại giữa lãnh đạo Ban với doanh nghiệp năm 2031',
    '',
    'I. LỊCH ĐỐI THOẠI',
    '',
    '| TT | Thời gian | Nội dung đối thoại | Địa điểm | Đơn vị tham mưu |',
    '|---|---|---|---|---|',
    '| 1 | 8 giờ 00, thứ Năm, ngày 17/7/2031 | Tháo gỡ vướng mắc về thủ tục đầu tư | Hội trường Ban | Phòng Đầu tư |',
    '| 2 | 14 giờ 00, thứ Sáu, ngày 15/8/2031 | Chính sách lao động, nhà ở công nhân | Hội trường Trung tâm | Phòng Lao động |',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '',
    '1. Các phòng được giao tham mưu (cột "Đơn vị tham mưu")',
    '- Dự thảo nội dung trả lời, trình lãnh đạo Ban chậm nhất 07 ngày trước mỗi buổi đối thoại.',
    '',
    '2. Văn phòng Ban',
    '- Gửi thư mời đến các doanh nghiệp; khảo sát, đăng ký nội dung đối thoại với các hiệp hội trong tháng 6/2031.',
  ].join('\n')

  it("gives each row's body its own session's task, and the heading's words no task of their own", () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Đầu tư', 'relative', '-7 days', 0],
      ['Phòng Lao động', 'relative', '-7 days', 1],
      ['Văn phòng Ban', 'absolute', '2031-06-30', null],
    ])
    expect(readPlan(text).tasks.filter((t) => /được giao/u.test(t.what))).toEqual([])
  })
})

describe('a one-word body that asks others in running text, its kinds each with a name of its own', () => {
  const text = [
    'Sở sẽ đối thoại với giáo viên các cụm trường',
    '',
    'Theo kế hoạch, các buổi đối thoại được tổ chức theo cụm, cụ thể:',
    '',
    '– Cụm huyện A: 7 giờ 30 thứ Bảy, ngày 18/10/2031, tại Hội trường Sở.',
    '',
    'Để các buổi đối thoại đạt hiệu quả, Sở đề nghị các Phòng GD&ĐT, các trường THPT, trung tâm GDTX tổng hợp kiến nghị ' +
      'của giáo viên gửi về Sở trước ngày 10/10/2031.',
  ].join('\n')

  it('gives the work to each body asked ("Sở đề nghị các Phòng GD&ĐT, các trường THPT, trung tâm GDTX …")', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Các Phòng GD&ĐT', 'absolute', '2031-10-09', null],
      ['các trường THPT', 'absolute', '2031-10-09', null],
      ['trung tâm GDTX', 'absolute', '2031-10-09', null],
    ])
  })
})

describe('a notice of conclusions whose last item announces the next dialogue in a later sentence, its time first', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND xã tại buổi đối thoại với Nhân dân thôn A',
    '',
    'Đồng chí Chủ tịch UBND xã kết luận như sau:',
    '',
    '1. Công chức Địa chính - Xây dựng: Khảo sát các điểm sạt lở, trình UBND xã trước ngày 20/6/2031.',
    '',
    '2. Các bộ phận, Ban Nhân dân thôn được giao nhiệm vụ báo cáo kết quả thực hiện về UBND xã trước ngày 31/7/2031. ' +
      'Trong quý IV/2031, Chủ tịch UBND xã sẽ đối thoại lại với Nhân dân thôn A để thông tin kết quả giải quyết các kiến nghị.',
  ].join('\n')

  it('reads the announced dialogue with its quarter, named by the words after the time', () => {
    expect(sessionsOf(text)).toEqual([
      [
        'quarter',
        '2031-10-01',
        '2031-12-31',
        'Chủ tịch UBND xã sẽ đối thoại lại với Nhân dân thôn A để thông tin kết quả giải quyết các kiến nghị',
      ],
    ])
  })

  it('keeps the work of the item\'s first sentence, its bodies opening with "Các bộ phận"', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Công chức Địa chính - Xây dựng', 'absolute', '2031-06-19', null],
      ['Các bộ phận, Ban Nhân dân thôn', 'absolute', '2031-07-30', null],
    ])
  })
})

describe('working days counted from the signing of the notice itself', () => {
  const text = [
    'UỶ BAN NHÂN DÂN XÃ A',
    'Số: 58/TB-UBND',
    'Xã A, ngày 07 tháng 6 năm 2029',
    '',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND xã tại buổi đối thoại với Nhân dân thôn B',
    '',
    'Đồng chí Chủ tịch UBND xã kết luận như sau:',
    '',
    'a) Công chức Văn phòng - Thống kê: Niêm yết Thông báo này, đọc trên hệ thống truyền thanh trong vòng 03 ngày làm việc ' +
      'kể từ ngày ký; theo dõi, đôn đốc các bộ phận thực hiện.',
    'b) Công chức Tư pháp: Tổng hợp kết quả, báo cáo trong 05 ngày làm việc kể từ ngày ban hành Thông báo kết luận lần sau.',
  ].join('\n')

  it('counts "03 ngày làm việc kể từ ngày ký" from the notice\'s date, not another paper\'s', () => {
    // Thursday 7/6/2029: Friday 8, Monday 11, Tuesday 12.
    expect(datedByRuleOf(text)).toEqual([['Công chức Văn phòng - Thống kê', 'absolute', '2029-06-12', null]])
  })
})

describe("a body's name without the person a chat names in brackets, nor 'được giao' after it", () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức hội nghị đối thoại với giáo viên năm 2031',
    '',
    'I. THỜI GIAN',
    'Hội nghị tổ chức lúc 8 giờ 00, ngày 15/6/2031 tại Hội trường Sở.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    'Đề nghị Phòng Giáo dục huyện A (a Bình đã có trong nhóm) gửi danh sách đại biểu về Sở chậm nhất ngày 05/6/2031.',
    'Phòng Tổ chức cán bộ được giao chủ trì chuẩn bị nội dung trả lời, báo cáo Giám đốc Sở trước ngày 10/6/2031.',
  ].join('\n')

  it('leads with the bodies alone', () => {
    expect(datedByRuleOf(text).map((t) => t[0])).toEqual(['Phòng Giáo dục huyện A', 'Phòng Tổ chức cán bộ'])
  })
})
