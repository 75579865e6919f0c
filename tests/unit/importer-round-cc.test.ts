import { describe, expect, it } from 'vitest'
import { datedOf, timesOf } from '../helpers/importer-draft.js'

// Round cc of the importer's fixes (issue 11): each construct on a small input written here.

describe('a letter: its subject under the number, its addressees, the session and the request before its numbered items', () => {
  const text = [
    'UBND HUYỆN AN HÒA',
    'VĂN PHÒNG HĐND VÀ UBND',
    'Số: 12/VP-TNMT',
    'An Hòa, ngày 02 tháng 3 năm 2031',
    'V/v chuẩn bị Hội nghị đối thoại với các hộ dân có đất bị thu hồi',
    'Kính gửi:',
    '- Ủy ban nhân dân các xã: Đông, Tây;',
    '- Phòng Tài nguyên và Môi trường huyện.',
    'Thực hiện ý kiến chỉ đạo của Chủ tịch UBND huyện tại cuộc họp ngày 01/3/2031;',
    'Chủ tịch UBND huyện sẽ chủ trì Hội nghị đối thoại với các hộ dân vào hồi 14 giờ 00 ngày 20/3/2031, tại Hội trường UBND xã Đông.',
    'Để chuẩn bị chu đáo nội dung Hội nghị, Văn phòng HĐND và UBND huyện đề nghị UBND các xã: ' +
      'Đông, Tây khẩn trương thực hiện một số nội dung sau:',
    '1. Rà soát danh sách các hộ, gửi về Văn phòng HĐND và UBND huyện trước ngày 10/3/2031.',
    '2. Chuyển giấy mời đến từng hộ dân chậm nhất 03 ngày trước ngày tổ chức Hội nghị.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
  ].join('\n')

  it('reads the session of the running text, not the "V/v" line as a part numbered V', () => {
    expect(timesOf(text)).toEqual([['day', '2031-03-20', '2031-03-20']])
  })

  it("gives the numbered requests to the communes asked, not to the session's host", () => {
    expect(datedOf(text)).toEqual([
      ['UBND xã Đông', 'absolute', '2031-03-09', null],
      ['UBND xã Tây', 'absolute', '2031-03-09', null],
      ['UBND xã Đông', 'relative', '2031-03-17', 0],
      ['UBND xã Tây', 'relative', '2031-03-17', 0],
    ])
  })
})

describe('a paragraph whose sentence says first which session its work is for ("Đối với buổi đối thoại tại …, A và B …")', () => {
  const text = [
    'THÔNG BÁO',
    'Lịch tiếp công dân, đối thoại của Chủ tịch UBND thành phố quý I năm 2031',
    '1. Ngày 20/3/2031: đối thoại với các hộ dân phường Đông về dự án khu dân cư.',
    'UBND thành phố giao Ban Tiếp công dân thành phố chủ trì rà soát các vụ việc, thông báo lịch ' +
      'cho công dân chậm nhất 05 ngày trước buổi đối thoại.',
    'Đối với buổi đối thoại tại phường Đông, Sở Xây dựng và UBND phường Đông báo cáo tình hình thực hiện dự án, gửi Ban Tiếp ' +
      'công dân thành phố trước ngày 10/3/2031. Công an thành phố bảo đảm an ninh, trật tự.',
  ].join('\n')

  it('gives the report to the two bodies named after the scope, not to the body of the paragraph before', () => {
    expect(datedOf(text).filter((t) => t[1] === 'absolute')).toEqual([
      ['Sở Xây dựng', 'absolute', '2031-03-09', null],
      ['UBND phường Đông', 'absolute', '2031-03-09', null],
    ])
  })
})

describe('two groups, each named by its kinds, joined by "và" over one obligation', () => {
  const text = [
    'THÔNG BÁO',
    'Lùi thời gian tổ chức Hội nghị đối thoại với doanh nghiệp năm 2031',
    '1. Hội nghị tổ chức vào 8 giờ 00, ngày 15/4/2031, tại Hội trường UBND tỉnh.',
    '2. Để chuẩn bị chu đáo cho Hội nghị, Văn phòng UBND tỉnh đề nghị:',
    '- Các sở, ban, ngành tỉnh và UBND các xã, phường, đặc khu khẩn trương hoàn thiện văn bản trả ' +
      'lời, gửi về Văn phòng UBND tỉnh chậm nhất ngày 05/4/2031.',
  ].join('\n')

  it('gives the obligation to each group', () => {
    expect(datedOf(text)).toEqual([
      ['Các sở, ban, ngành tỉnh', 'absolute', '2031-04-05', null],
      ['UBND các xã, phường, đặc khu', 'absolute', '2031-04-05', null],
    ])
  })
})
