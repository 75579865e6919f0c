import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedByRuleOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round df (issue 11): small inputs written here, none taken from the plans measured.

// A web page's schedule table copied one cell a line, with no row numbers: a header of labels, then rows of as many lines.
const cellPerLine = [
  'Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện quý III năm 2032',
  '',
  '1. Thời gian tiếp: buổi sáng, từ 7 giờ 30 các ngày:',
  '',
  'Tháng',
  'Ngày tiếp công dân',
  'Người chủ trì tiếp',
  'Tháng 7',
  'Thứ Năm, ngày 15/7',
  'Chủ tịch UBND huyện',
  'Tháng 8',
  'Thứ Hai, ngày 16/8 (ngày 15/8 là Chủ nhật)',
  'Phó Chủ tịch UBND huyện',
  'Tháng 9',
  'Thứ Tư, ngày 15/9',
  'Chủ tịch UBND huyện',
  '',
  '2. Địa điểm: Trụ sở Tiếp công dân huyện.',
].join('\n')

describe('a schedule copied one cell a line without row numbers', () => {
  it('is read as its table: each row the day its day cell gives, not its month', () => {
    expect(timesOf(cellPerLine)).toEqual([
      ['day', '2032-07-15', '2032-07-15'],
      ['day', '2032-08-16', '2032-08-16'],
      ['day', '2032-09-15', '2032-09-15'],
    ])
  })
  it('but not when a row is one line short (a cell wrapped or left empty): the lines are left to be read as they are', () => {
    const short = cellPerLine.replace('Phó Chủ tịch UBND huyện\n', '')
    expect(timesOf(short).length).toBeGreaterThan(0)
    expect(timesOf(short)).not.toContainEqual(['day', '2032-08-16', '2032-08-16'])
  })
})

// A schedule's table whose time cells say "as above" for the day: "14 giờ 00, -nt-", "như trên".
const ditto = [
  'KẾ HOẠCH',
  'Tổ chức đối thoại với các hộ dân có đất bị thu hồi để làm đường liên xã năm 2033',
  '',
  'II. LỊCH ĐỐI THOẠI',
  '',
  'TT\tĐối tượng đối thoại\tThời gian\tĐịa điểm',
  '1\tHộ dân thôn Đông\t8 giờ 00, thứ Ba, 10/5/2033\tNhà văn hóa thôn Đông',
  '2\tHộ dân thôn Tây\t14 giờ 00, -nt-\tNhà văn hóa thôn Tây',
  '3\tHộ dân thôn Nam\t8 giờ 00, thứ Năm, 12/5/2033\tNhà văn hóa thôn Nam',
  '4\tHộ dân thôn Bắc\tNhư trên\tTrụ sở UBND xã',
].join('\n')

describe('a time cell with a ditto mark', () => {
  it('takes the day of the row above, at its own hour when it gives one', () => {
    expect(sessionsOf(ditto).map(([precision, start, , topic]) => [precision, start, topic])).toEqual([
      ['day', '2033-05-10', 'Đối thoại với hộ dân thôn Đông'],
      ['day', '2033-05-10', 'Đối thoại với hộ dân thôn Tây'],
      ['day', '2033-05-12', 'Đối thoại với hộ dân thôn Nam'],
      ['day', '2033-05-12', 'Đối thoại với hộ dân thôn Bắc'],
    ])
    expect(readPlan(ditto).sessions.map((s) => s.startsAt?.hour)).toEqual([8, 14, 8, 8])
  })
})

// A plan whose part on time gives only the window of its sessions and points to its appendix's schedule.
const windowAndAppendix = [
  'KẾ HOẠCH',
  'Tổ chức đối thoại với các hộ dân có đất bị thu hồi để làm đường liên xã năm 2033',
  '',
  'I. NỘI DUNG, THỜI GIAN',
  '1. Nội dung đối thoại',
  'Phương án bồi thường, hỗ trợ về đất đã được phê duyệt.',
  '2. Thời gian, địa điểm',
  'Từ ngày 10/5/2033 đến cuối tháng 5/2033, tổ chức theo từng thôn (có lịch chi tiết tại Phụ lục kèm theo Kế hoạch này).',
  '',
  'II. TỔ CHỨC THỰC HIỆN',
  'UBND xã chuẩn bị hội trường.',
  '',
  'PHỤ LỤC',
  'LỊCH ĐỐI THOẠI VỚI CÁC HỘ DÂN',
  '(Kèm theo Kế hoạch số 15/KH-UBND ngày 20/4/2033 của UBND xã)',
  '',
  'TT\tĐối tượng đối thoại\tThời gian\tĐịa điểm',
  '1\tHộ dân thôn Đông\t8 giờ 00, thứ Ba, 10/5/2033\tNhà văn hóa thôn Đông',
  '2\tHộ dân thôn Tây\t8 giờ 00, thứ Năm, 12/5/2033\tNhà văn hóa thôn Tây',
].join('\n')

describe('a time that gives the window of the sessions and points to the appendix for their schedule', () => {
  it('is no session of its own: the appendix rows are the sessions', () => {
    expect(timesOf(windowAndAppendix)).toEqual([
      ['day', '2033-05-10', '2033-05-10'],
      ['day', '2033-05-12', '2033-05-12'],
    ])
  })
  it('and "tại Phụ lục" is no place', () => {
    expect(readPlan(windowAndAppendix).sessions.flatMap((s) => s.venues)).toEqual(['Nhà văn hóa thôn Đông', 'Nhà văn hóa thôn Tây'])
  })
})

// A line of the work whose bodies are qualified by what they concern, a verb in that clause, before the colon.
const concerned = [
  'THÔNG BÁO',
  'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 3 năm 2034',
  '',
  '1. Thời gian: 7 giờ 30, thứ Tư, ngày 15/3/2034, tại Trụ sở Tiếp công dân huyện.',
  '2. Trách nhiệm của các cơ quan, đơn vị:',
  '- Các phòng, ban, UBND các xã có liên quan đến nội dung công dân đăng ký: báo cáo quá trình giải quyết vụ việc, ' +
    'gửi Ban Tiếp công dân huyện chậm nhất 02 ngày làm việc trước ngày tiếp công dân.',
].join('\n')

describe('bodies qualified by "có liên quan đến …" before the colon', () => {
  it('lead the work after the colon, named without what they concern', () => {
    expect(datedByRuleOf(concerned)).toEqual([['Các phòng, ban, UBND các xã có liên quan', 'relative', '-2 working_days', 0]])
  })
})
