import { describe, expect, it } from 'vitest'
import { timesOf } from '../helpers/importer-draft.js'
import { readPlan } from '../../src/importer/read-plan.js'

// Round em (stop 38, issue 11): each rule on a small input written here (none of them a page of the measured sets).

describe("a leaders' weekly work calendar, its days headed by a weekday with the day in brackets", () => {
  const week = [
    'LỊCH CÔNG TÁC TUẦN 41/2031',
    'Của Chủ tịch, các Phó Chủ tịch UBND huyện',
    '',
    'Thứ Hai (06/10):',
    '- Sáng: 07h30: Chủ tịch dự Lễ chào cờ. 08h30: Chủ tịch, các PCT họp giao ban.',
    '- Chiều: 14h00: PCT Lê Văn An làm việc với UBND xã Tân Phú.',
    'T3 (07/10):',
    '- Sáng: 08h00: Chủ tịch UBND huyện tiếp công dân định kỳ tháng 10/2031. Địa điểm: Trụ sở Tiếp công dân huyện.',
    '- Chiều: 14h00: PCT Lê Văn An họp với Phòng Kinh tế chuẩn bị buổi đối thoại ngày 09/10.',
    'T4 (08/10):',
    '- Sáng: 08h00: PCT Trần Thị Bình dự Hội nghị triển khai công tác tiếp công dân do Thanh tra tỉnh tổ chức.',
    '- Chiều: 14h00: Chủ tịch làm việc tại cơ quan.',
    'THỨ NĂM (09/10):',
    '- Sáng: 08h00: Chủ tịch làm việc với Đoàn kiểm tra của tỉnh.',
    '  14h00: PCT Lê Văn An đối thoại với tiểu thương chợ Tân Phú về phương án bố trí lại ngành hàng.',
  ]

  it('gives the appointments that are a reception or a dialogue, each on the day of its heading, at its hour', () => {
    const read = readPlan(week.join('\n')).sessions.map((s) => [s.time.start, s.startsAt?.hour, s.topic])
    expect(read).toEqual([
      ['2031-10-07', 8, 'Chủ tịch UBND huyện tiếp công dân định kỳ tháng 10/2031'],
      ['2031-10-09', 14, 'Đối thoại với tiểu thương chợ Tân Phú về phương án bố trí lại ngành hàng'],
    ])
  })

  it('reads no session from an appointment that only mentions one: a preparatory meeting, a conference on receptions', () => {
    const days = readPlan(week.join('\n')).sessions.map((s) => s.time.start)
    expect(days).not.toContain('2031-10-08')
    expect(days.filter((d) => d === '2031-10-09')).toHaveLength(1)
  })

  it('keeps a list of voter meetings by halves of a day, the places each half meets', () => {
    const text = [
      'Lịch tiếp xúc cử tri của Tổ đại biểu HĐND tỉnh năm 2031',
      'Thứ Ba (14/10):',
      '- Sáng: tiếp xúc cử tri xã An Phú, xã An Bình;',
      '- Chiều: tiếp xúc cử tri xã Tân Hòa, thị trấn Tân Phú.',
    ]
    expect(timesOf(text.join('\n'))).toEqual([
      ['day', '2031-10-14', '2031-10-14'],
      ['day', '2031-10-14', '2031-10-14'],
    ])
  })
})
