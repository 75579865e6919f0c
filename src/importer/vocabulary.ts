import { NUMBER_WORDS } from '../services/deadlines/dates.js'

/**
 * The words of the plans' family, kept as data: section titles, field labels, the words that open
 * a body's name, the verbs that open an obligation. Nothing here names a particular plan's bodies,
 * places or dates. Patterns are on folded text (lower case, no diacritics, đ → d) unless noted.
 */

/** The national mottos of a letterhead's right column, as written (not folded). */
export const MOTTO_PIECES = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Độc lập – Tự do – Hạnh phúc',
  'Độc lập -Tự do - Hạnh phúc',
]

/** Titles of the documents of the family, at the start of a line (folded). */
export const DOCUMENT_TITLE = /^(ke hoach|thong bao|lich|chuong trinh|quyet dinh|giay moi)\b/
/** Document kinds whose title line starts a new document when several are pasted together (folded, the whole line). */
export const DOCUMENT_START = /^(ke hoach|thong bao)( [a-z].*)?$/

/**
 * Labels of a document's record, as a portal or an assistant sets it above the text in a table of two columns
 * ("| Số hiệu | 52/KH-UBND |", "| Ngày ban hành | 15/01/2027 |", "| Người ký | … |"): what the document is, not its
 * sessions (folded, the whole label).
 */
export const RECORD_LABEL = new RegExp(
  '^(co quan ban hanh|noi ban hanh|don vi ban hanh|so hieu|so ky hieu|ky hieu|so van ban|loai van ban|' +
    'ngay ban hanh|ngay ky|ngay hieu luc|nguoi ky|trich yeu|linh vuc|tinh trang( hieu luc)?)$',
)
/**
 * Parts of a plan that state why, not what: no session or task is read there. (Also an adjustment's "I- LÝ DO ĐIỀU
 * CHỈNH, BỔ SUNG": "- Thời gian tổ chức hội nghị thứ hai (dự kiến tháng 7) trùng với kỳ họp …" names the old time.)
 */
export const PURPOSE_CUE = /^(muc dich|yeu cau|muc tieu|nguyen tac|quan diem|y nghia|can cu|danh gia|ket qua|ly do)\b/
/** The part that says who does what. */
export const EXECUTION_CUE = new RegExp(
  [
    String.raw`^(to chuc thuc hien|phan cong|trach nhiem|giao nhiem vu|nhiem vu cua|cong tac phoi hop|phoi hop thuc hien)\b`,
    '(to chuc thuc hien|phan cong (nhiem vu|thuc hien|trach nhiem)|trach nhiem (thuc hien|cua cac))',
  ].join('|'),
)
/** A timetable of the work ("Tiến độ thực hiện", "Lộ trình"): its dated lines are tasks, not sessions. */
export const TIMELINE_CUE =
  /^(tien do|lo trinh|cac moc|moc thoi gian|thoi gian thuc hien cac (nhiem vu|noi dung|buoc|cong viec)|ke hoach cu the|phan cong cu the)/
/** Parts that describe the sessions. */
export const SESSION_SECTION_CUE =
  /thoi gian|dia diem|noi dung|doi tuong|lich|hinh thuc|thanh phan|chu de|doi thoai|tiep cong dan|tiep xuc|hoi nghi/

/** Where the plan's body ends: the distribution list and the signature (folded, at the start of a line). */
export const CLOSING_CUE = /^(noi nhan|t\/m\b|tm\.? |k\/?t\.? |q\. |tl\.? |tuq\b|trich sao|sao y|sao luc)/
/** A closing paragraph that asks everyone to carry the plan out (ends the body when it states no deadline). */
export const CLOSING_PARAGRAPH = new RegExp(
  `^(${[
    'tren day la',
    'de nghi (cac )?(co quan|don vi|dia phuong|phong|ban|nganh)',
    'yeu cau (cac )?(co quan|don vi)',
    'trong qua trinh (trien khai|to chuc|thuc hien)',
  ].join('|')})`,
)

/** Abbreviations kept in capitals when a title written in capitals is put in the case of a sentence. */
export const CAPS_ABBREVIATIONS = ['UBND', 'HĐND', 'MTTQ', 'TNCS', 'BCH', 'BTV', 'HTX', 'CLB']
/** Titles and bodies written with a capital in a sentence ("… giữa Chủ tịch UBND cấp huyện với …"). */
export const CAPITALIZED_TITLES = /(?<![\p{L}])(chủ tịch|bí thư|ủy ban nhân dân|hội đồng nhân dân|mặt trận tổ quốc)(?![\p{L}])/gu
/** Words of a session in itself: a dialogue, a reception of citizens, a conference (folded). */
// ("TXCT": "tiếp xúc cử tri" as notices write it short.)
export const SESSION_WORD =
  /\b(doi thoai|tiep cong dan|tiep dan|tiep doan vien|tiep xuc|txct|hoi nghi|gap mat|lang nghe y kien|toa dam|dien dan)\b/
/** A sentence that opens with a session (not folded): "Buổi đối thoại với …", "Hội nghị đối thoại …", "Tiếp công dân …". */
export const OPENS_SESSION = /^((buổi|cuộc|phiên|hội nghị|đợt)\s+)?(đối thoại|tiếp công dân|tiếp xúc)(?![\p{L}])/iu
/**
 * A paragraph addressed to the public, not to a body of the plan (folded, at its start): "Công dân có nhu cầu … đề
 * nghị đăng ký trước … ít nhất 05 ngày trước ngày tiếp", "Người dân đến dự mang theo …".
 */
export const PUBLIC_ADDRESSED = /^(cong dan|nguoi dan|cu tri|to chuc,? ca nhan|ca nhan,? to chuc|(cac )?ho (dan|gia dinh))\b/

/**
 * A case a dialogue with complainants is held on, named by whose it is (folded): "Vụ việc khiếu nại của bà A, ngụ …",
 * "Vụ khiếu nại của 06 hộ dân …", "Đơn khiếu nại của ông B".
 */
export const COMPLAINT_CASE = /^(vu viec|vu|don)( khieu nai| to cao| khieu nai, to cao| kien nghi, phan anh)? cua\b/
/**
 * Whom a cell of both who and what names, then what they ask (not folded): "27 hộ gia đình ở thôn A khiếu nại về …",
 * "Công dân B đề nghị …" — the people, then the petition from its verb on.
 */
export const WHOM_THEN_PETITION = new RegExp(
  String.raw`^((?:\d+|các|những)?\s*(?:hộ|công dân|người|cử tri|ông|bà)(?![\p{L}])[^,;]*?)\s+` +
    String.raw`((?:khiếu nại|kiến nghị|đề nghị|phản ánh|tố cáo)(?![\p{L}]).*)$`,
  'iu',
)
/**
 * A schedule's column of the case each row's dialogue is about: "Nội dung khiếu nại", "Nội dung kiến nghị, phản ánh"
 * (folded). Only a column's: under a case's heading, "- Nội dung khiếu nại: …" is the case's detail, not its topic.
 */
export const CASE_COLUMN = /^noi dung (vu viec|khieu nai|to cao|kien nghi|phan anh)((,| va) (khieu nai|to cao|kien nghi|phan anh))*$/
/**
 * A schedule's column naming whose dialogue each row is, the unit or group of people (folded): "Đơn vị / nhóm người lao
 * động", "Cụm", "Địa bàn", "Tiếp xúc cử tri tại", "Doanh nghiệp" (a firm's name a row, where its dialogue at work is
 * held), "Khu công nghiệp" (a park a row, its workers' and firms' dialogue held there). Not a column of who prepares it
 * ("Đơn vị chuẩn bị", "Cơ quan chủ trì"): those are bodies; nor "Đơn vị / cấp đối thoại", whose rows are of the levels the
 * items above describe, not of one heading.
 */
export const UNIT_COLUMN = new RegExp(
  '^(don vi|nhom|cum|dia ban|khoi|(ten )?doanh nghiep|(khu|cum) cong nghiep)' +
    '( (doi tuong|nguoi lao dong|doi thoai|tiep xuc))?( ?/ ?(nhom|bo phan)( [a-z]+){0,3})?$' +
    // ("Tiếp xúc cử tri tại": the commune each row's voters are met in, beside the hall of "Địa điểm".)
    '|^(tiep xuc( cu tri)?|doi thoai) (tai|o)$',
)
/**
 * The kind of unit a schedule's line may name after its time, the place a dialogue at work is held (folded): "Công ty
 * TNHH A", "Xí nghiệp B", "Hợp tác xã C", "Nhà máy D", "Chi nhánh E".
 */
export const WORKPLACE_OPENING = /^(tong )?(cong ty|xi nghiep|nha may|hop tac xa|chi nhanh|doanh nghiep|tap doan|khach san)\b/
/** A clause that only says sessions may also be held when needed (not a session itself). */
export const AD_HOC_CUE =
  /dot xuat|khi can thiet.*doi thoai|doi thoai.*khi can thiet|ngoai (cac|ra)?.*theo ke hoach|doi thoai khi co (yeu cau|vu viec|de nghi)/
/**
 * A line that says a session will not be held (folded): "Không tổ chức hội nghị này trong năm 2021", "Hủy bỏ buổi đối
 * thoại …"; a schedule's cell "Không tổ chức (…)".
 */
export const CANCELLED_CUE =
  /^(khong to chuc|huy bo|bai bo|khong thuc hien|khong tiep( cong dan| dan)?|khong doi thoai|tam hoan|tam dung)\b/
/**
 * … or after whom it concerns, in a note on the schedule: "Ghi chú: Ngày 23/5/2019 Đoàn đại biểu Quốc hội tỉnh không tiếp
 * công dân. Lý do: …" (folded; the sentence that carries the day).
 */
export const NOT_HELD_CUE = /\bkhong (to chuc |bo tri )?(tiep cong dan|tiep dan|doi thoai|tiep xuc)\b/
/** … in a paragraph under the session it cancels, naming it: "Không tổ chức hội nghị này". */
/**
 * The title of a group of a table's rows that names the work (folded): "II | CÔNG VIỆC CHUẨN BỊ VÀ SAU ĐỐI THOẠI",
 * "NHIỆM VỤ CỤ THỂ"; its rows are tasks, not sessions.
 */
/** The title of an officer of a body, before the body's own words (folded): "bí thư chi bộ", "trưởng thôn", "chủ tịch UBND xã". */
export const OFFICER_TITLE = /^(pho )?(bi thu|truong|chu tich|giam doc|thu truong|nguoi dung dau)\s+/
/**
 * An officer's title anywhere in a session's row (folded): the host a schedule's column names, "Đồng chí B - Phó Chủ tịch
 * UBND tỉnh", "Giám đốc Sở".
 */
export const HOST_TITLE = /\b(bi thu|chu tich|giam doc|thu truong|hieu truong|truong (ban|phong|khoa))\b/
export const WORK_GROUP = /^(cac )?(cong viec|nhiem vu|phan cong|to chuc thuc hien)\b/
/**
 * The session one is held in place of, as written, up to the end of its bracket or clause: "Đối thoại trực tiếp với Nhân
 * dân huyện A về giao đất (thay buổi tiếp công dân định kỳ tháng 3)" is a dialogue, not a reception day.
 */
export const REPLACED_SESSION = /(?<![\p{L}])thay (?:thế |cho )*(?:buổi|kỳ|phiên|cuộc|lịch|ngày|đợt)(?![\p{L}])[^()|.;]*/giu
/**
 * The label of a task table's column that gives the deadlines as adjusted (folded): "Thời hạn điều chỉnh", "Thời hạn sau điều
 * chỉnh", "Thời gian hoàn thành mới" — beside the column of the old ones ("Thời hạn theo Kế hoạch số 245"), which no longer bind.
 */
export const ADJUSTED_DEADLINE_LABEL = /^(thoi han|thoi gian( hoan thanh| thuc hien)?) (dieu chinh|sau dieu chinh|moi)$/

/** Words of a notice that changes sessions already set (folded): "Thông báo thay đổi lịch tiếp công dân …", "… điều chỉnh …". */
export const CHANGE_WORDS = /\b(thay doi|dieu chinh|lui|tam hoan|hoan|doi lich|doi ngay|doi thoi gian)\b/
/**
 * A paragraph giving why sessions change (folded): "Do Chủ tịch UBND thành phố đi công tác từ ngày 11/10 đến ngày 15/10,
 * UBND thành phố thông báo thay đổi như sau:"; its days are the reason's, no session's.
 */
export const CHANGE_CAUSE = new RegExp(String.raw`^(do|vi|boi vi) [^.;]*,[^.;]*${CHANGE_WORDS.source}[^.;]*(nhu sau|cu the)\s*:?$`)
/**
 * A sentence that recites the time another document set (folded, at its start): "Theo Thông báo số 02/TB-UBND ngày
 * 05/01/2016 …, Chủ tịch UBND thành phố tiếp công dân … vào ngày 13/10/2016".
 */
export const RECITED_SCHEDULE =
  // (After a news item's source, "(TTV)- Theo kế hoạch, …", or "Trước đó, theo kế hoạch, …" under the new time.)
  /^([a-z]{2,10} ?[-–] ?)?(truoc do,? )?(theo|can cu) (thong bao|ke hoach|quyet dinh|lich|van ban|giay moi|chuong trinh)\b/
/**
 * The clause of a day that names another kind of meeting (folded): "tuần sau (17/9) có họp giao ban Khối …" in a
 * message's remark beside a dialogue; its day is that meeting's. (A meeting that is a dialogue says so: SESSION_WORD.)
 * ("họp" folds as the "hợp" of "phối hợp", "tổng hợp", "kết hợp", "thích hợp": those words are no meeting.) A press
 * conference, "cuộc họp báo … tổ chức ngày 25-4", is another meeting too: the day it announced a session on.
 */
const MEETING_KINDS = 'giao ban|dinh ky|thuong ky|chi bo|co quan|ban|hoi dong|tong ket|so ket|bao'
export const OTHER_MEETING = new RegExp(
  String.raw`\b(co |cuoc |buoi )?(?<!\b(phoi|tong|ket|thich|phu|hon|to|lien) )hop (${MEETING_KINDS})\b`,
)
/**
 * A session the plan reports as already held (folded): "Hội nghị đối thoại thứ nhất … đã được tổ chức ngày 25/4 theo đúng
 * Kế hoạch số …" in an adjustment; a past meeting, not one the plan sets.
 */
export const HELD_CUE = /\bda (duoc )?(to chuc|dien ra|tien hanh)\b/
export const CANCELLED_SESSION = /^(khong to chuc|huy bo|bai bo) (cac |nhung )?(hoi nghi|buoi|cuoc|phien|dot|doi thoai)\b/
/**
 * A ditto mark, "the same as the row above" (folded): "-nt-", "- nt -", "(nt)", "như trên"; a table's whole cell or one
 * of its comma parts ("14 giờ 00, -nt-": another hour on the day above).
 */
export const DITTO_MARK = /^[-(\s]*(?:nt|nhu tren)[-)\s]*$/

// The audience and time labels and their qualifiers, too long for one line each.
// ("Đơn vị được mời": the column of a schedule naming whom each row invites; "Người khiếu nại": whom each row's dialogue
// with complainants is with.)
const AUDIENCE_LABEL = new RegExp(
  String.raw`(doi tuong|thanh phan|thanh vien|nguoi tham du|dai bieu|moi du|moi tham du|khach moi|du|moi|` +
    String.raw`(don vi|co quan) duoc moi|nguoi (khieu nai|kien nghi|to cao)|` +
    // ("Đơn vị cử tri", "Cử tri": whom a meeting with voters meets, a schedule's column.)
    String.raw`((don vi|thanh phan) )?cu tri)`,
)
const AUDIENCE_QUALIFIER = /(tham gia|tham du|doi thoai|moi|du|hoi nghi|cu the|du kien)/
// ("Tgian: 8h00 ngày 16/5": the label in short, as a clerk types it.)
const TIME_LABEL =
  /(thoi gian|tgian|thoi diem|thoi luong|ngay gio|ngay,? gio|ngay to chuc|ngay thuc hien|ngay tiep( cong dan| dan)?|ngay doi thoai)/
// ("Thời gian tổ chức lại: 14 giờ 00, ngày …": the new time of a session a notice postpones.)
const TIME_QUALIFIER =
  /(thuc hien|to chuc|lai|doi thoai|du kien|tiep|bat dau|cu the|hoi nghi|tiep cong dan|dieu chinh|sau dieu chinh|moi|gio)/
/**
 * A time label on its own: "Ngày", "Thứ, ngày", "Buổi" (and "Thứ", the weekday, as "Thứ, ngày" splits at its comma); a
 * table's column of days written with their year, "Ngày, tháng, năm".
 */
const TIME_WORD = /(ngay|thang|quy|thu|thu,? ngay|ngay,? thang|thang,? nam|ngay,? thang,? nam|buoi)/

/** Field labels of a session, and the field each fills (folded, the whole label with its usual qualifiers). */
export const SESSION_FIELDS: [RegExp, SessionField][] = [
  // ("ND: Đối thoại với …": the label in short, as a message writes it.)
  [/^(noi dung|nd|chu de|van de|chuyen de)( (chinh|doi thoai|tiep xuc|tiep cong dan|hoi nghi|cu the|trong tam|chuyen de))*$/, 'topic'],
  // ("Cuộc đối thoại: Đối thoại với hội viên nông dân … về …" under a supervision topic: the session, named.)
  // ("Buổi đối thoại: 8h00 ngày …" gives the time, not a name.)
  [/^(ten )?cuoc (doi thoai|tiep xuc)$/, 'topic'],
  [new RegExp(`^${AUDIENCE_LABEL.source}( ${AUDIENCE_QUALIFIER.source})*$`), 'audience'],
  [/^(so luong|quy mo)( (dai bieu|nguoi|tham du|tham gia|du kien|khoang))*$/, 'count'],
  // "Nay điều chỉnh thành: 8 giờ 00, ngày 15/7": the new time of a session an adjustment moves.
  [
    new RegExp(
      `^${TIME_LABEL.source}( ${TIME_QUALIFIER.source})*$|^${TIME_WORD.source}$|^(nay )?(dieu chinh|doi|chuyen|lui) (thanh|sang|lai|den)$` +
        `|^nay (dieu chinh|to chuc|doi|chuyen|lui)( (thanh|sang|lai|den|vao|lai vao))?$` +
        // ("Theo Kế hoạch số 92/KH-UBND | Nay thay đổi": the column of the new time, beside the former one.)
        `|^(nay|sau khi) thay doi( thanh| sang)?$|^thoi gian (moi|sau (dieu chinh|thay doi))$` +
        // ("Nay điều chỉnh thời gian tổ chức: bắt đầu lúc 8 giờ 00, …".)
        `|^nay (dieu chinh|doi|chuyen|lui) (thoi gian|ngay|lich)( to chuc)?( (thanh|sang|lai|den|vao))?$` +
        // "Điều chỉnh: Tạm hoãn tổ chức Hội nghị; thời gian … sẽ được thông báo sau" under the session an adjustment defers.
        `|^dieu chinh$` +
        // "Dự kiến: tuần thứ 2 của tháng 3/2023"
        `|^du kien( thoi gian| to chuc)?$`,
    ),
    'time',
  ],
  // "Theo Kế hoạch: ngày 20/9/2012" / "Nay điều chỉnh: …", "Thời gian cũ | Thời gian điều chỉnh": the time a notice of
  // change replaces, which is no longer the session's.
  [
    new RegExp(
      String.raw`^((thoi gian|ngay|thoi diem|lich|dia diem)( to chuc)? )?` +
        String.raw`(theo ke hoach( (cu|da ban hanh|ban dau|so \d+[-/][a-z\d/-]+))?|cu|ban dau|truoc (day|khi dieu chinh|dieu chinh)` +
        String.raw`|da (ghi|thong bao|ban hanh))$` +
        String.raw`|^ke hoach (cu|ban dau)$`,
    ),
    'former',
  ],
  // "Lý do điều chỉnh: Từ ngày 12/6 đến ngày 17/6 diễn ra …": why a notice of change moves or defers a session; the days
  // it names are the reason's, no session's.
  [/^(ly do|nguyen nhan)( (dieu chinh|thay doi|tam hoan|hoan|lui|doi lich|chua to chuc))?$/, 'reason'],
  [/^(dia diem|noi to chuc)( (to chuc|doi thoai|du kien|cu the|hoi nghi|tiep cong dan|tiep xuc))*$/, 'venue'],
  [/^(hinh thuc|phuong thuc|cach thuc)( (to chuc|doi thoai|hoi nghi|tiep xuc))*$/, 'format'],
  [
    new RegExp(
      '^(chu tri|nguoi chu tri|chu toa|nguoi tiep|lanh dao tiep|nguoi tiep cong dan|lanh dao tiep cong dan)' +
        '( (hoi nghi|doi thoai|tiep cong dan|tiep dan))?$',
    ),
    'host',
  ],
]
/**
 * 'former': a time or place a notice of change replaces, and 'reason': why it changes; both read so that they are not
 * taken for the session's own.
 */
export type SessionField = 'topic' | 'audience' | 'count' | 'time' | 'venue' | 'format' | 'host' | 'former' | 'reason'

/** Folded cues that a line names alternatives of the venue, and bridge points of an online session. */
export const ALTERNATIVE_CUE = /^phuong an \d+/
export const BRIDGE_CUE = /^diem cau/

/**
 * Words a body's name starts with, in lower case with their diacritics ("sở", not "số"): a heading
 * "Sở Y tế và Ban Dân tộc tỉnh" names two bodies because both sides start with one; "Mặt trận … và
 * các tổ chức …" names one.
 */
export const BODY_HEADS = [
  'ban',
  'ban cán sự',
  'ban chỉ huy',
  'sở',
  'văn phòng',
  // "VP HĐND và UBND huyện sẽ dự thảo …", "VP UBND tỉnh": the office abbreviated, as chat messages and lists write it.
  'VP',
  'công an',
  'ủy ban',
  'ubnd',
  'ubmttq',
  'mttq',
  'đảng ủy',
  'đảng đoàn',
  'hội',
  'hội đồng',
  'hội liên hiệp',
  'hiệp hội',
  'mặt trận',
  'phòng',
  'trung tâm',
  // "TT Phát triển quỹ đất huyện", "TT PTQĐ": a centre, abbreviated as chats write it ("TT HĐND", the standing body, too).
  'TT',
  'cơ quan',
  'huyện ủy',
  'thị ủy',
  'thành ủy',
  'tỉnh ủy',
  'quận ủy',
  'đoàn',
  'liên đoàn',
  // "LĐLĐ quận", "LĐLĐ huyện Cam Lâm": Liên đoàn Lao động, abbreviated as its own plans write it (as "BHXH" below).
  'lđlđ',
  'báo',
  'đài',
  'công chức',
  // "CC Địa chính - XD", "CC Văn hoá - XH": a commune's clerks, abbreviated.
  'CC',
  'cán bộ',
  'trường',
  'trưởng',
  'thường trực',
  // "Đề nghị đại biểu HĐND tỉnh thực hiện tiếp công dân …": the elected members who receive, each at their own sessions.
  'đại biểu hđnd',
  'đại biểu hội đồng nhân dân',
  'đại biểu quốc hội',
  'bí thư',
  'chủ tịch',
  'phó chủ tịch',
  'hiệu trưởng',
  // "Thư ký Hội đồng trường: Gửi thông báo mời dự …": the council's secretary, an office holder as "Chủ tịch" is.
  'thư ký',
  'giám đốc',
  'chánh văn phòng',
  'viện kiểm sát',
  'viện',
  'tòa án',
  'chi cục',
  'cục',
  'bộ chỉ huy',
  'bộ đội',
  // "Thủ tướng giao Bộ KH-ĐT chủ trì …, báo cáo Thủ tướng trước ngày …": a ministry, and the head of government who asks.
  'bộ',
  'thủ tướng',
  'kho bạc',
  'thanh tra',
  'hđnd',
  'huyện đoàn',
  'tỉnh đoàn',
  'thành đoàn',
  'thị đoàn',
  'liên minh',
  'chi bộ',
  // "Chi ủy Chi bộ các khu phố 5, 12 và 27: Phối hợp …": a party cell's committee, as "Đảng ủy" is a party committee's.
  'chi ủy',
  'đảng bộ',
  'bảo hiểm',
  // "BHXH huyện Chợ Đồn", "BHXH các huyện, thành phố": Bảo hiểm xã hội, abbreviated as its own offices write it.
  'bhxh',
  'bệnh viện',
  'chi nhánh',
  'ngân hàng',
  'tổ',
  'bộ phận',
  'người đứng đầu',
  'thủ trưởng',
  'công đoàn',
  'cấp ủy',
  'đồn',
  'hạt',
  'đội',
  'ban quản lý',
  // "BQL chợ A: gửi danh sách …", "BQL dự án": Ban quản lý, abbreviated as chat messages and lists write it.
  'bql',
  // "P.Kinh tế: gửi báo cáo …", "P. Tư pháp": Phòng, abbreviated with its full stop, which runs straight into the name.
  'p.',
  'công ty',
  'tổng công ty',
  'vườn quốc gia',
  'khu bảo tồn',
  'quỹ',
  // "Chi hội trưởng các chi hội phụ nữ tổ dân phố tổng hợp …", "Các Chi hội Nông dân ấp": an association's branch and its head.
  'chi hội',
  'giáo viên',
  // "Cổng Thông tin điện tử tỉnh: đăng tải toàn văn Thông báo này …", "Cổng TTĐT huyện": the portal's editors, a unit.
  'cổng thông tin',
  'cổng ttđt',
  // "Điện lực Đông Hà, Điện lực Vĩnh Linh: chuẩn bị địa điểm …": a power company's district units, named by their place.
  'điện lực',
  // "Thuế cơ sở 2 thành phố Hà Nội", "Thuế tỉnh": the tax offices as named since 2025, without "Chi cục".
  'thuế',
  // "Các nông trường, đơn vị trực thuộc: lấy ý kiến người lao động …": an enterprise's own units, in its plan for its staff.
  'nông trường',
  'lâm trường',
  'xí nghiệp',
  'nhà máy',
]
/** Words after a body word that make it a common phrase instead: "báo cáo", "tổ chức", "hội nghị", "trường hợp". */
export const NOT_A_BODY_AFTER: Record<string, RegExp> = {
  ban: /^(hành|đầu|ngày|đêm|bố|giám khảo)(?![\p{L}])/u,
  báo: /^(cáo|chí|động|tin|giá)(?![\p{L}])/u,
  tổ: /^(chức|quốc|dân phố)(?![\p{L}])/u,
  hội: /^(nghị|thảo|viên|ý|đủ|tụ|họp|trường|thi|diễn)(?![\p{L}])/u,
  trường: /^(hợp)(?![\p{L}])/u,
  // ("phòng tiếp khách" is a room; "Phòng Tiếp công dân (và Xử lý đơn thư) gửi giấy mời …" the office of an inspectorate.)
  phòng: /^(chống|ngừa|họp|làm việc|tiếp(?! công dân)|khi)(?![\p{L}])/u,
  đoàn: /^(viên|kết|thể)(?![\p{L}])/u,
  đội: /^(ngũ)(?![\p{L}])/u,
  đài: /^(thọ)(?![\p{L}])/u,
  // ("Bộ hồ sơ, bộ tài liệu … gửi trước ngày …": a set of papers, no ministry.)
  bộ: /^(hồ sơ|tài liệu|câu hỏi|tiêu chí|công cụ|đề|sách|máy|mặt|luật|quy tắc|phim|ảnh|dữ liệu)(?![\p{L}])/u,
  viện: /^(dẫn|trợ)(?![\p{L}])/u,
  quỹ: /^(đất|thời gian|lương|tiền|nhà)(?![\p{L}])/u,
  'cán bộ': /^(,|và|công chức|đảng viên|lãnh đạo|chủ chốt)(?![\p{L}])/u,
  'công chức': /^(,|và|viên chức)(?![\p{L}])/u,
  'giáo viên': /^(,|và|nhân viên|học sinh)(?![\p{L}])/u,
  // ("TT đã nhận", "TT: 12": a word of a reply, a column's label; "TT" names a body only before what it is the centre of or
  // whose standing body it is.)
  TT: new RegExp(
    String.raw`^(?!(phát triển|ptqđ|pt|văn hóa|văn hoá|vh|y tế|yt|hđnd|huyện ủy|tỉnh ủy|thành ủy|thị ủy|quận ủy|đảng ủy|ubnd|` +
      String.raw`mttq|hội(?!\s+nghị)|dịch vụ|công nghệ|truyền thông|giáo dục|gdnn|gdtx|bồi dưỡng|chính trị|khuyến|quản lý|` +
      String.raw`hành chính|phục vụ|pvhcc|hcc|ksbt|kiểm soát bệnh tật|` +
      String.raw`kiểm soát|cntt|thông tin|ttcs|trợ giúp|tư vấn|quan trắc)(?![\p{L}]))`,
    'u',
  ),
}
/**
 * Kinds of bodies and places after "các" that open a body's name: "Các sở, ngành", "Các đơn vị" (lower case,
 * diacritics).
 */
export const PLURAL_HEADS = new RegExp(
  String.raw`^các (${[
    'sở|ban|ngành|phòng|cơ quan|đơn vị|địa phương|tổ chức|đoàn thể|hội|công chức|xã|phường|huyện|thị trấn|đảng ủy|đảng bộ|chi bộ',
    'cấp ủy|thôn|khu phố|trung tâm|chi cục|hội đoàn thể|đồng chí|ủy ban|ubnd|khoa|viện|hiệp hội|htx|hợp tác xã|tổ',
    // "Các trường: A, B" (schools), not "…; các trường hợp còn khiếu nại, kiến nghị và đề xuất …, gửi … trước ngày …"
    // (the cases a report covers, no body).
    'trường(?!\\s+hợp(?![\\p{L}]))',
    // "Các công ty đầu tư kinh doanh hạ tầng khu công nghiệp: Đôn đốc …", "Các Đồn Biên phòng: A, B"
    'công ty|đồn',
    // "Các bộ phận, Ban Nhân dân ấp được giao nhiệm vụ báo cáo …": the units of an office a notice gives work to
    'bộ phận',
    // "Các bệnh viện: Đa khoa tỉnh, Nhi đồng tỉnh"
    'bệnh viện',
    // "Các nông trường, đơn vị trực thuộc: tổ chức lấy ý kiến người lao động …": an enterprise's own units
    'nông trường|lâm trường|xí nghiệp|nhà máy',
    // "Các cơ sở Đoàn trực thuộc hoàn thành …": the grassroots units of a union
    'cơ sở',
    // "Các công đoàn cơ sở trực thuộc không có tên trong lịch: Chủ động tổ chức …": the unions of a union's units
    'công đoàn',
    // "Các doanh nghiệp được mời: xác nhận thành phần …": the firms a notice invites, as the label of their own work
    // (not "Đề nghị các doanh nghiệp tạo điều kiện …" under a body's heading, which that body is asked to pass on).
    'doanh nghiệp(?=[^:;.]{0,40}:)',
  ].join('|')})(?![\p{L}])`,
  'u',
)

/**
 * Firms named as a group, lower case after "Các": "Các doanh nghiệp trong các khu công nghiệp", "Các hợp tác xã nông
 * nghiệp" (a plan may owe them work, as a table's "Đơn vị thực hiện" or a numbered heading over their work).
 */
export const FIRMS_GROUP = /^các (doanh nghiệp|hợp tác xã)(?![\p{L}])/iu

/**
 * Organs whose name another body's name is "of": "Văn phòng HĐND và UBND huyện" is one office of
 * both; "và" between two of them does not start a second body.
 */
export const OWNER_ORGANS = new RegExp(
  String.raw`^(${[
    'hdnd|ubnd|uy ban nhan dan|hoi dong nhan dan|doan dbqh|doan dai bieu quoc hoi',
    'tinh uy|huyen uy|thanh uy|thi uy|dang uy|ubmttq|uy ban mat tran',
  ].join('|')})\b`,
)

/** Kinds of place a group of bodies may be named over ("UBND các xã, thị trấn …"), lower case with diacritics. */
export const PLACE_KIND_NAMES = 'xã|phường|đặc khu|thị trấn|thị xã|huyện|quận|thành phố|thôn|tổ dân phố|khu phố|ấp|bản|buôn'

/**
 * A site named after the place it is built in (folded, at the end of the words before the place): "quy hoạch Khu tái định
 * cư phường A" says where the site is, which every session's people may be moved to, not whose people a session is for.
 */
export const SITE_OF_PLACE = /\b(khu|diem) (tai dinh cu|dan cu|do thi|nha o)(?: [a-z0-9]+){0,2}$/

/**
 * A local level and its party committee (folded), each naming the other's place: a session of "UBND huyện A" is one "of the
 * locality" for "Ban Dân vận các huyện ủy, thị ủy, thành ủy", as "Thành ủy B" is for "UBND các huyện, thành phố".
 */
export const LOCAL_LEVELS: readonly (readonly [string, string])[] = [
  ['huyen', 'huyen uy'],
  ['quan', 'quan uy'],
  ['thi xa', 'thi uy'],
  ['thanh pho', 'thanh uy'],
]

/**
 * A mass organisation (folded) and the people it gathers: a dialogue held with them is the one it prepares when the plan
 * gives it one deadline before "the" dialogue ("Đoàn Thanh niên xã: … gửi … trước ngày tổ chức đối thoại ít nhất 07
 * ngày" beside "Đối thoại với đoàn viên, thanh niên về việc làm" and dialogues with farmers and with women).
 */
export const MEMBERS_OF: readonly (readonly [RegExp, RegExp])[] = [
  [/\b(doan thanh nien|doan tncs|(tinh|huyen|thanh|quan|thi) doan)\b/, /\b(doan vien|thanh nien)\b/],
  [/\bhoi nong dan\b/, /\bnong dan\b/],
  // (Women workers are women: "nữ công nhân, lao động" is the women's union's dialogue as much as the trade union's.)
  [/\bhoi (lien hiep )?phu nu\b|\bhoi lhpn\b/, /\bphu nu\b|\bnu (cong nhan|lao dong|nguoi lao dong|can bo|doan vien)\b/],
  [/\bhoi cuu chien binh\b|\bhoi ccb\b/, /\bcuu chien binh\b/],
  [/\b(cong doan|lien doan lao dong)\b/, /\b(cong nhan|nguoi lao dong|doan vien cong doan)\b/],
  [/\bhoi nguoi cao tuoi\b/, /\bnguoi cao tuoi\b/],
]

/** Words that end the prefix of a list of places: "Ban Thường vụ Huyện ủy Ba Tơ, Minh Long, …". */
export const PLACE_UNITS = [
  'huyen uy',
  'thi uy',
  'thanh uy',
  'quan uy',
  'dang uy',
  // "Huyện đoàn Nghi Lộc, Quỳnh Lưu": the youth union of each district, named after its place as a party committee is.
  'huyen doan',
  'thi doan',
  'thanh doan',
  'quan doan',
  'ubnd',
  'uy ban nhan dan',
  'huyen',
  'quan',
  'xa',
  'phuong',
  'dac khu',
  'thi tran',
  'thi xa',
  'thanh pho',
  // "UBND đặc khu Phú Quốc": a special zone, a level of its own since 2025, is named after its place as a district is.
  'dac khu',
  'thon',
]
// The kind of the first place after "các" ("tổ dân phố" only there), and of the next ones.
// A party committee of the place ("các Huyện ủy") and a school ("các trường THPT") are listed over their places likewise.
const SCHOOL_KIND = /trường(?: (?:THPT|THCS|PTDTNT|tiểu học|mầm non|mẫu giáo))?/
const FIRST_PLACE_KIND = new RegExp(
  String.raw`(?:xã|phường|đặc khu|huyện|quận|thị trấn|thị xã|thành phố|thôn|khu phố|tổ dân phố|ấp|khóm|xóm|bản|buôn|` +
    String.raw`huyện ủy|thị ủy|quận ủy|thành ủy|${SCHOOL_KIND.source})`,
)
// (The villages of the south and the highlands too: "Chi bộ các ấp: A, B, C", "Trưởng các buôn, bản: …".)
const NEXT_PLACE_KIND = /(?:xã|phường|đặc khu|huyện|quận|thị trấn|thị xã|thành phố|thôn|khu phố|ấp|khóm|xóm|bản|buôn)/
/**
 * "các xã, phường" after a kind of body: its places follow as a list ("Đảng ủy các xã, phường: A, B và C"); or opening
 * the name when the place's committee is the body itself ("Các huyện ủy: A, B").
 */
export const PLURAL_PLACES = new RegExp(
  String.raw`(?:^|\s+)các\s+(${FIRST_PLACE_KIND.source}(?:\s*(?:,|và)\s*${NEXT_PLACE_KIND.source})*)\s*$`,
  'i',
)
/**
 * The group a list of places belongs to, after their kind: "Đảng ủy các xã thuộc cụm 1: A, B và C", "… các phường thuộc
 * khu vực 2: …" (the group captured, as written).
 */
export const PLACES_GROUP = /\s+thuộc\s+((?:cụm|khu vực|nhóm|vùng|tuyến|địa bàn)\s+[\p{L}\d]+)$/iu
/** After the kind of places, the clause saying they are where sessions are held: "(các xã) nơi tổ chức hội nghị". */
export const HOST_PLACES =
  /\s+(?:nơi|có)\s+(?:(?:dự kiến|được chọn)\s+)?(?:tổ chức|diễn ra)\s+(?:các\s+)?(?:hội nghị|đối thoại|buổi|cuộc|phiên)[^()]{0,40}$/iu
/** "các xã, phường", "các huyện, thị xã": several kinds of place after "các", one group whose commas list no bodies. */
export const PLACE_KINDS_LISTED = new RegExp(
  String.raw`các\s+${FIRST_PLACE_KIND.source}(?:\s*,\s*${NEXT_PLACE_KIND.source})+(?![\p{L}])`,
  'giu',
)

/**
 * "các sở, ban, ngành tỉnh", "các cơ quan, đơn vị cấp huyện": kinds of body listed after "các" and closed by the level
 * they serve, one group whose commas list no bodies; a comma after the level starts the next group ("Thủ trưởng các sở,
 * ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố"). Without the level ("Các sở, ban, ngành, UBND các xã")
 * the comma may still be listing kinds, and the list is left whole.
 */
const BODY_KIND = String.raw`(?:sở|ban|ngành|phòng|đoàn thể|cơ quan|đơn vị|hội)`
export const BODY_KINDS_LISTED = new RegExp(
  String.raw`các\s+${BODY_KIND}(?:\s*,\s*${BODY_KIND})+\s+(?:cấp\s+)?(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường)(?![\p{L}])`,
  'giu',
)

/**
 * Verbs that open an obligation (lower case, with diacritics: "giao" is not "giáo"): a heading's
 * names end where one begins ("Ban Dân vận Tỉnh ủy chủ trì, …"), and a place list ends before one.
 */
export const OBLIGATION_VERBS = new RegExp(
  String.raw`^(${[
    'chủ trì|phối hợp|chỉ đạo|lãnh đạo|tổ chức|có trách nhiệm|chịu trách nhiệm|xây dựng|tham mưu|thực hiện|chuẩn bị',
    // ("cử" appoints, "cử tri" are voters: "… nơi tổ chức tiếp xúc cử tri" is no work.)
    'triển khai|tuyên truyền|theo dõi|báo cáo|tổng hợp|khảo sát|rà soát|bố trí|bảo đảm|đảm bảo|phát hành|cử(?! tri)|hướng dẫn',
    'niêm yết|thông báo|đăng tải|đưa tin|lựa chọn|lập|gửi|nắm|phân công|giao|kiểm tra|mời|dự thảo|trình|tiếp nhận|cung cấp',
    'vận động|quán triệt|định hướng|giám sát|đôn đốc|ghi|nghiên cứu|đề xuất|cập nhật|sắp xếp|chủ động|phụ trách|tham dự',
    'tham gia|trả lời|giải quyết|xử lý|tiếp thu|nắm bắt|căn cứ|tiếp tục|khẩn trương|hoàn thành|hoàn thiện|thẩm định',
    'xác minh|chi trả|thanh toán|đăng ký|ban hành|công bố|công khai|thu thập|lấy ý kiến|duy trì|tăng cường|rà soát',
    'phân loại|thống kê|cung cấp|đôn đốc|hỗ trợ|bàn giao|dự trù|dự toán|bố trí|in ấn|soạn thảo|biên soạn|tập hợp|mở|thành lập',
    // "Ban Xây dựng Đảng là cơ quan thường trực …", "Các chi bộ thường xuyên nắm …", "… có nhiệm vụ …"
    'là|thường xuyên|kịp thời|có nhiệm vụ|cần|phải|sẽ|được giao',
    'hoàn chỉnh|tổng kết|sơ kết|đánh giá|đón tiếp|tiếp đón|phục vụ|liên hệ|làm việc|bảo vệ|soạn|đề nghị|ra thông báo|xem xét',
    // "Đài truyền thanh xã phát thông báo …" (not "phát thanh", "Phát triển" of a name)
    'phát thông báo|phát sóng|phát tin',
    // "Đề nghị Đảng ủy phường A xác nhận số lượng đại biểu …": confirming to the sender, as "đăng ký" is.
    'xác nhận',
    // "Chi nhánh Văn phòng Đăng ký đất đai huyện A trích lục bản đồ, sổ mục kê …": copying the land records out.
    'trích lục|trích đo|sao lục',
    // "Văn phòng Huyện ủy dự kiến thành phần, phát hành giấy mời …": drawing up who attends.
    'dự kiến',
    // "Phòng Kế hoạch - Tài chính cân đối kinh phí nâng cấp phần mềm …": finding the money for the work.
    'cân đối',
  ].join('|')})(?![\p{L}])`,
  'u',
)

/** Standing bodies reports are sent to, beyond those the plan assigns ("Thường trực Tỉnh ủy"). Not folded. */
export const STANDING_BODY = new RegExp(
  [
    '(Thường trực|Ban Thường vụ|Văn phòng|Ban Dân vận|Bí thư) (Tỉnh|Thị|Huyện|Thành|Đảng|Quận) ủy',
    '(UBND|Ủy ban nhân dân) (tỉnh|huyện|xã|thị xã|thành phố|phường|quận)',
    'Chánh Văn phòng',
    'Chủ tịch (UBND|Ủy ban nhân dân) (tỉnh|huyện|xã|thành phố|thị xã|phường|quận)',
  ].join('|'),
  'g',
)

/** Openings of an obligation that make the heading's body a coordinator of another's task. */
export const COORDINATE_CUE = /^phoi hop (voi|cung)\b/
export const LEAD_CUE = /^chu tri\b/

/** A sentence that only says where and when the report goes ("Báo cáo gửi về … trước ngày …"): the task is the sentence before it. */
export const DELIVERY_CLAUSE = /^((tong hop,? )?bao cao (gui|ve|cho)|gui (ve|bao cao)|thoi (gian|han)|hoan thanh)/

/**
 * Labels of a task table's columns (folded) whose cells name bodies: "Cơ quan chủ trì", "Đơn vị phối hợp", "Chủ trì",
 * "Bộ phận thực hiện", "Trách nhiệm thực hiện".
 */
export const BODY_COLUMN =
  /^((co quan|don vi|bo phan|ca nhan) )?(chu tri|phoi hop|thuc hien|tham muu|dau moi|phu trach)( thuc hien)?$|^trach nhiem( thuc hien)?$/
/** Labels of a task table's column that says by when (folded): "Thời gian hoàn thành", "Thời hạn", "Tiến độ". */
export const WHEN_COLUMN = /^(thoi gian|thoi han|tien do)( (hoan thanh|thuc hien|bao cao))?$/
/**
 * The opening of a cell that says by when, in a task table ("Trước ngày 25/4", "Chậm nhất ngày …", "Hoàn thành trong
 * tháng 7", "Trước mỗi hội nghị 10 ngày", "Thường xuyên", "Quý III"). Not folded.
 */
export const WHEN_CELL_OPENS = new RegExp(
  String.raw`^(trước|chậm nhất|hoàn thành|xong|hạn|thường xuyên|định kỳ|hằng|hàng|sau|theo|khi|cuối|đầu|giữa|năm|ngay` +
    String.raw`|liên tục|kịp thời|trong|từ|ngày|tháng|quý` +
    String.raw`|dự kiến|thứ|lúc|buổi|sáng|chiều|tuần|\d)(?![\p{L}])`,
  'iu',
)

/**
 * Words that end a body's name without telling bodies apart ("… thị xã", "… tỉnh"); so the party committee or the youth
 * union of the level ("Văn phòng Tỉnh ủy", "Văn phòng Tỉnh Đoàn"), an office of the plan's issuer, not of a place.
 */
export const TRAILING_UNITS = new RegExp(
  String.raw`\s+(tinh|huyen|thi xa|thanh pho|dac khu|xa|phuong|thi tran|quan|tinh uy|thi uy|huyen uy|thanh uy|quan uy|` +
    String.raw`tinh doan|thi doan|huyen doan|thanh doan|quan doan)$`,
)

/**
 * "hội nghị đối thoại thứ hai", "buổi đối thoại thứ 2", "phiên 3": a task for one session only. (So "Đối với đối thoại lần
 * thứ hai, gửi tài liệu …": the dialogue itself with its rank said, "lần thứ" or "thứ"; not "đối thoại 03 hộ dân".)
 */
export const SESSION_ORDINAL = new RegExp(
  String.raw`\b(hoi nghi|buoi|phien|cuoc|dot|dien dan|doi thoai(?= (?:lan thu|lan|thu) ?[a-z0-9]))( doi thoai| tiep xuc| tiep cong dan)? ` +
    // "hội nghị thứ hai", "hội nghị số 4", "Đợt 2" (a bare number, not "1.2" nor a year)
    String.raw`(?:(thu|lan thu|lan|so) ?(nhat|hai|ba|tu|nam|sau|bay|tam|\d{1,2})` +
    String.raw`|(\d{1,2})(?! ?(ngay|gio|tuan|thang|nam|phut|lan)\b))\b(?![./]\d)`,
)
export const ORDINALS: Record<string, number> = { nhat: 1, hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8 }
/**
 * "trước đối thoại 6 tháng cuối năm", "kỳ đối thoại sáu tháng đầu năm" (folded): a session named by its half-year, as its
 * heading names it ("3.2. Đối thoại 6 tháng cuối năm"); group 1 the half.
 */
export const SESSION_HALF_YEAR =
  /\b(?:hoi nghi|buoi|phien|cuoc|ky|doi thoai|tiep xuc)(?: doi thoai)?(?: dinh ky)? (?:6|sau) thang (dau|cuoi) nam\b/
/** "sau buổi đối thoại cuối cùng", "hội nghị cuối cùng" (folded): the last session of the plan. */
export const LAST_SESSION = /\b(hoi nghi|buoi|phien|cuoc|dot|dien dan)( doi thoai| tiep xuc| tiep cong dan)? cuoi cung\b/

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

/**
 * Standard names of departments that hold "và" or a comma, so that a list naming them after their kind
 * ("Các sở: Văn hóa, Thể thao và Du lịch, Tài chính") is split between names, not inside one.
 */
export const DEPARTMENT_NAMES = [
  'Văn hóa, Thể thao và Du lịch',
  'Lao động - Thương binh và Xã hội',
  'Tài nguyên và Môi trường',
  'Giáo dục và Đào tạo',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
  'Kế hoạch và Đầu tư',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Tài chính - Kế hoạch',
  'Văn hóa và Thông tin',
  'Văn hóa - Thông tin',
  'Kinh tế và Hạ tầng',
  'Quản lý đô thị',
  'Dân tộc và Tôn giáo',
  'Khoa học, Công nghệ và Đổi mới sáng tạo',
]

/**
 * Words of bodies' names that hold an obligation verb ("thường xuyên" in "Trung tâm Giáo dục thường xuyên"): a
 * heading's names do not end inside them. Lower case, with diacritics.
 */
export const NAME_TERMS = [
  'giáo dục thường xuyên',
  // ("Tổ công tác bồi thường, hỗ trợ và tái định cư phường: Rà soát …": the group's standing name, not its work.)
  'bồi thường, hỗ trợ và tái định cư',
  // ("Các đơn vị sự nghiệp công lập trực thuộc Sở", "trường ngoài công lập": public, of the units' kind, not "lập" a list.)
  'công lập',
]

/**
 * The year each term (khóa) of the National Assembly opened, by its Roman numeral: its sittings (kỳ họp) come two a
 * year from then, the first two in that year ("Kỳ họp thứ 8, Quốc hội khóa XV" sits in 2021 + 3 = 2024). A news item
 * on voter meetings before or after a sitting often names no year but the sitting.
 */
export const ASSEMBLY_TERM_OPENED: Record<string, number> = { XI: 2002, XII: 2007, XIII: 2011, XIV: 2016, XV: 2021, XVI: 2026 }
/** Ordinals written as words after "thứ" (folded): "kỳ họp thứ hai"; the numbers in words, but "nhất" and "tư". */
export const ORDINAL_WORDS: Record<string, number> = { ...NUMBER_WORDS, nhat: 1, tu: 4 }

/** Text to be matched as it is inside a pattern. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A leader's title as whole words, not as the end of a deputy's ("Chủ tịch UBND tỉnh" is not "Phó Chủ tịch UBND tỉnh"). */
export const titlePattern = (words: string) => new RegExp(`(?<![a-z0-9])(?<!\\bpho )${escapeRegExp(words)}(?![a-z0-9])`)

/**
 * A text without an opening matched at its start, when what follows it begins with a capital letter; the text itself
 * otherwise. (`(?=\p{Lu})` under the `i` flag lets every letter through, lower case too: the capital is checked apart.)
 */
export function withoutOpening(text: string, opening: RegExp): string {
  const m = opening.exec(text)
  const rest = m ? text.slice(m[0].length) : ''
  return m && /^\p{Lu}/u.test(rest) ? rest : text
}
