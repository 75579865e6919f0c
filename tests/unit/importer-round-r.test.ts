import { describe, expect, it } from 'vitest'
import { findDays, findMonths, foldWithMap } from '../../src/services/deadlines/dates.js'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round r of the importer (issue 11): constructs of plans the importer had not seen, each on a small input written here.

describe('dates written in words', () => {
  const fold = (text: string) => foldWithMap(text).folded

  it('reads a day and a month written in words, with or without "mồng"', () => {
    expect(findDays(fold('Ngày mười ba tháng một năm 2026')).map((d) => [d.day, d.month, d.year])).toEqual([[13, 1, 2026]])
    expect(findDays(fold('ngày hai mươi mốt tháng chín năm 2025')).map((d) => [d.day, d.month, d.year])).toEqual([[21, 9, 2025]])
    expect(findDays(fold('ngày mồng một tháng mười hai')).map((d) => [d.day, d.month, d.year])).toEqual([[1, 12, null]])
    expect(findDays(fold('ngày mười tám tháng mười năm 2018')).map((d) => [d.day, d.month, d.year])).toEqual([[18, 10, 2018]])
    expect(findDays(fold('ngày ba mươi tháng tư năm 2024')).map((d) => [d.day, d.month, d.year])).toEqual([[30, 4, 2024]])
  })

  it('reads a month in words only with its year: "tháng hai lần" is a count', () => {
    expect(findMonths(fold('Trong tháng ba năm 2026')).map((m) => [m.month, m.year])).toEqual([[3, 2026]])
    expect(findMonths(fold('họp mỗi tháng hai lần'))).toEqual([])
    // the month of a day written out is no month of its own
    expect(findMonths(fold('ngày mười ba tháng một năm 2026'))).toEqual([])
  })

  const plan = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại năm 2024',
    '',
    'I. THỜI GIAN',
    '1. Ngày mồng một tháng mười hai năm 2024 (Chủ nhật), từ 8 giờ 00: Chủ tịch UBND xã đối thoại với Nhân dân thôn A về đất đai.',
    '2. Trong tháng mười một năm 2024: đối thoại với hộ kinh doanh chợ B.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng UBND xã: chuẩn bị hội trường, hoàn thành trước ngày hai mươi mốt tháng mười một năm 2024.',
    '2. Công an xã: bảo đảm an ninh, báo cáo chậm nhất ngày mười lăm tháng mười năm 2024.',
  ].join('\n')

  it('dates sessions and deadlines written in words as those written in figures', () => {
    expect(sessionsOf(plan)).toEqual([
      ['day', '2024-12-01', '2024-12-01', 'Đối thoại với Nhân dân thôn A về đất đai'],
      ['month', '2024-11-01', '2024-11-30', 'Đối thoại với hộ kinh doanh chợ B'],
    ])
    expect(datedOf(plan)).toEqual([
      ['Văn phòng UBND xã', 'absolute', '2024-11-20', null],
      ['Công an xã', 'absolute', '2024-10-15', null],
    ])
  })
})
