import { describe, expect, it } from 'vitest'
import { bodiesOfHeading } from '../../src/importer/bodies.js'
import { datedOf, sessionsOf } from '../helpers/importer-draft.js'

// Round CP of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round CP: a body set apart by "Riêng"', () => {
  it('"đ) Riêng Tổ trưởng tổ dân phố số 2 …" under "Tổ trưởng các tổ dân phố nêu trên" is that one body', () => {
    const text = [
      'THÔNG BÁO',
      'Về việc tổ chức Hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân các tổ dân phố số 1 và số 2',
      '1. Thời gian: 08 giờ 00, ngày 20/5/2033.',
      '2. Tổ chức thực hiện',
      'Ban Thường trực đề nghị Tổ trưởng các tổ dân phố nêu trên thực hiện các nội dung sau:',
      'a) Thông báo đến các hộ gia đình, hoàn thành trước ngày 12/5/2033.',
      'b) Riêng Tổ trưởng tổ dân phố số 2 phối hợp với Ban quản lý Nhà văn hóa chuẩn bị hội ' +
        'trường, hoàn thành trước 17 giờ 00 ngày 19/5/2033.',
    ].join('\n')
    expect(datedOf(text)).toEqual([
      ['Tổ trưởng các tổ dân phố nêu trên', 'absolute', '2033-05-11', null],
      ['Tổ trưởng tổ dân phố số 2', 'absolute', '2033-05-19', null],
    ])
  })
})

describe('round CP: a text message', () => {
  it('"[UBND xã A] Thông báo: …": the sender in brackets and "Thông báo:" are not the topic', () => {
    const text = [
      '[UBND xã A] Thông báo: Chủ tịch UBND xã tổ chức đối thoại với Nhân dân thôn 1, thôn 2 về việc làm đường giao ' +
        'thông nông thôn lúc 14h00 ngày 09/6/2033 (thứ Năm) tại Nhà văn hóa thôn 1.',
      'Đề nghị các thôn gửi danh sách hộ dân về Văn phòng UBND xã trước ngày 05/6/2033. Trân trọng!',
    ].join('\n')
    expect(sessionsOf(text)).toEqual([
      [
        'day',
        '2033-06-09',
        '2033-06-09',
        'Chủ tịch UBND xã tổ chức đối thoại với Nhân dân thôn 1, thôn 2 về việc làm đường giao thông nông thôn',
      ],
    ])
  })
})

describe('round CP: bodies named in turn, the places after one of them of its kind', () => {
  it('"Thành đoàn A, Huyện đoàn B, C: …" is three bodies, "Huyện đoàn C" among them', () => {
    expect(bodiesOfHeading('Thành đoàn Hòa Bình, Huyện đoàn Tân Lạc, Lạc Sơn').map((b) => b.name)).toEqual([
      'Thành đoàn Hòa Bình',
      'Huyện đoàn Tân Lạc',
      'Huyện đoàn Lạc Sơn',
    ])
    const text = [
      'II. THỜI GIAN',
      'Diễn đàn đối thoại với thanh niên tổ chức ngày 15/6/2033.',
      'III. TỔ CHỨC THỰC HIỆN',
      '- Thành đoàn Hòa Bình, Huyện đoàn Tân Lạc, Lạc Sơn: Lựa chọn đại biểu; gửi danh sách về Tỉnh đoàn chậm nhất ngày 05/6/2033.',
    ].join('\n')
    expect(datedOf(text).map((t) => t[0])).toEqual(['Thành đoàn Hòa Bình', 'Huyện đoàn Tân Lạc', 'Huyện đoàn Lạc Sơn'])
  })
})
