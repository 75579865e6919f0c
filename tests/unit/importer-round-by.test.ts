import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round BY of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BY: a message announcing its sessions in a sentence', () => {
  const message = [
    'NHÓM ĐIỀU HÀNH CƠ QUAN',
    '',
    'Kính gửi các đồng chí,',
    'Văn phòng xin thông báo lịch đồng chí Bí thư đối thoại với Nhân dân tháng 5/2031 như sau:',
    '',
    '🔹 Buổi 1: 8h00 thứ Sáu, 09/5/2031 tại Hội trường UBND xã A',
    '   ND: Đối thoại với Nhân dân xã A về đền bù giải phóng mặt bằng',
    '🔹 Buổi 2: 14h00 thứ Ba, 20/5/2031 tại Hội trường UBND xã B',
    '   ND: Đối thoại với các hộ nuôi trồng thủy sản xã B về tiêu thụ sản phẩm',
    '',
    'Đề nghị:',
    '1/ Ban Dân vận chuẩn bị đề cương chậm nhất 05 ngày trước mỗi buổi.',
    '2/ Văn phòng phát hành giấy mời chậm nhất 03 ngày trước mỗi buổi.',
    '',
    'Trần Văn C  10:20',
    'Chiều 20/5 trùng lịch tiếp công dân định kỳ của đồng chí Chủ tịch, xin lùi buổi 2 được không ạ?',
  ].join('\n')

  it('"… xin thông báo lịch … đối thoại … như sau:" over "Buổi 1: …" / "ND: …": each item a session, its "ND" the topic', () => {
    expect(sessionsOf(message)).toEqual([
      ['day', '2031-05-09', '2031-05-09', 'Đối thoại với Nhân dân xã A về đền bù giải phóng mặt bằng'],
      ['day', '2031-05-20', '2031-05-20', 'Đối thoại với các hộ nuôi trồng thủy sản xã B về tiêu thụ sản phẩm'],
    ])
    // "… trước mỗi buổi": one task for each session.
    const draft = readPlan(message)
    expect(draft.tasks.map((t) => [t.lead, t.session, t.deadline?.offset])).toEqual([
      ['Ban Dân vận', 0, -5],
      ['Ban Dân vận', 1, -5],
      ['Văn phòng', 0, -3],
      ['Văn phòng', 1, -3],
    ])
  })

  it('"… thông báo lịch làm việc của đồng chí Bí thư … như sau:" is a diary: its meetings are no sessions', () => {
    const diary = [
      'THÔNG BÁO',
      'Căn cứ quy định về tiếp dân, đối thoại trực tiếp với dân; Văn phòng thông báo lịch làm việc của đồng chí Bí thư như sau:',
      '- Thứ Hai (ngày 05/5/2031): Sáng 8 giờ, họp Ban Chấp hành Đảng bộ tỉnh.',
      '- Thứ Ba (ngày 06/5/2031): Sáng 8 giờ, làm việc với Đảng ủy Công an huyện.',
    ].join('\n')
    expect(sessionsOf(diary)).toEqual([])
  })
})
