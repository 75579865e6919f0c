import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round bx of the importer's fixes (issue 11): each construct on a small input written here.

describe('a numbered session whose day is "chiều cùng ngày", the day of the item before', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với các hộ dân có đất bị thu hồi năm 2030',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    '1. Buổi đối thoại tại xã An Hòa: 08h00 ngày 09/5/2030, tại Hội trường UBND xã An Hòa.',
    '2. Buổi đối thoại tại xã An Bình: chiều cùng ngày, bắt đầu từ 14h00, tại Hội trường UBND xã An Bình.',
    '3. Buổi đối thoại tại xã An Phú: 08h00 ngày 16/5/2030, tại Nhà văn hóa thôn 2, xã An Phú.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. UBND các xã: An Hòa, An Bình, An Phú',
    '- Thông báo cho các hộ dân chậm nhất 03 ngày trước buổi đối thoại tại địa phương mình.',
  ].join('\n')

  it('reads the afternoon session on the same day, between the two others', () => {
    expect(timesOf(text)).toEqual([
      ['day', '2030-05-09', '2030-05-09'],
      ['day', '2030-05-09', '2030-05-09'],
      ['day', '2030-05-16', '2030-05-16'],
    ])
  })

  it('binds each commune to its own session', () => {
    expect(datedOf(text)).toEqual([
      ['UBND xã An Hòa', 'relative', '2030-05-06', 0],
      ['UBND xã An Bình', 'relative', '2030-05-06', 1],
      ['UBND xã An Phú', 'relative', '2030-05-13', 2],
    ])
  })
})

describe('a table written sideways, one session a column and a field a row', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại với thanh niên năm 2030',
    'I. THỜI GIAN, ĐỊA ĐIỂM',
    '| Nội dung | Buổi đối thoại thứ nhất | Buổi đối thoại thứ hai |',
    '|---|---|---|',
    '| Chủ đề | Việc làm cho thanh niên nông thôn | Khởi nghiệp và vay vốn |',
    '| Thời gian | 8 giờ 00, ngày 11/7/2030 | Dự kiến tháng 9/2030 |',
    '| Địa điểm | Hội trường UBND xã An Hòa | Nhà văn hóa thôn 3, xã An Bình |',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng',
    '- Gửi giấy mời trước ngày đối thoại 05 ngày.',
  ].join('\n')

  it('reads each column as its own session, its topic, time and place from the rows', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-07-11', '2030-07-11', 'Việc làm cho thanh niên nông thôn'],
      ['month', '2030-09-01', '2030-09-30', 'Khởi nghiệp và vay vốn'],
    ])
    expect(readPlan(text).sessions.map((s) => s.venues)).toEqual([['Hội trường UBND xã An Hòa'], ['Nhà văn hóa thôn 3, xã An Bình']])
  })

  it('binds a relative deadline to each of them', () => {
    expect(datedOf(text).map((t) => t[3])).toEqual([0, 1])
  })
})

describe('a notice of conclusions whose heading "Về việc tổ chức đối thoại lần tiếp theo" is over the next session', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND huyện tại Hội nghị đối thoại với hợp tác xã năm 2030',
    '1. Giao nhiệm vụ',
    'a) Phòng Kinh tế: Trả lời các kiến nghị của hợp tác xã, hoàn thành trước ngày 20/11/2030.',
    '2. Về việc tổ chức đối thoại lần tiếp theo',
    'Chủ tịch UBND huyện thống nhất duy trì đối thoại định kỳ với các hợp tác xã. ' +
      'Hội nghị đối thoại giữa Chủ tịch UBND huyện với các hợp tác xã lần tiếp theo ' +
      'dự kiến tổ chức trong quý II/2031, tập trung vào vốn vay.',
  ].join('\n')

  it('takes the topic from the sentence that gives the time, not from the heading', () => {
    expect(sessionsOf(text)).toEqual([
      ['quarter', '2031-04-01', '2031-06-30', 'Hội nghị đối thoại giữa Chủ tịch UBND huyện với các hợp tác xã lần tiếp theo'],
    ])
  })
})
