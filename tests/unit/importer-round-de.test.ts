import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round de (issue 11): small inputs written here, none taken from the plans measured.

// A schedule a PDF wrote one cell a line, a hall's name in a row before the last wrapped on a capital.
const hallWrapped = [
  'KẾ HOẠCH',
  'Tổ chức đối thoại với các hộ dân có đơn khiếu nại năm 2032',
  '',
  'I. TÌNH HÌNH',
  'Từ tháng 02/2032 đến nay, Ban Tiếp công dân huyện đã tiếp nhận 20 đơn của các hộ dân.',
  '',
  'II. LỊCH ĐỐI THOẠI',
  'TT',
  'Thời gian',
  'Địa điểm',
  'Đối tượng, nội dung đối thoại',
  'Đơn vị chuẩn bị',
  '1',
  '08 giờ 00, thứ Ba,',
  'ngày 13/4/2032',
  'Hội trường UBND huyện Đông',
  'Sơn',
  '12 hộ gia đình ở xã Phú Lâm',
  'khiếu nại về giá bồi thường đất ở',
  'UBND huyện Đông Sơn',
  '2',
  '14 giờ 00, thứ Năm,',
  'ngày 15/4/2032',
  'Hội trường UBND xã Tân Hòa',
  '08 hộ gia đình ở xã Tân Hòa',
  'đề nghị giao đất tái định cư',
  'UBND huyện Đông Sơn',
  '',
  'III. TỔ CHỨC THỰC HIỆN',
].join('\n')

describe('a cell-per-line schedule whose hall name is wrapped on a capital in a row before the last', () => {
  it('reads every row, the rest of the name going on its cell', () => {
    expect(sessionsOf(hallWrapped).map(([precision, start]) => [precision, start])).toEqual([
      ['day', '2032-04-13'],
      ['day', '2032-04-15'],
    ])
  })
})

describe('a cell of whom and what ("Đối tượng, nội dung"): the people, then what they ask', () => {
  it('takes the petition from its verb on as the topic', () => {
    expect(sessionsOf(hallWrapped).map(([, , , topic]) => topic)).toEqual([
      'khiếu nại về giá bồi thường đất ở',
      'đề nghị giao đất tái định cư',
    ])
  })
  it('keeps a cell whose verb names the people\u2019s papers ("có đơn khiếu nại") whole', () => {
    const papers = hallWrapped.replace('12 hộ gia đình ở xã Phú Lâm', 'Các hộ có đơn').replace('khiếu nại về giá', 'khiếu nại giá')
    expect(sessionsOf(papers)[0]?.[3]).toBe('Các hộ có đơn khiếu nại giá bồi thường đất ở')
  })
})

// A chat thread: each message stamped with its hour alone, the days they were sent on lines of their own.
const thread = [
  'Nhóm tổ dân phố 3 - phường Tân An',
  '120 thành viên',
  '',
  '03/3/2031',
  '',
  'Văn phòng UBND phường',
  'THÔNG BÁO',
  'UBND phường Tân An thông báo lịch tiếp công dân và đối thoại với Nhân dân trong tháng 3/2031 như sau:',
  '',
  'Tiếp công dân định kỳ: sáng thứ 5 (13/3), từ 7h30 tại Trụ sở UBND phường.',
  '',
  'Đối thoại với các hộ dân tổ dân phố 3 về nâng cấp đường kiệt: 14h00 chiều thứ 5 (20/3) tại Nhà văn hóa tổ 3.',
  '09:12',
  '',
  'Trần Văn Bình',
  'Đã nhận ạ',
  '09:40',
  '',
  '05/3/2031',
  '',
  'Văn phòng UBND phường',
  'Bà con lưu ý đến đúng giờ.',
  '10:05',
].join('\n')

describe('a chat thread whose days are lines of their own', () => {
  it('reads its sessions, the days the messages were sent being none', () => {
    expect(sessionsOf(thread).map(([precision, start]) => [precision, start])).toEqual([
      ['day', '2031-03-13'],
      ['day', '2031-03-20'],
    ])
  })
})

describe('a later line that moves a session it names ("… chuyển sang …")', () => {
  const moved = thread.replace(
    'Bà con lưu ý đến đúng giờ.',
    'ĐÍNH CHÍNH: Buổi đối thoại với các hộ dân tổ dân phố 3 chuyển sang 8h00 sáng thứ 6 (21/3), địa điểm không đổi.',
  )
  it('keeps the session once, on the new day, under the words it was first announced with', () => {
    expect(sessionsOf(moved).map(([precision, start, , topic]) => [precision, start, topic])).toEqual([
      ['day', '2031-03-13', 'Tiếp công dân định kỳ'],
      ['day', '2031-03-21', 'Đối thoại với các hộ dân tổ dân phố 3 về nâng cấp đường kiệt'],
    ])
  })
})

describe('a day or month that opens a span "đến nay" (up to now)', () => {
  it('is what was done, no session', () => {
    expect(sessionsOf(hallWrapped).some(([, start]) => String(start).startsWith('2032-02'))).toBe(false)
  })
})
