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
