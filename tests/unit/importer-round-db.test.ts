import { describe, expect, it } from 'vitest'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

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
  it('nor is a row that only names the days off', () => {
    const daysOff = holidayRow.replace(', không tổ chức tiếp công dân', '')
    expect(sessionsOf(daysOff).map(([precision, start]) => [precision, start])).toEqual([
      ['day', '2031-04-10'],
      ['day', '2031-05-15'],
    ])
  })
})

// A notice adjusting a plan: the session's new day under a heading that is a label of time, and terms changed in place.
const adjusting = [
  'THÔNG BÁO',
  'Điều chỉnh thời gian tổ chức đối thoại và thời hạn thực hiện nhiệm vụ tại Kế hoạch số 12/KH-UBND của UBND huyện',
  '',
  '1. Thời gian tổ chức đối thoại',
  '',
  'Hội nghị đối thoại giữa Chủ tịch UBND huyện với các hộ dân bị ảnh hưởng bởi dự án Khu dân cư Đông Hòa (theo Kế hoạch ' +
    'số 12/KH-UBND dự kiến tổ chức ngày 24/5/2031) được điều chỉnh sang 14 giờ 00, ngày 06/6/2031. Địa điểm không thay đổi.',
  '',
  '2. Thời hạn thực hiện nhiệm vụ',
  '',
  'a) Phòng Tư pháp: Thời hạn gửi báo cáo rà soát hồ sơ (theo Kế hoạch số 12/KH-UBND là trước ngày 15/5/2031) được ' +
    'điều chỉnh thành trước ngày 29/5/2031.',
  '',
  'b) Thanh tra huyện: báo cáo trước ngày tổ chức đối thoại 05 ngày làm việc.',
].join('\n')

describe('a heading that labels the time, over a sentence naming the session before its new day', () => {
  it('gives the session that name and the new day', () => {
    expect(sessionsOf(adjusting)).toEqual([
      [
        'day',
        '2031-06-06',
        '2031-06-06',
        'Hội nghị đối thoại giữa Chủ tịch UBND huyện với các hộ dân bị ảnh hưởng bởi dự án Khu dân cư Đông Hòa',
      ],
    ])
  })
})

describe('"(theo Kế hoạch … là trước ngày X) được điều chỉnh thành trước ngày Y"', () => {
  it('owes the new term only, and the work counted from the session counts from its new day', () => {
    expect(datedOf(adjusting)).toEqual([
      ['Phòng Tư pháp', 'absolute', '2031-05-28', null],
      ['Thanh tra huyện', 'relative', '2031-05-30', 0],
    ])
  })
  it('so too "(… là chậm nhất ngày X) được gia hạn đến ngày Y"', () => {
    const extended = adjusting.replace(
      'là trước ngày 15/5/2031) được điều chỉnh thành trước ngày 29/5/2031',
      'là chậm nhất ngày 15/5/2031) được gia hạn đến ngày 29/5/2031',
    )
    expect(datedOf(extended)[0]).toEqual(['Phòng Tư pháp', 'absolute', '2031-05-29', null])
  })
})

// A school's plan by semester: a heading that is only the semester, over the dialogue's own sentence and its labels.
const bySemester = [
  'KẾ HOẠCH',
  'Tổ chức đối thoại giữa Hiệu trưởng với học sinh năm học 2031 - 2032',
  'II. NỘI DUNG, THỜI GIAN',
  '1. Học kỳ II năm học 2031 - 2032',
  'Đối thoại giữa Hiệu trưởng với học sinh khối 12 về hướng nghiệp và tuyển sinh.',
  '- Thời gian: Dự kiến tháng 3/2032.',
  '- Địa điểm: Hội trường nhà trường.',
].join('\n')

describe('a heading that names only a semester', () => {
  it('ranks its session; the sentence under it names the dialogue', () => {
    expect(sessionsOf(bySemester)).toEqual([
      ['month', '2032-03-01', '2032-03-31', 'Đối thoại giữa Hiệu trưởng với học sinh khối 12 về hướng nghiệp và tuyển sinh'],
    ])
  })
})

// A notice of conclusions whose work includes a standing duty with a count that a regulation sets.
const byRegulation = [
  'THÔNG BÁO',
  'Kết luận của Chủ tịch UBND huyện tại buổi làm việc với các doanh nghiệp',
  'I. GIAO NHIỆM VỤ',
  '1. Công ty Cấp nước huyện thông báo lịch ngừng cấp nước cho khách hàng trước ít nhất 03 ngày theo quy định; ' +
    'báo cáo UBND huyện trước ngày 20/8/2031.',
  'II. HỘI NGHỊ TIẾP THEO',
  'Hội nghị đối thoại với doanh nghiệp quý IV năm 2031 được tổ chức vào lúc 08 giờ 00, ngày 16/10/2031.',
].join('\n')

describe('"trước ít nhất 03 ngày theo quy định", naming no event', () => {
  it('is a rule of law about the work itself, not a count from the session', () => {
    expect(datedOf(byRegulation)).toEqual([['Công ty Cấp nước huyện', 'absolute', '2031-08-19', null]])
  })
  it('still counts from the session when the clause sends what the session needs', () => {
    const invitation = `${byRegulation}\nGiao Văn phòng UBND huyện gửi giấy mời dự hội nghị trước ít nhất 05 ngày theo quy định.`
    expect(datedOf(invitation).filter(([lead]) => lead === 'Văn phòng UBND huyện')).toEqual([
      ['Văn phòng UBND huyện', 'relative', '2031-10-10', 0],
    ])
  })
})
