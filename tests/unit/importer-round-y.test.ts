import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round y of the importer's fixes (issue 11): each construct on a small input written here.

describe('a branch of an association ("chi hội") is a body', () => {
  it('reads the tasks of an item that asks the branch heads, as it asks any body', () => {
    const text = [
      'THÔNG BÁO',
      'V/v tổ chức Hội nghị đối thoại với hội viên nông dân năm 2030',
      '1. Thời gian: 8 giờ 00, thứ Ba ngày 14/5/2030, tại Hội trường UBND xã.',
      '2. Đề nghị Chi hội trưởng các chi hội nông dân thôn tổng hợp ý kiến của hội viên gửi về Văn phòng Hội trước ' +
        '16 giờ 00 ngày 10/5/2030; danh sách hội viên dự gửi chậm nhất ngày 12/5.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Chi hội trưởng các chi hội nông dân thôn', 'absolute', '2030-05-10', null],
      ['Chi hội trưởng các chi hội nông dân thôn', 'absolute', '2030-05-12', null],
    ])
  })
})

describe('a day of the first ten written with "mùng" or "mồng"', () => {
  it('is the day, after any cue', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức Hội nghị đối thoại với Nhân dân năm 2030',
      'I. NỘI DUNG',
      '1. Hội nghị thứ nhất: Đối thoại với Nhân dân về vệ sinh môi trường. Thời gian: ngày 20/8/2030.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Hội Nông dân xã: gửi ý kiến bằng văn bản về Ban Thường trực chậm nhất là ngày mùng 5 tháng 8 năm 2030.',
      '2. Đoàn Thanh niên xã: gửi danh sách đoàn viên dự trước ngày mồng 9/8/2030.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Hội Nông dân xã', 'absolute', '2030-08-05', null],
      ['Đoàn Thanh niên xã', 'absolute', '2030-08-08', null],
    ])
  })
})

describe('a notice of change that first recites the schedule it changes and why', () => {
  const text = [
    'THÔNG BÁO',
    'Thay đổi lịch tiếp công dân định kỳ tháng 5/2030 của Chủ tịch UBND huyện',
    'Ngày 08/5/2030, UBND huyện ban hành Thông báo số 90/TB-UBND về việc thay đổi lịch tiếp công dân ' +
      'và lịch đối thoại của Chủ tịch UBND huyện, nội dung như sau:',
    'Theo Thông báo số 01/TB-UBND ngày 05/01/2030 của UBND huyện, Chủ tịch UBND huyện tiếp ' +
      'công dân định kỳ tháng 5 vào thứ Năm, ngày 16/5/2030 tại Trụ sở Tiếp công ' +
      'dân huyện. Theo Thông báo số 40/TB-UBND ngày 20/4/2030, Chủ tịch UBND huyện đối thoại với các hộ dân thôn 3 vào ngày 17/5/2030.',
    'Do Chủ tịch UBND huyện đi công tác từ ngày 14/5/2030 đến ngày 18/5/2030, UBND huyện thông báo thay đổi như sau:',
    '1. Lùi thời gian tiếp công dân định kỳ tháng 5/2030 của Chủ tịch UBND huyện sang 7 giờ 30, thứ Năm, ngày 23/5/2030.',
    '2. Tạm hoãn buổi đối thoại giữa Chủ tịch UBND huyện với các hộ dân thôn 3. Thời gian tổ chức lại sẽ được thông báo sau.',
  ].join('\n')

  it('reads only the sessions as they now stand: the recited days and the days of the reason are none', () => {
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2030-05-23', '2030-05-23'],
      ['unscheduled', null, null],
    ])
  })

  it('drops the recited days alone, when the reason names none', () => {
    const recited = text
      .replace('. Theo Thông báo số 40', '.\nTheo Thông báo số 40')
      .replace(/Do Chủ tịch UBND huyện đi công tác từ ngày [^,]+,/, 'Do yêu cầu công tác,')
    expect(sessionsOf(recited).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2030-05-23', '2030-05-23'],
      ['unscheduled', null, null],
    ])
  })

  it('drops the days of the reason alone, in a notice whose title names no change', () => {
    const titled = text.replace('Thay đổi lịch tiếp công dân định kỳ', 'Lịch tiếp công dân định kỳ')
    expect(sessionsOf(titled).map((s) => s.slice(0, 3))).toEqual([
      ['day', '2030-05-23', '2030-05-23'],
      ['unscheduled', null, null],
    ])
  })
})
