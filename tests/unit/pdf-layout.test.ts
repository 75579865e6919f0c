import { describe, expect, it } from 'vitest'
import { layoutLines, type PlacedRun } from '../../src/importer/pdf-layout.js'

// Where a PDF's words stand gives its lines and its tables back, whatever order they were drawn in.

const SIZE = 12
/** A run at (x, y), as wide as its letters at about half the font size each. */
const run = (x: number, y: number, text: string, size = SIZE): PlacedRun => ({ text, x, y, width: text.length * size * 0.5, size })

/** A cell's lines drawn one under the other from (x, y), each a run, at a line pitch of 14 points. */
const cell = (x: number, y: number, ...lines: string[]) => lines.map((text, i) => run(x, y - 14 * i, text))

describe('layoutLines', () => {
  it('gives back the rows of a table drawn cell by cell, each row with its wrapped cells joined', () => {
    const runs = [
      ...cell(50, 700, 'STT'),
      ...cell(90, 700, 'Thời gian'),
      ...cell(200, 700, 'Nội dung đối thoại'),
      ...cell(370, 700, 'Đơn vị chuẩn bị'),
      ...cell(50, 680, '1'),
      ...cell(90, 680, '8 giờ 00, thứ', 'Năm, ngày', '08/9/2022'),
      ...cell(200, 680, 'Đối thoại với Nhân dân', 'huyện Bảo Lâm về đất', 'rừng sau COVID-', '19'),
      ...cell(370, 680, 'UBND huyện', 'Bảo Lâm'),
      ...cell(50, 615, '2'),
      ...cell(90, 615, '14 giờ 00, ngày', '20/9/2022'),
      ...cell(200, 615, 'Đối thoại với doanh', 'nghiệp du lịch'),
      ...cell(370, 615, 'Sở Văn hóa'),
    ]
    expect(layoutLines(runs)).toEqual([
      '| STT | Thời gian | Nội dung đối thoại | Đơn vị chuẩn bị |',
      '| 1 | 8 giờ 00, thứ Năm, ngày 08/9/2022 | Đối thoại với Nhân dân huyện Bảo Lâm về đất rừng sau COVID-19 | UBND huyện Bảo Lâm |',
      '| 2 | 14 giờ 00, ngày 20/9/2022 | Đối thoại với doanh nghiệp du lịch | Sở Văn hóa |',
    ])
  })

  it('keeps the lines of a paragraph as lines, joining a word split at its accented capital and spacing its words', () => {
    const runs = [
      run(50, 700, 'Ủ'),
      run(56, 700, 'y ban nhân dân huyện tổ chức đối thoại'),
      // Ordinary spaces of a justified line: a third of the font size, and pdf.js's own space runs.
      run(50, 686, 'với'),
      run(72, 686, ' '),
      run(72, 686, 'Nhân'),
      run(100, 686, 'dân'),
      run(123, 686, 'các'),
      run(146, 686, 'xã.'),
    ]
    expect(layoutLines(runs)).toEqual(['Ủy ban nhân dân huyện tổ chức đối thoại', 'với Nhân dân các xã.'])
  })

  it('reads a letterhead in two blocks as rows and leaves the title below it and the paragraph after a table alone', () => {
    const runs = [
      run(60, 780, 'ỦY BAN NHÂN DÂN'),
      run(300, 780, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      run(70, 764, 'HUYỆN AN BÌNH'),
      run(320, 764, 'Độc lập - Tự do - Hạnh phúc'),
      run(65, 748, 'Số: 12/KH-UBND'),
      run(330, 748, 'An Bình, ngày 5 tháng 3 năm 2024'),
      // The title, centred under the right block, two lines below.
      run(340, 726, 'KẾ HOẠCH'),
      run(60, 706, 'Tổ chức đối thoại năm 2024 với Nhân dân các xã trên địa bàn huyện An Bình'),
    ]
    expect(layoutLines(runs)).toEqual([
      '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      '| HUYỆN AN BÌNH | Độc lập - Tự do - Hạnh phúc |',
      '| Số: 12/KH-UBND | An Bình, ngày 5 tháng 3 năm 2024 |',
      'KẾ HOẠCH',
      'Tổ chức đối thoại năm 2024 với Nhân dân các xã trên địa bàn huyện An Bình',
    ])
  })

  it('continues a row when its first cell goes on in small letters, and ends the table at a line across its columns', () => {
    const runs = [
      ...cell(50, 700, 'Thành', 'phần'),
      ...cell(120, 700, 'Bí thư chi bộ, tổ trưởng', 'tổ dân phố'),
      ...cell(50, 670, 'Thời gian'),
      ...cell(120, 670, 'Tháng 9/2022'),
      run(50, 656, 'Văn phòng Huyện ủy chuẩn bị các điều kiện phục vụ hội nghị đối thoại.'),
    ]
    expect(layoutLines(runs)).toEqual([
      '| Thành phần | Bí thư chi bộ, tổ trưởng tổ dân phố |',
      '| Thời gian | Tháng 9/2022 |',
      'Văn phòng Huyện ủy chuẩn bị các điều kiện phục vụ hội nghị đối thoại.',
    ])
  })

  it('makes no table of a single line whose words stand apart', () => {
    const runs = [run(50, 700, 'Nơi nhận:'), run(350, 700, 'KT. CHỦ TỊCH'), run(350, 660, 'PHÓ CHỦ TỊCH')]
    expect(layoutLines(runs)).toEqual(['Nơi nhận: KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])
  })
})
