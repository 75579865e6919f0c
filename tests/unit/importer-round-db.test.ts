import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../helpers/importer-draft.js'

// Round db (issue 11): small inputs written here, none taken from the plans measured.

// A schedule whose table has a row for a holiday, which says in a later clause that no reception is held.
const holidayRow = [
  'THÔNG BÁO',
  'Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tân Phong quý II năm 2031',
  '',
  'Ngày\tThứ\tThời gian\tNgười tiếp\tĐịa điểm',
  '10/4/2031\tThứ Năm\tSáng\tĐ/c Chủ tịch UBND xã\tTrụ sở UBND xã',
  '30/4 - 04/5/2031\t\t\tNghỉ lễ Giải phóng miền Nam và Quốc tế Lao động, không tổ chức tiếp công dân\t',
  '15/5/2031\tThứ Năm\tSáng\tĐ/c Chủ tịch UBND xã\tTrụ sở UBND xã',
].join('\n')

describe('a row of a schedule that says, after its reason, that no reception is held', () => {
  it('is no session', () => {
    expect(sessionsOf(holidayRow).map(([precision, start]) => [precision, start])).toEqual([
      ['day', '2031-04-10'],
      ['day', '2031-05-15'],
    ])
  })
})
