import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round eg (stop 34, issue 11): mends to round ee found by reading every real folder after the merge, each on a small
// input written here.

describe('a news item whose lead runs several voter meetings under one verb', () => {
  it('keeps each place its own session, even one on the day of the place before it', () => {
    const text = [
      'Đại biểu Quốc hội tiếp xúc cử tri sau kỳ họp',
      'Các đại biểu đơn vị 1 tiếp xúc cử tri quận A vào lúc 8 giờ ngày 25-6-2030 tại Nhà văn hóa quận A; huyện B vào lúc 14 giờ ' +
        'ngày 25-6-2030 tại UBND thị trấn B; huyện C vào lúc 8 giờ ngày 27-6-2030 tại Hội trường UBND huyện C.',
    ].join('\n')
    expect(sessionsOf(text).map(([, start, , topic]) => [start, topic])).toEqual([
      ['2030-06-25', 'Tiếp xúc cử tri quận A'],
      ['2030-06-25', 'Tiếp xúc cử tri huyện B'],
      ['2030-06-27', 'Tiếp xúc cử tri huyện C'],
    ])
  })
})

describe('a news item that opens with its lead, its day in words', () => {
  it('is named by the session the lead holds, not by the lead with its day and place', () => {
    const text = [
      'Ngày 24 tháng 6 năm 2030, tại ấp A xã B, tổ chức đối thoại với đoàn viên, hội viên và nhân dân, tham gia đoàn có đồng chí ' +
        'Nguyễn Văn C, phó Bí thư TT Đảng ủy, đồng chí Trần Văn D, chủ tịch UBMTTQ xã, cùng các ngành đoàn thể.',
      'Tại buổi đối thoại có 9 ý kiến phát biểu của nhân dân về giao thông nông thôn, điện, nước.',
      'Tác giả: nguyễn văn e xã b',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-06-24', '2030-06-24', expect.stringMatching(/^Đối thoại với đoàn viên, hội viên và nhân dân/)],
    ])
  })
})

describe('a news headline that says who holds a session the lead names alike (rounds ee and ef together)', () => {
  it('names the session from its kind on, without its host', () => {
    const text = [
      'Đảng ủy - HĐND - UBND xã A tổ chức Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Mặt trận và các đoàn thể',
      'Sáng 19/10/2030, Đảng ủy - HĐND - UBND xã A tổ chức Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Mặt trận ' +
        'và các đoàn thể năm 2030. Dự hội nghị có đồng chí Nguyễn Văn B, Bí thư Đảng ủy xã.',
    ].join('\n')
    const [session] = sessionsOf(text)
    expect(session?.slice(0, 3)).toEqual(['day', '2030-10-19', '2030-10-19'])
    expect(session?.[3]).toMatch(/^Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Mặt trận/)
  })
})
