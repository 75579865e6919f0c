import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'

// Round cz (issue 11): constructs of unseen plans, on small inputs written here.

describe('a news item that names its session before giving the time', () => {
  it('takes the dialogue the earlier paragraph names, not the lead-in of the later one', () => {
    const text = [
      'UBND xã A tổ chức đối thoại với nông dân',
      '',
      'Ngày 02/3/2030, UBND xã A ban hành Thông báo về việc tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với nông dân ' +
        'các thôn về giá thu mua lúa.',
      '',
      'Theo thông báo, hội nghị đối thoại được tổ chức vào hồi 8 giờ 00, ngày 12/3/2030 tại Hội trường UBND xã A.',
    ].join('\n')
    const { sessions } = readPlan(text)
    expect(sessions.map((s) => [s.topic, s.time?.start])).toEqual([
      ['Hội nghị đối thoại giữa Chủ tịch UBND xã với nông dân các thôn về giá thu mua lúa', '2030-03-12'],
    ])
  })
})

describe('a plan with the notice that moves its session pasted below it', () => {
  it("keeps the day the notice moves the session to, not the plan's, and counts the work from it", () => {
    const text = [
      'ỦY BAN NHÂN DÂN XÃ A          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 10/KH-UBND                Độc lập - Tự do - Hạnh phúc',
      'A, ngày 02 tháng 3 năm 2030',
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2030',
      '1. Hội nghị đối thoại lần 1: 8 giờ 00, ngày 20/3/2030 (thứ Tư), đối thoại với Nhân dân thôn B về giao thông nông thôn.',
      '2. Hội nghị đối thoại lần 2: tháng 9/2030, đối thoại với Nhân dân thôn C về nước sạch.',
      '3. Văn phòng UBND xã gửi giấy mời chậm nhất 03 ngày trước ngày đối thoại.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      '',
      '----------------------------------------',
      '',
      'ỦY BAN NHÂN DÂN XÃ A          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/TB-UBND                Độc lập - Tự do - Hạnh phúc',
      'A, ngày 15 tháng 3 năm 2030',
      'THÔNG BÁO',
      'điều chỉnh thời gian tổ chức đối thoại lần 1 năm 2030',
      '1. Hội nghị đối thoại lần 1 (đối thoại với Nhân dân thôn B) không tổ chức vào ngày 20/3/2030, chuyển sang 14 giờ 00 ' +
        'ngày 27/3/2030 (thứ Tư).',
      'Các nội dung khác của Kế hoạch số 10/KH-UBND giữ nguyên.',
    ].join('\n')
    const { sessions, tasks } = readPlan(text)
    expect(sessions.map((s) => s.time.start).sort()).toEqual(['2030-03-27', '2030-09-01'])
    const invitations = tasks.filter((t) => t.deadline.rule.kind === 'relative')
    expect(invitations.map((t) => sessions[t.session!]!.time.start).sort()).toEqual(['2030-03-27', '2030-09-01'])
  })
})
