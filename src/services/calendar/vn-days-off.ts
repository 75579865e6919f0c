import type { LocalDate } from './local-date.js'

/**
 * Vietnam's days off for civil servants (cán bộ, công chức, viên chức; five-day week) as decided
 * each year: statutory holidays (Bộ luật Lao động 2019, Điều 112), compensatory days off when a
 * holiday falls on a weekend (nghỉ bù, Điều 111), and the Prime Minister's swaps of a working day
 * with a Saturday (hoán đổi — the day is off, a Saturday becomes a working day: làm bù).
 *
 * Only weekdays that are off, holidays that fall on weekends (listed for completeness) and make-up
 * Saturdays are listed; every other Saturday and Sunday is off.
 *
 * When a new year's decision is published, add it here with its source. Until then the year is
 * computed by rule (vn-rule-days.ts) and shown as provisional.
 */
export type OfficialDayKind = 'holiday' | 'day_off' | 'make_up'

export interface OfficialDay {
  date: LocalDate
  kind: OfficialDayKind
  name: string
}

export interface OfficialYear {
  year: number
  sources: string[]
  days: OfficialDay[]
  note?: string
}

const LAW = 'Bộ luật Lao động 2019, Điều 111 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần) và Điều 112 (ngày nghỉ lễ, Tết)'

const h = (date: LocalDate, name: string): OfficialDay => ({ date, kind: 'holiday', name })
const off = (date: LocalDate, name: string): OfficialDay => ({ date, kind: 'day_off', name })
const work = (date: LocalDate, name: string): OfficialDay => ({ date, kind: 'make_up', name })

export const OFFICIAL_YEARS: readonly OfficialYear[] = [
  {
    year: 2022,
    sources: [LAW, 'Công văn số 245/VPCP-KGVX ngày 11/01/2022 của Văn phòng Chính phủ (Tết Nhâm Dần: nghỉ từ 29/01 đến hết 06/02/2022)'],
    days: [
      h('2022-01-01', 'Tết Dương lịch'),
      off('2022-01-03', 'Nghỉ bù Tết Dương lịch (01/01 là thứ Bảy)'),
      h('2022-01-31', 'Tết Nguyên đán (29 tháng Chạp)'),
      h('2022-02-01', 'Tết Nguyên đán (mùng 1)'),
      h('2022-02-02', 'Tết Nguyên đán (mùng 2)'),
      h('2022-02-03', 'Tết Nguyên đán (mùng 3)'),
      h('2022-02-04', 'Tết Nguyên đán (mùng 4)'),
      h('2022-04-10', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      off('2022-04-11', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/4 là Chủ nhật)'),
      h('2022-04-30', 'Ngày Chiến thắng'),
      h('2022-05-01', 'Ngày Quốc tế Lao động'),
      off('2022-05-02', 'Nghỉ bù Ngày Chiến thắng (30/4 là thứ Bảy)'),
      off('2022-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (01/5 là Chủ nhật)'),
      h('2022-09-01', 'Quốc khánh (ngày liền kề)'),
      h('2022-09-02', 'Quốc khánh'),
    ],
  },
  {
    year: 2023,
    sources: [
      LAW,
      'Thông báo của Bộ Lao động – Thương binh và Xã hội theo ý kiến của Thủ tướng Chính phủ ' +
        'về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023 ' +
        '(Tết Quý Mão: nghỉ từ 20/01 đến hết 26/01/2023; Quốc khánh: từ 01/9 đến hết 04/9/2023)',
    ],
    days: [
      h('2023-01-01', 'Tết Dương lịch'),
      off('2023-01-02', 'Nghỉ bù Tết Dương lịch (01/01 là Chủ nhật)'),
      h('2023-01-20', 'Tết Nguyên đán (29 tháng Chạp)'),
      h('2023-01-21', 'Tết Nguyên đán (30 tháng Chạp)'),
      h('2023-01-22', 'Tết Nguyên đán (mùng 1)'),
      h('2023-01-23', 'Tết Nguyên đán (mùng 2)'),
      h('2023-01-24', 'Tết Nguyên đán (mùng 3)'),
      off('2023-01-25', 'Nghỉ bù Tết Nguyên đán'),
      off('2023-01-26', 'Nghỉ bù Tết Nguyên đán'),
      h('2023-04-29', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      h('2023-04-30', 'Ngày Chiến thắng'),
      h('2023-05-01', 'Ngày Quốc tế Lao động'),
      off('2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương (29/4 là thứ Bảy)'),
      off('2023-05-03', 'Nghỉ bù Ngày Chiến thắng (30/4 là Chủ nhật)'),
      h('2023-09-01', 'Quốc khánh (ngày liền kề)'),
      h('2023-09-02', 'Quốc khánh'),
      off('2023-09-04', 'Nghỉ bù Quốc khánh (02/9 là thứ Bảy)'),
    ],
  },
  {
    year: 2024,
    sources: [
      LAW,
      'Thông báo của Bộ Lao động – Thương binh và Xã hội theo ý kiến của Thủ tướng Chính phủ ' +
        'về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024 (Tết Giáp Thìn: nghỉ từ 08/02 đến hết 14/02/2024)',
      'Thông báo về việc hoán đổi ngày làm việc dịp 30/4 và 01/5/2024 theo ý kiến của Thủ tướng Chính phủ ' +
        '(nghỉ từ 27/4 đến hết 01/5, làm bù thứ Bảy 04/5/2024)',
    ],
    days: [
      h('2024-01-01', 'Tết Dương lịch'),
      h('2024-02-08', 'Tết Nguyên đán (29 tháng Chạp)'),
      h('2024-02-09', 'Tết Nguyên đán (30 tháng Chạp)'),
      h('2024-02-10', 'Tết Nguyên đán (mùng 1)'),
      h('2024-02-11', 'Tết Nguyên đán (mùng 2)'),
      h('2024-02-12', 'Tết Nguyên đán (mùng 3)'),
      off('2024-02-13', 'Nghỉ bù Tết Nguyên đán'),
      off('2024-02-14', 'Nghỉ bù Tết Nguyên đán'),
      h('2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      off('2024-04-29', 'Hoán đổi ngày làm việc (làm bù thứ Bảy 04/5/2024)'),
      h('2024-04-30', 'Ngày Chiến thắng'),
      h('2024-05-01', 'Ngày Quốc tế Lao động'),
      work('2024-05-04', 'Làm bù cho thứ Hai 29/4/2024'),
      h('2024-09-02', 'Quốc khánh'),
      h('2024-09-03', 'Quốc khánh (ngày liền kề)'),
    ],
  },
  {
    year: 2025,
    sources: [
      LAW,
      'Thông báo của Bộ Lao động – Thương binh và Xã hội theo ý kiến của Thủ tướng Chính phủ ' +
        'về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2025 ' +
        '(Tết Ất Tỵ: nghỉ từ 25/01 đến hết 02/02/2025; Quốc khánh: từ 30/8 đến hết 02/9/2025)',
      'Thông báo về việc hoán đổi ngày làm việc dịp 30/4 và 01/5/2025 theo ý kiến của Thủ tướng Chính phủ ' +
        '(làm bù thứ Bảy 26/4, nghỉ thứ Sáu 02/5/2025)',
    ],
    days: [
      h('2025-01-01', 'Tết Dương lịch'),
      h('2025-01-27', 'Tết Nguyên đán (28 tháng Chạp)'),
      h('2025-01-28', 'Tết Nguyên đán (29 tháng Chạp)'),
      h('2025-01-29', 'Tết Nguyên đán (mùng 1)'),
      h('2025-01-30', 'Tết Nguyên đán (mùng 2)'),
      h('2025-01-31', 'Tết Nguyên đán (mùng 3)'),
      h('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      work('2025-04-26', 'Làm bù cho thứ Sáu 02/5/2025'),
      h('2025-04-30', 'Ngày Chiến thắng'),
      h('2025-05-01', 'Ngày Quốc tế Lao động'),
      off('2025-05-02', 'Hoán đổi ngày làm việc (làm bù thứ Bảy 26/4/2025)'),
      h('2025-09-01', 'Quốc khánh (ngày liền kề)'),
      h('2025-09-02', 'Quốc khánh'),
    ],
  },
  {
    year: 2026,
    sources: [
      LAW,
      'Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ ' +
        '(Tết Dương lịch: nghỉ từ 01/01 đến hết 04/01/2026, hoán đổi thứ Sáu 02/01 sang thứ Bảy 10/01/2026)',
      'Văn bản của Văn phòng Chính phủ tháng 10/2025 truyền đạt ý kiến của Thủ tướng Chính phủ theo đề xuất của Bộ Nội vụ ' +
        '(Tết Bính Ngọ: nghỉ từ 14/02 đến hết 22/02/2026; Quốc khánh: nghỉ từ 29/8 đến hết 02/9/2026, ' +
        'hoán đổi thứ Hai 31/8 sang thứ Bảy 22/8/2026)',
    ],
    note:
      'Ngày Văn hóa Việt Nam 24/11 (Nghị quyết 80-NQ/TW) chỉ thành ngày nghỉ khi Bộ luật Lao động được sửa đổi; ' +
      'nếu cơ quan được nghỉ, bộ phận tham mưu thêm bằng /ngaynghi.',
    days: [
      h('2026-01-01', 'Tết Dương lịch'),
      off('2026-01-02', 'Hoán đổi ngày làm việc (làm bù thứ Bảy 10/01/2026)'),
      work('2026-01-10', 'Làm bù cho thứ Sáu 02/01/2026'),
      h('2026-02-16', 'Tết Nguyên đán (29 tháng Chạp)'),
      h('2026-02-17', 'Tết Nguyên đán (mùng 1)'),
      h('2026-02-18', 'Tết Nguyên đán (mùng 2)'),
      h('2026-02-19', 'Tết Nguyên đán (mùng 3)'),
      h('2026-02-20', 'Tết Nguyên đán (mùng 4)'),
      h('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      off('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)'),
      h('2026-04-30', 'Ngày Chiến thắng'),
      h('2026-05-01', 'Ngày Quốc tế Lao động'),
      work('2026-08-22', 'Làm bù cho thứ Hai 31/8/2026'),
      off('2026-08-31', 'Hoán đổi ngày làm việc (làm bù thứ Bảy 22/8/2026)'),
      h('2026-09-01', 'Quốc khánh (ngày liền kề)'),
      h('2026-09-02', 'Quốc khánh'),
    ],
  },
]
