import { describe, expect, it } from 'vitest'
import { normalizePlanText } from '../../src/importer/normalize.js'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round BH of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BH: a task table a PDF wrote one cell a line, its names and times wrapped on capitals', () => {
  const plan = (table: string[]) =>
    [
      'KẾ HOẠCH',
      'Tổ chức hội nghị đối thoại với cán bộ, hội viên năm 2034',
      'II. THỜI GIAN',
      '- Thời gian: 08 giờ 00, ngày 12/6/2034.',
      'III. PHÂN CÔNG NHIỆM VỤ',
      ...table,
      'IV. TỔ CHỨC THỰC HIỆN',
      'Các đơn vị triển khai thực hiện Kế hoạch này.',
    ].join('\n')

  it('splits each row where a line opens a body or a time, and joins the lines that go on a name', () => {
    const text = plan([
      'STT',
      'Nội dung công việc',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời hạn',
      '1',
      'Xây dựng đề cương, gửi Văn',
      'phòng Hội Nông dân Huyện',
      'Ban Tuyên huấn Hội Nông',
      'dân Huyện',
      'Văn phòng Hội Nông dân',
      'Huyện',
      'Chậm nhất ngày',
      '20/5/2034',
      '2',
      'Tổng hợp ý kiến của hội viên gửi',
      'Ban Tổ chức Hội Nông dân',
      'Huyện',
      'Ban Kiểm tra Hội Nông dân',
      'Huyện',
      'Các cơ sở hội',
      'Trước hội nghị',
      '05 ngày',
      '',
      '7',
      '3',
      'Dự thảo thông báo kết luận của',
      'Chủ tịch Hội Nông dân Huyện',
      'Văn phòng Hội Nông dân',
      'Huyện',
      'Ban Tổ chức Hội Nông dân',
      'Huyện',
      'Trong vòng 05 ngày',
      'làm việc sau hội',
      'nghị',
    ])
    expect(normalizePlanText(text).filter((line) => /^\d \| /.test(line))).toEqual([
      '1 | Xây dựng đề cương, gửi Văn phòng Hội Nông dân Huyện | Ban Tuyên huấn Hội Nông dân Huyện | ' +
        'Văn phòng Hội Nông dân Huyện | Chậm nhất ngày 20/5/2034',
      '2 | Tổng hợp ý kiến của hội viên gửi Ban Tổ chức Hội Nông dân Huyện | Ban Kiểm tra Hội ' +
        'Nông dân Huyện | Các cơ sở hội | Trước hội nghị 05 ngày',
      '3 | Dự thảo thông báo kết luận của Chủ tịch Hội Nông dân Huyện | Văn phòng Hội Nông dân Huyện | Ban Tổ ' +
        'chức Hội Nông dân Huyện | Trong vòng 05 ngày làm việc sau hội nghị',
    ])
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Tuyên huấn Hội Nông dân Huyện', 'absolute', '2034-05-20', null],
      ['Ban Kiểm tra Hội Nông dân Huyện', 'relative', '-5 days', 0],
      ['Văn phòng Hội Nông dân Huyện', 'relative', '5 working_days', 0],
    ])
  })

  it('reads other columns by their types too: the body first, then the task, then by when, a word split by a hyphen whole', () => {
    const text = plan([
      'TT',
      'Đơn vị thực hiện',
      'Nội dung',
      'Thời gian hoàn thành',
      '1',
      'Phòng Văn hóa và Thông',
      'tin huyện',
      'Đăng tin về hội nghị trên Cổng',
      'Thông tin điện tử huyện',
      'Trước ngày',
      '05/6/2034',
      '2',
      'Trung tâm Văn hóa',
      'huyện',
      'Trang trí hội trường, pa-',
      'nô, khẩu hiệu',
      'Hoàn thành trong',
      'tháng 5/2034',
    ])
    expect(normalizePlanText(text).filter((line) => /^\d \| /.test(line))).toEqual([
      '1 | Phòng Văn hóa và Thông tin huyện | Đăng tin về hội nghị trên Cổng Thông tin điện tử huyện | Trước ngày 05/6/2034',
      '2 | Trung tâm Văn hóa huyện | Trang trí hội trường, pa-nô, khẩu hiệu | Hoàn thành trong tháng 5/2034',
    ])
    expect(datedByRuleOf(text)).toEqual([
      ['Phòng Văn hóa và Thông tin huyện', 'absolute', '2034-06-04', null],
      ['Trung tâm Văn hóa huyện', 'absolute', '2034-05-31', null],
    ])
  })
})
