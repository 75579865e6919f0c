/**
 * The words of the plans' family, kept as data: section titles, field labels, the words that open
 * a body's name. Nothing here names a particular plan's bodies, places or dates.
 */

/** Folded (no diacritics, lower case) cues of the section that lists the sessions. */
export const SESSION_SECTION_CUES = [/thoi gian.*(doi thoai|dia diem)/, /noi dung.*doi tuong/, /hinh thuc.*thoi gian/, /thoi gian.*dia diem/]

/** Folded cues of the execution section (who does what). */
export const EXECUTION_SECTION_CUES = [/to chuc thuc hien/, /phan cong (nhiem vu|thuc hien)/, /trach nhiem thuc hien/]

/** Field labels inside a session ("- Đối tượng: …"), folded, with the field they fill. */
export const SESSION_FIELDS: [RegExp, 'topic' | 'audience' | 'count' | 'time' | 'venue' | 'participants'][] = [
  [/^noi dung( doi thoai)?$/, 'topic'],
  [/^chu de$/, 'topic'],
  [/^doi tuong( tham (gia|du))?$/, 'audience'],
  [/^so luong( dai bieu)?$/, 'count'],
  [/^thoi gian( thuc hien| to chuc)?$/, 'time'],
  [/^dia diem( to chuc)?$/, 'venue'],
  [/^thanh phan( tham (gia|du))?$/, 'participants'],
]

/** A clause that only says sessions may also be held when needed (not a session itself). */
export const AD_HOC_CUE = /dot xuat|khi can thiet.*doi thoai|doi thoai.*khi can thiet/

/** Folded cues that a line names alternatives of the venue, and bridge points of an online session. */
export const ALTERNATIVE_CUE = /^phuong an \d+/
export const BRIDGE_CUE = /^diem cau/
