import { describe, expect, it } from 'vitest'
import { sessionsOf, timesOf } from '../helpers/importer-draft.js'

// Round ce (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('sessions in running text, one clause each', () => {
  it('"Trong quý II, … đối thoại với …; trong tháng 9 đối thoại với …" is two sessions, each its clause’s topic', () => {
    const text = [
      'KẾ HOẠCH',
      'Đối thoại giữa Bí thư Đảng ủy với cán bộ và Nhân dân năm 2030',
      '',
      'II. NỘI DUNG, THỜI GIAN, HÌNH THỨC ĐỐI THOẠI',
      '',
      'Năm 2030, Bí thư Đảng ủy tổ chức 03 cuộc đối thoại. Trong quý II, Bí thư Đảng ủy đối thoại với cán bộ ' +
        'thôn về chế độ phụ cấp, hình thức hội nghị trực tiếp tại Hội trường Đảng ủy; trong tháng 9 đối thoại ' +
        'với nông dân thôn A về chuyển đổi cây trồng, tổ chức tại Nhà văn hóa thôn A.',
      '',
      'Cuộc đối thoại cuối năm với cán bộ, đảng viên và Nhân dân thôn B về quy hoạch khu dân cư, dự kiến tổ chức vào ngày 18/12/2030 ' +
        'tại Nhà văn hóa thôn B. Thời gian cụ thể các cuộc đối thoại quý II và tháng 9 sẽ thông báo sau.',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      'Văn phòng Đảng ủy chuẩn bị các điều kiện phục vụ.',
    ].join('\n')
    expect(sessionsOf(text).slice(0, 2)).toEqual([
      ['quarter', '2030-04-01', '2030-06-30', 'Bí thư Đảng ủy đối thoại với cán bộ thôn về chế độ phụ cấp'],
      ['month', '2030-09-01', '2030-09-30', 'Đối thoại với nông dân thôn A về chuyển đổi cây trồng'],
    ])
    // ("Cuộc đối thoại cuối năm với …": the time of year between the dialogue and with whom keeps the whole subject.)
    expect(sessionsOf(text)[2]).toEqual([
      'day',
      '2030-12-18',
      '2030-12-18',
      'đối thoại cuối năm với cán bộ, đảng viên và Nhân dân thôn B về quy hoạch khu dân cư',
    ])
  })
})

describe('a monthly rule with its exception in brackets', () => {
  it('"… hằng tháng (riêng tháng 02/2030 tiếp vào thứ Năm tuần thứ nhất …)" over the schedule adds no February session', () => {
    const text = [
      'THÔNG BÁO',
      'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2030',
      '',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '',
      'Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ ba hằng tháng (riêng tháng 02/2030 ' +
        'tiếp vào thứ Năm tuần thứ nhất do trùng dịp Tết). Buổi sáng từ 7 giờ 30 đến 11 giờ 30.',
      '',
      'Lịch cụ thể:',
      '',
      'TT Tháng Ngày tiếp công dân Thứ Địa điểm',
      '1 Tháng 01 17/01/2030 Thứ Năm Trụ sở Tiếp công dân huyện',
      '2 Tháng 02 07/02/2030 Thứ Năm Trụ sở Tiếp công dân huyện',
      '3 Tháng 03 21/3/2030 Thứ Năm Trụ sở Tiếp công dân huyện',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      'Văn phòng UBND huyện niêm yết công khai Thông báo này.',
    ].join('\n')
    expect(timesOf(text)).toEqual([
      ['day', '2030-01-17', '2030-01-17'],
      ['day', '2030-02-07', '2030-02-07'],
      ['day', '2030-03-21', '2030-03-21'],
    ])
  })
})

describe('a schedule’s column of whom each session is with', () => {
  it('"Cha mẹ học sinh lớp 9 … về tuyển sinh" says the row’s dialogue, as "Cán bộ quản lý …" does', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Trưởng phòng Giáo dục với giáo viên và cha mẹ học sinh năm 2030',
      '',
      'II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
      '',
      '| Thời gian | Địa điểm | Thành phần |',
      '|---|---|---|',
      '| 8 giờ 00, ngày 12/3/2030 | Hội trường UBND xã A | Cán bộ quản lý, giáo viên các trường xã A |',
      '| Tháng 5/2030 (thời gian cụ thể thông báo sau) | Trực tuyến | Cha mẹ học sinh lớp 9 toàn huyện về tuyển sinh vào lớp 10 |',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-03-12', '2030-03-12', 'Đối thoại với cán bộ quản lý, giáo viên các trường xã A'],
      ['month', '2030-05-01', '2030-05-31', 'Đối thoại với cha mẹ học sinh lớp 9 toàn huyện về tuyển sinh vào lớp 10'],
    ])
  })
})

describe('a schedule line that says with whom after a semicolon', () => {
  it('"Buổi thứ nhất: Bắt đầu lúc …, ngày …, tại …; đối thoại với các hộ … phường A" takes its own dialogue, not the plan’s', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức đối thoại giữa Chủ tịch UBND thị xã với các hộ gia đình bị ảnh hưởng bởi dự án đường tránh',
      '',
      'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '3. Thời gian, địa điểm',
      'Tổ chức 02 buổi đối thoại tại từng phường, cụ thể:',
      'Buổi thứ nhất: Bắt đầu lúc 08 giờ 00, thứ Ba, ngày 09/4/2030, tại Hội trường UBND phường A; đối thoại với các hộ ' +
        'gia đình bị ảnh hưởng bởi dự án trên địa bàn phường A (30 hộ).',
      'Buổi thứ hai: Bắt đầu lúc 14 giờ 00, thứ Năm, ngày 11/4/2030, tại Nhà văn hóa khu phố 2, phường B; đối thoại với ' +
        'các hộ gia đình bị ảnh hưởng bởi dự án trên địa bàn phường B (25 hộ).',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      ['day', '2030-04-09', '2030-04-09', 'Đối thoại với các hộ gia đình bị ảnh hưởng bởi dự án trên địa bàn phường A (30 hộ)'],
      ['day', '2030-04-11', '2030-04-11', 'Đối thoại với các hộ gia đình bị ảnh hưởng bởi dự án trên địa bàn phường B (25 hộ)'],
    ])
  })
})
