import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round AN of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

/** A Word schedule copied with tabs, district headings as rows of their own, a "Cơ quan chuẩn bị" column. */
const visits = (rows: string[]) =>
  [
    'THÔNG BÁO',
    'Lịch làm việc, đối thoại với Nhân dân năm 2033',
    'I. LỊCH LÀM VIỆC, ĐỐI THOẠI',
    '',
    'Thời gian\tĐịa điểm\tNội dung\tCơ quan chuẩn bị',
    ...rows,
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Các sở: Xây dựng, Tư pháp: theo lĩnh vực tại cột "Cơ quan chuẩn bị", gửi Văn phòng ' +
      'chậm nhất 03 ngày làm việc trước ngày đối thoại.',
  ].join('\n')

describe('round AN: a tabbed schedule whose last cell holds a line break', () => {
  it('"… ⇥ UBND huyện A;" / "Sở Xây dựng": the line under the row is the rest of its cell, and the table goes on', () => {
    const text = visits([
      '1. HUYỆN AN PHÚ',
      '8 giờ 00, thứ Ba, 12/4/2033\tXã Đông Phú\tĐối thoại với Nhân dân xã Đông Phú về đất đai\tUBND huyện An Phú;',
      'Sở Xây dựng',
      '2. HUYỆN BÌNH SƠN',
      '8 giờ 00, thứ Năm, 14/4/2033\tXã Nam Hà\tĐối thoại với Nhân dân xã Nam Hà về bồi thường\tUBND huyện Bình Sơn; Sở Tư pháp',
    ])
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-12', '2033-04-12', 'Đối thoại với Nhân dân xã Đông Phú về đất đai'],
      ['day', '2033-04-14', '2033-04-14', 'Đối thoại với Nhân dân xã Nam Hà về bồi thường'],
    ])
    expect(datedByRuleOf(text)).toEqual([
      ['Sở Xây dựng', 'relative', '-3 working_days', 0],
      ['Sở Tư pháp', 'relative', '-3 working_days', 1],
    ])
  })
})

describe('round AN: a time cell that keeps its label', () => {
  it('"Thời gian: thông báo sau ⇥ Xã C ⇥ Đối thoại …" is a row of the schedule, unscheduled, not a table of labels', () => {
    const text = visits([
      '8 giờ 00, thứ Ba, 12/4/2033\tXã Đông Phú\tĐối thoại với Nhân dân xã Đông Phú về đất đai\tSở Xây dựng',
      'Thời gian: thông báo sau\tXã Nam Hà\tĐối thoại với Nhân dân xã Nam Hà về bồi thường\tSở Tư pháp',
    ])
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-04-12', '2033-04-12', 'Đối thoại với Nhân dân xã Đông Phú về đất đai'],
      ['unscheduled', null, null, 'Đối thoại với Nhân dân xã Nam Hà về bồi thường'],
    ])
  })
})

describe('round AN: a visit schedule listing other appointments beside its dialogues', () => {
  it('"Làm việc với Ban Thường vụ Đảng ủy xã …" in the "Nội dung" column, where other rows say "Đối thoại", is no session', () => {
    const text = visits([
      'Sáng thứ Ba, 12/4/2033\tTrụ sở UBND xã Đông Phú\tLàm việc với Ban Thường vụ Đảng ủy xã Đông Phú về kinh tế - xã hội\tSở Tư pháp',
      '14 giờ 00, thứ Ba, 12/4/2033\tXã Đông Phú\tĐối thoại với Nhân dân xã Đông Phú về đất đai\tSở Xây dựng',
    ])
    expect(sessionsOf(text)).toEqual([['day', '2033-04-12', '2033-04-12', 'Đối thoại với Nhân dân xã Đông Phú về đất đai']])
    expect(datedByRuleOf(text)).toEqual([['Sở Xây dựng', 'relative', '-3 working_days', 0]])
  })
})

describe('round AN: a time cell opening with the part of the day', () => {
  it('"Buổi sáng, ngày 25/02/2033 (thứ Sáu)" is that day, not a letterhead\'s "Place, ngày …"', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2033',
      'I. LỊCH TIẾP CÔNG DÂN',
      '',
      'STT\tThời gian\tNgười chủ trì tiếp công dân',
      '1\tNgày 10/02/2033 (thứ Năm)\tChủ tịch UBND huyện',
      '2\tBuổi sáng, ngày 25/02/2033 (thứ Sáu)\tChủ tịch UBND huyện',
      '3\tChiều, ngày 10/3/2033 (thứ Năm)\tChủ tịch UBND huyện',
    ].join('\n')
    expect(sessionsOf(text).map((s) => s[1])).toEqual(['2033-02-10', '2033-02-25', '2033-03-10'])
  })
})

describe("round AN: a schedule's table under the last labelled line of its heading", () => {
  it('"1. Thời gian, địa điểm" / "- Địa điểm: …" / "Lịch cụ thể:" / the table: its rows are the sessions, after a "như sau:" intro', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện',
      'Quý I năm 2033',
      '',
      'Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;',
      'UBND huyện thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện Quý I năm 2033 như sau:',
      '',
      '1. Thời gian, địa điểm tiếp công dân',
      '- Buổi sáng: từ 7 giờ 30 đến 11 giờ 30.',
      '- Địa điểm: Trụ sở Tiếp công dân huyện.',
      '',
      'Lịch cụ thể:',
      '',
      'STT\tThời gian\tNgười chủ trì tiếp công dân',
      '1\tNgày 13/01/2033 (thứ Năm)\tChủ tịch UBND huyện',
      '2\tNgày 10/02/2033 (thứ Năm)\tChủ tịch UBND huyện',
      '',
      '2. Tổ chức thực hiện',
      'a) Ban Tiếp công dân huyện: báo cáo Chủ tịch UBND huyện chậm nhất 02 ngày làm việc trước mỗi kỳ tiếp công dân.',
    ].join('\n')
    expect(sessionsOf(text).map((s) => [s[0], s[1]])).toEqual([
      ['day', '2033-01-13'],
      ['day', '2033-02-10'],
    ])
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Tiếp công dân huyện', 'relative', '-2 working_days', 0],
      ['Ban Tiếp công dân huyện', 'relative', '-2 working_days', 1],
    ])
  })
})
