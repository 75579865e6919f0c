/**
 * The words of the plans' family, kept as data: section titles, field labels, the words that open
 * a body's name. Nothing here names a particular plan's bodies, places or dates.
 */

/** Folded (no diacritics, lower case) cues of the section that lists the sessions. */
export const SESSION_SECTION_CUES = [
  /thoi gian.*(doi thoai|dia diem)/,
  /noi dung.*doi tuong/,
  /hinh thuc.*thoi gian/,
  /thoi gian.*dia diem/,
]

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

/**
 * Words a body's name starts with (folded). A heading "Sở Y tế và Ban Dân tộc tỉnh" names two
 * bodies because both sides start with one; "Mặt trận … và các tổ chức …" names one.
 */
export const BODY_HEADS = [
  'ban',
  'so',
  'van phong',
  'cong an',
  'uy ban',
  'ubnd',
  'ubmttq',
  'dang uy',
  'dang doan',
  'ban can su',
  'hoi',
  'mat tran',
  'phong',
  'trung tam',
  'co quan',
  'huyen uy',
  'thi uy',
  'thanh uy',
  'tinh uy',
  'doan',
  'lien doan',
  'bao',
  'dai',
  'cong chuc',
  'truong',
  'thuong truc',
  'bi thu',
  'chu tich',
  'vien kiem sat',
  'toa an',
  'chi cuc',
  'cuc',
  'bo chi huy',
  'quan su',
  'bo doi',
  'kho bac',
  'thanh tra',
  'hdnd',
  'hoi dong',
  'cac so',
  'cac phong',
  'cac co quan',
  'cac cong chuc',
  'huyen doan',
  'tinh doan',
  'thanh doan',
  'thi doan',
  'hoi lien hiep',
  'lien minh',
  'chi bo',
  'dang bo',
]

/** Words that end the prefix of a list of places: "Ban Thường vụ Huyện ủy Ba Tơ, Minh Long, …". */
export const PLACE_UNITS = [
  'huyen uy',
  'thi uy',
  'thanh uy',
  'dang uy',
  'ubnd',
  'uy ban nhan dan',
  'huyen',
  'xa',
  'phuong',
  'thi tran',
  'thi xa',
  'thanh pho',
]

/** Standing bodies reports are sent to, beyond those the plan assigns ("Thường trực Tỉnh ủy"). */
export const STANDING_BODY =
  /(Thường trực|Ban Thường vụ|Văn phòng|Ban Dân vận|Bí thư) (Tỉnh|Thị|Huyện|Thành|Đảng) ủy|(UBND|Ủy ban nhân dân) (tỉnh|huyện|xã|thị xã|thành phố|phường)|Chánh Văn phòng|Chủ tịch UBND (tỉnh|huyện|xã)/g

/** Openings of an obligation that make the heading's body a coordinator of another's task. */
export const COORDINATE_CUE = /^phoi hop voi\b/
export const LEAD_CUE = /^chu tri\b/

/** A sentence that only says where and when the report goes ("Báo cáo gửi về … trước ngày …"): the task is the sentence before it. */
export const DELIVERY_CLAUSE = /^((tong hop,? )?bao cao (gui|ve|cho)|gui (ve|bao cao)|thoi (gian|han))/

/** Words that end a body's name without telling bodies apart ("… thị xã", "… tỉnh"). */
export const TRAILING_UNITS = /\s+(tinh|huyen|thi xa|thanh pho|xa|phuong|thi tran|tinh uy|thi uy|huyen uy|thanh uy)$/

/** The kind of a task by the words of its obligation (folded), first match wins. */
export const TASK_KIND_CUES: [
  RegExp,
  'conclusion_notice' | 'delegates' | 'security' | 'communication' | 'logistics' | 'follow_up' | 'report' | 'preparation',
][] = [
  [/thong bao (y kien )?ket luan/, 'conclusion_notice'],
  [/danh sach|thanh phan (moi|tham du)|giay moi/, 'delegates'],
  [/an ninh|trat tu/, 'security'],
  [/tuyen truyen|thong bao rong rai|dua tin|truyen thanh/, 'communication'],
  [/hoi truong|dieu kien can thiet|dia diem|trang tri|am thanh/, 'logistics'],
  [/theo doi|don doc|giam sat/, 'follow_up'],
  [/bao cao/, 'report'],
  [/tai lieu|noi dung|de cuong|tham muu/, 'preparation'],
]

/** Where the plan's body ends: the closing request, the distribution list, the signature (folded). */
export const CLOSING_CUE = /^(noi nhan|tren day la|t\/m |tm |kt\.? |de nghi (cac )?(co quan|don vi)|yeu cau cac (co quan|don vi))/
