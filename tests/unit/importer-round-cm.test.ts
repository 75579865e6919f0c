import { describe, expect, it } from 'vitest'
import { datedByRuleOf } from '../helpers/importer-draft.js'

// Round cm (issue 11): constructs of plans measured unseen, each on a small input written here.

describe('two long names joined by "và" over one obligation', () => {
  const text = [
    'THÔNG BÁO KẾT LUẬN',
    'của đồng chí Chủ tịch UBND xã tại Hội nghị đối thoại với Nhân dân về dự án đường liên thôn',
    '',
    'Đồng chí Chủ tịch UBND xã kết luận như sau:',
    '1. Đề nghị Ban Quản lý dự án đầu tư xây dựng huyện và Trung tâm Phát triển quỹ đất huyện phối hợp với UBND xã công khai phương án bồi thường; hoàn thành chậm nhất ngày 30/9/2031.',
  ].join('\n')

  it('"Đề nghị A và B phối hợp … chậm nhất ngày …" gives one task to each, though the two names together run past one name\'s length', () => {
    expect(datedByRuleOf(text)).toEqual([
      ['Ban Quản lý dự án đầu tư xây dựng huyện', 'absolute', '2031-09-30', null],
      ['Trung tâm Phát triển quỹ đất huyện', 'absolute', '2031-09-30', null],
    ])
  })
})
