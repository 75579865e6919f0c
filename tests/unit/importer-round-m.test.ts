import { describe, expect, it } from 'vitest'
import { readPlan } from '../../src/importer/read-plan.js'
import { datedOf, sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round m of the importer's fixes (issue 11): what a new user typed into the chat, each on a small input written here.

describe('a session named by its rank, its time and place after the colon', () => {
  it('keeps the rank and the subject the line names, never the time as a topic', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2027',
      '1. Hội nghị đối thoại lần thứ nhất: ngày 15/4/2027 tại Hội trường UBND xã, chủ đề: đất đai.',
      '2. Hội nghị đối thoại lần thứ hai: tháng 9/2027, về an sinh xã hội.',
      '3. Hội nghị đối thoại lần thứ ba: ngày 10/12/2027.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2027-04-15', '2027-04-15', 'Hội nghị đối thoại lần thứ nhất: đất đai'],
      ['month', '2027-09-01', '2027-09-30', 'Hội nghị đối thoại lần thứ hai về an sinh xã hội'],
      ['day', '2027-12-10', '2027-12-10', 'Hội nghị đối thoại lần thứ ba'],
    ])
  })

  it('does not report a numbered session item as work without a body when its lines name their bodies', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2027',
      '1. Hội nghị đối thoại lần thứ nhất: ngày 15/4/2027 tại Hội trường UBND xã.',
      'Công an xã: bảo đảm an ninh trật tự, báo cáo phương án trước mỗi hội nghị 02 ngày.',
    ].join('\n')
    const draft = readPlan(text)
    expect(datedOf(text)).toEqual([['Công an xã', 'relative', '2027-04-13', 0]])
    expect(draft.warnings.map((w) => w.key)).not.toContain('import-warning-no-body')
  })
})

describe('a short plan typed as one paragraph', () => {
  it('is read sentence by sentence when it has no outline', () => {
    const text =
      'Kế hoạch đối thoại năm 2027 của UBND xã Tân Phú. Hội nghị đối thoại dự kiến tổ chức ngày 28/4/2027. ' +
      'Văn phòng UBND xã chuẩn bị báo cáo trước ngày 15/4/2027.'
    expect(sessionsOf(text).map((s) => s.slice(0, 3))).toEqual([['day', '2027-04-28', '2027-04-28']])
    expect(datedOf(text)).toEqual([['Văn phòng UBND xã', 'absolute', '2027-04-14', null]])
  })

  it('reads nothing from a paragraph that is not a plan', () => {
    const draft = readPlan('Xin chào. Tôi muốn hỏi về lịch họp tuần sau. Cảm ơn anh.')
    expect([draft.sessions, draft.tasks]).toEqual([[], []])
  })
})

describe('a date no calendar has', () => {
  it('is named in a warning; a real date, a document number or a count is not', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2027',
      'Căn cứ Nghị định số 04/2015/NĐ-CP; Kế hoạch số 12/13/2027 của Huyện ủy.',
      '1. Hội nghị đối thoại: ngày 31/02/2027 tại Hội trường xã.',
      '2. Hội nghị đối thoại: ngày 29 tháng 02 năm 2027 tại Nhà văn hóa thôn 3.',
      '3. Hội nghị đối thoại: ngày 29/02/2028; tỷ lệ 12/15 hộ đồng ý.',
      'Văn phòng UBND xã chuẩn bị báo cáo trước ngày 30/4/2027.',
    ].join('\n')
    const draft = readPlan(text)
    expect(draft.warnings.filter((w) => w.key === 'import-warning-impossible-date').map((w) => w.vars['date'])).toEqual([
      '31/02/2027',
      'ngày 29 tháng 02 năm 2027',
    ])
    // (The sessions on those days stay, to be scheduled: the plan holds them, only their day is wrong.)
    expect(sessionsOf(text).map((s) => s.slice(0, 2))).toEqual([
      ['unscheduled', null],
      ['unscheduled', null],
      ['day', '2028-02-29'],
    ])
  })
})

describe('a kind in capitals before its colon', () => {
  it('lists names after it, but not the work it does', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại với người nộp thuế năm 2018',
      'I. LỊCH ĐỐI THOẠI',
      '1. Ngày 22/5/2018, từ 08 giờ 00: Đối thoại với doanh nghiệp do Văn phòng Cục Thuế quản lý.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Các Chi cục Thuế: Lập danh sách, gửi giấy mời chậm nhất 07 ngày trước ngày tổ chức hội nghị.',
      '2. Các Đồn Biên phòng: Na Ư, Nà Bủng: báo cáo tình hình trước ngày 10/5/2018.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Các Chi cục Thuế', 'relative', '2018-05-15', 0],
      ['Đồn Biên phòng Na Ư', 'absolute', '2018-05-09', null],
      ['Đồn Biên phòng Nà Bủng', 'absolute', '2018-05-09', null],
    ])
  })
})

describe('a notice whose days differ by who receives', () => {
  it('names each session by its host, not the notice subject eleven times over', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ quý II năm 2019 của lãnh đạo tỉnh',
      'I. LỊCH TIẾP CÔNG DÂN',
      '1/. Tháng 4/2019:',
      '- Ngày 04/4/2019: Đồng chí Bí thư Tỉnh ủy tiếp công dân;',
      '- Ngày 11/4/2019: Đồng chí Chủ tịch UBND tỉnh tiếp công dân (*);',
      '- Ngày 18/4/2019: Thường trực HĐND tỉnh tiếp công dân.',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2019-04-04', '2019-04-04', 'Đồng chí Bí thư Tỉnh ủy tiếp công dân'],
      ['day', '2019-04-11', '2019-04-11', 'Đồng chí Chủ tịch UBND tỉnh tiếp công dân'],
      ['day', '2019-04-18', '2019-04-18', 'Thường trực HĐND tỉnh tiếp công dân'],
    ])
  })
})

describe('a time cell naming two days apart', () => {
  it('is a session a day; two alternatives or days in a row stay one', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ 6 tháng cuối năm 2019 của Chủ tịch UBND thành phố',
      '| STT | Tháng | Thời gian tiếp công dân | Người chủ trì tiếp | Địa điểm |',
      '|---|---|---|---|---|',
      '| 1 | Tháng 7 | Thứ Năm, ngày 04/7/2019 và thứ Năm, ngày 18/7/2019 | Chủ tịch UBND thành phố | Trụ sở Tiếp công dân |',
      '| 2 | Tháng 8 | Ngày 08/8/2019 hoặc ngày 09/8/2019 | Chủ tịch UBND thành phố | Trụ sở Tiếp công dân |',
      '| 3 | Tháng 9 | Ngày 05/9/2019 và ngày 06/9/2019 | Chủ tịch UBND thành phố | Trụ sở Tiếp công dân |',
    ].join('\n')
    expect(timesOf(text)).toEqual([
      ['day', '2019-07-04', '2019-07-04'],
      ['day', '2019-07-18', '2019-07-18'],
      ['month', '2019-08-08', '2019-08-09'],
      ['month', '2019-09-05', '2019-09-06'],
    ])
  })
})
