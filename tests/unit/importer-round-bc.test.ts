import { describe, expect, it } from 'vitest'
import { datedByRuleOf, sessionsOf } from '../helpers/importer-draft.js'

// Round BC of the unseen plans (issue 11): the general causes of what they missed, each on a small input written here.

describe('round BC: the sessions of one running sentence under "Thời gian, địa điểm", a part between semicolons each', () => {
  const text = [
    'KẾ HOẠCH',
    'Tổ chức đối thoại giữa Chủ tịch UBND huyện với Nhân dân các xã năm 2033',
    'II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
    '1. Nội dung đối thoại',
    'Tập trung vào những vấn đề Nhân dân quan tâm như quản lý đất đai, xây dựng nông thôn mới.',
    '2. Thời gian, địa điểm',
    'Năm 2033, Chủ tịch UBND huyện tổ chức 02 hội nghị đối thoại tại 02 cụm xã, cụ thể: cụm số 1 gồm các xã An Hòa, An Bình, tổ chức vào lúc 8 giờ 00 ngày 14/6/2033 tại Hội trường UBND xã An Hòa; cụm số 2 gồm các xã Tân Lập, Tân Phú, tổ chức vào lúc 14 giờ 00 ngày 12/7/2033 tại Hội trường UBND huyện.',
    'Trường hợp có thay đổi về thời gian, địa điểm, Văn phòng HĐND và UBND huyện sẽ thông báo cụ thể bằng văn bản.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Văn phòng HĐND và UBND huyện',
    '- Phát hành giấy mời chậm nhất 05 ngày trước ngày tổ chức hội nghị.',
  ].join('\n')

  it('reads one session a part, on its day, under the plan’s subject (the heading of labels names none)', () => {
    expect(sessionsOf(text)).toEqual([
      ['day', '2033-06-14', '2033-06-14', 'Đối thoại giữa Chủ tịch UBND huyện với Nhân dân các xã'],
      ['day', '2033-07-12', '2033-07-12', 'Đối thoại giữa Chủ tịch UBND huyện với Nhân dân các xã'],
    ])
  })

  it('counts the work before "ngày tổ chức hội nghị" from each of them', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Văn phòng HĐND và UBND huyện', 'relative', '-5 days', 0],
      ['Văn phòng HĐND và UBND huyện', 'relative', '-5 days', 1],
    ])
  })
})
