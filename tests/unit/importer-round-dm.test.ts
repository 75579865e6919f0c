import { describe, expect, it } from 'vitest'
import { datedOf, timesOf } from '../helpers/importer-draft.js'

// Round dm of the importer's fixes (issue 11): each construct on a small input written here.

describe('a chat whose messages are headed "[10:42] Sender - Office:", its day on a line of its own', () => {
  const text = [
    'Nhóm công việc Văn phòng',
    'Thứ Hai, 04/03/2030',
    '[09:15] Nguyễn Văn A - CVP:',
    'Chủ tịch UBND huyện sẽ đối thoại với hộ kinh doanh chợ B về việc sửa chữa chợ vào lúc 8 giờ 00 thứ Tư (ngày 13/3) ' +
      'tại hội trường UBND huyện.',
    'Phân công cụ thể:',
    '- Phòng Kinh tế: gửi báo cáo trước 16h thứ Hai (11/3).',
    '- Ban Quản lý chợ B: gửi danh sách hộ kinh doanh chậm nhất ngày 12/3.',
    '[09:20] Trần Thị C - Phòng Kinh tế:',
    'Dạ em nhận ạ.',
  ].join('\n')

  it('reads the session the first message names, in the year of the day the chat gives, not that day', () => {
    expect(timesOf(text)).toEqual([['day', '2030-03-13', '2030-03-13']])
  })

  it('keeps the work the message lists', () => {
    expect(datedOf(text).map((t) => t.slice(0, 3))).toEqual([
      ['Phòng Kinh tế', 'absolute', '2030-03-11'],
      ['Ban Quản lý chợ B', 'absolute', '2030-03-12'],
    ])
  })
})

describe('a part that gives only the window of many meetings listed in an appendix, beside dated dialogues', () => {
  const text = [
    'KẾ HOẠCH',
    'Tiếp xúc cử tri và đối thoại chuyên đề năm 2031',
    'Đoàn đại biểu xây dựng Kế hoạch như sau:',
    'I. TIẾP XÚC CỬ TRI',
    'Các đại biểu chia thành 03 tổ, tiếp xúc cử tri tại 09 huyện từ ngày 22/9 đến ngày 06/10/2031, theo lịch tại Phụ lục ' +
      'kèm theo. Nội dung: báo cáo dự kiến chương trình kỳ họp; lắng nghe ý kiến cử tri.',
    'II. ĐỐI THOẠI CHUYÊN ĐỀ',
    '1. Đối thoại với nông dân huyện A về tiêu thụ lúa',
    'Thời gian: 8 giờ 00, ngày 02/10/2031',
    'Địa điểm: Hội trường UBND huyện A',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Ủy ban MTTQ huyện A',
    'Mời thành phần dự đối thoại chậm nhất 03 ngày trước buổi đối thoại.',
  ].join('\n')

  it('makes no session of the window: the appendix lists the meetings', () => {
    expect(timesOf(text)).toEqual([['day', '2031-10-02', '2031-10-02']])
  })

  it('counts the work from the dialogue', () => {
    expect(datedOf(text)).toEqual([['Ủy ban MTTQ huyện A', 'relative', '2031-09-29', 0]])
  })
})

describe('an item on receptions that are held every working day or by a schedule posted apart', () => {
  const text = [
    'KẾ HOẠCH',
    'Tiếp công dân, đối thoại năm 2032',
    'UBND huyện xây dựng kế hoạch như sau:',
    '1. Tiếp công dân',
    'Duy trì tiếp công dân thường xuyên tại Trụ sở tiếp công dân huyện; Chủ tịch UBND huyện tiếp công dân định kỳ theo ' +
      'Lịch tiếp công dân đã niêm yết tại Trụ sở.',
    '2. Đối thoại',
    '2.1. Đối thoại với các hộ dân xã A về bồi thường',
    '- Thời gian: tháng 4/2032.',
    '- Địa điểm: Hội trường UBND xã A.',
  ].join('\n')

  it('makes no session to schedule of them', () => {
    expect(timesOf(text)).toEqual([['month', '2032-04-01', '2032-04-30']])
  })
})

describe('a portal news item whose lead opens with its source in brackets, "(AB) - Thực hiện …"', () => {
  const text = [
    'Trang chủ > Tin tức - Sự kiện > Hoạt động của xã',
    'Cổng thông tin điện tử huyện A',
    'Xã B sẽ đối thoại với Nhân dân về trật tự vỉa hè',
    '(KT) - Thực hiện Quy chế dân chủ ở cơ sở, UBND xã B vừa ban hành Kế hoạch tổ chức hội nghị đối thoại năm 2033.',
    'Theo kế hoạch, hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân về trật tự vỉa hè sẽ diễn ra vào lúc 14 giờ 00, ' +
      'ngày 14/10/2033, tại Hội trường UBND xã B.',
    'Đây là hội nghị đối thoại thứ hai trong năm; trước đó, ngày 22/4/2033, UBND xã đã tổ chức đối thoại với các hộ dân ' +
      'bị ảnh hưởng bởi dự án nâng cấp đường.',
  ].join('\n')

  it('reads the article past its lead (the source is no signature), not the dialogue held before', () => {
    expect(timesOf(text)).toEqual([['day', '2033-10-14', '2033-10-14']])
  })
})
