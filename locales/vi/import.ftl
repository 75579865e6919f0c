## /nhapkehoach — đọc kế hoạch

import-ask-text =
    Gửi tệp kế hoạch (Word .docx hoặc .doc, LibreOffice .odt, .pdf có chữ, Excel .xlsx, .txt, trang web .html), hoặc dán toàn văn kế hoạch — có thể qua nhiều tin nhắn — rồi gõ /xong.
    Tôi sẽ đọc các buổi đối thoại, các cơ quan, đơn vị và nhiệm vụ kèm thời hạn để đồng chí kiểm tra trước khi lưu. Gõ /huy để thôi.
import-need-text-or-file = Vui lòng gửi tệp kế hoạch hoặc dán nội dung kế hoạch; dán xong gõ /xong.
import-pasting = Đã nhận. Dán tiếp phần còn lại (nếu có), xong thì gõ /xong.
import-error-nothing-pasted = Chưa có nội dung nào. Dán nội dung kế hoạch trước, rồi gõ /xong.
import-error-too-long = Nội dung dài quá { $max } ký tự, không giống một kế hoạch. Đã dừng; gõ /nhapkehoach để làm lại.
import-error-file-too-big = Tệp lớn hơn 20 MB, tôi không tải về được. Vui lòng gửi tệp nhỏ hơn hoặc dán nội dung.
import-error-unsupported = Tôi chưa đọc được tệp “{ $name }”. Vui lòng gửi tệp Word (.docx, .doc), .odt, .pdf có chữ, Excel (.xlsx), .txt hoặc .html, hoặc dán nội dung.
import-error-scanned = Tệp “{ $name }” là bản quét (ảnh), không có chữ để đọc. Vui lòng gửi bản Word (.docx) hoặc dán nội dung kế hoạch.
import-error-locked = Tệp “{ $name }” được đặt mật khẩu nên tôi không mở được. Vui lòng gửi bản không đặt mật khẩu, hoặc dán nội dung kế hoạch.
import-error-empty = Tệp “{ $name }” không có nội dung. Vui lòng kiểm tra lại tệp.
import-error-unreadable = Tệp “{ $name }” bị lỗi hoặc không đúng định dạng. Vui lòng lưu lại tệp rồi gửi lại, hoặc dán nội dung.
import-error-nothing = Tôi không tìm thấy buổi đối thoại hay nhiệm vụ nào trong nội dung này. Nội dung có phải là một kế hoạch tổ chức đối thoại không?
import-error-impossible-date = Tôi không tìm thấy buổi đối thoại hay nhiệm vụ nào đọc được: ngày «{ $dates }» không có trên lịch. Sửa lại ngày trong văn bản rồi gửi lại.
import-error-duplicate = Kế hoạch này đã được nhập: kế hoạch số { $number } — { $title }. Xem bằng /kehoach { $number }; không nhập lần thứ hai.
import-error-duplicate-now = Kế hoạch này vừa được nhập (có thể bởi người khác). Không có gì thay đổi; xem bằng /kehoach.
import-button-save = 💾 Lưu tất cả
import-button-cancel = ✖ Hủy
import-preview-plan = 📄 { $title } (năm { $year }) — số, ký hiệu: { $number }
import-preview-sessions = 🗓 Buổi đối thoại ({ $count }):
import-preview-unscheduled = chưa có thời gian
import-preview-ad-hoc = (Kế hoạch cho phép đối thoại đột xuất khi cần thiết.)
import-preview-tasks = 📋 Nhiệm vụ ({ $count }), theo cơ quan chủ trì:
import-preview-new-body = (mới — sẽ được thêm vào danh sách)
import-preview-due-later = hạn tính khi buổi đối thoại có lịch
import-preview-warnings = ⚠️ Cần xem lại:
import-preview-help = Sửa một dòng: «bo 3» bỏ dòng 3 (hoặc «bo 3,5») · «han 3 chậm nhất ngày 10/3/2023» · «coquan 3 Ban Dân vận» · «phien 3 P2» (hoặc «phien 3 0» bỏ gắn). Đúng rồi thì { $buttons ->
        [no] chọn
       *[yes] bấm
    } 💾 Lưu tất cả.
import-edit-help = Tôi chưa hiểu yêu cầu sửa. { import-preview-help }
import-error-line = Không có dòng { $number } (các dòng nhiệm vụ từ 1 đến { $count }).
import-error-one-line = Mỗi lần chỉ sửa một dòng, ví dụ: han 3 chậm nhất ngày 10/3/2023.
import-error-session = “{ $value }” không phải là buổi đối thoại nào (từ P1 đến P{ $count }, hoặc 0 để bỏ gắn).
import-edited-dropped = Đã bỏ dòng { $lines }.
import-edited-deadline = Đã sửa thời hạn dòng { $line }.
import-edited-body = Dòng { $line }: cơ quan chủ trì là { $body }.
import-edited-session = Dòng { $line }: gắn với buổi đối thoại { $session }.
import-saved = ✅ Đã lưu kế hoạch số { $plan }: { $sessions } buổi đối thoại, { $tasks } nhiệm vụ. Cơ quan, đơn vị mới: { $bodies }. Xem: /kehoach { $plan } · /phien · /viec tatca
import-announce = 📌 Kế hoạch mới giao cho cơ quan, đơn vị của đồng chí { $count } nhiệm vụ:
import-announce-line = Số { $number }: { $title } — { $due }
import-announce-footer = Xem chi tiết: /viec SỐ · Khi đã gửi báo cáo: /nop SỐ
import-warning-no-sessions = Không tìm thấy phần nội dung, thời gian tổ chức đối thoại.
import-warning-no-execution = Không tìm thấy phần tổ chức thực hiện.
import-warning-session-time = Không đọc được thời gian của buổi đối thoại “{ $topic }”: «{ $text }».
import-warning-no-body = Mục { $number } «{ $heading }» không nêu cơ quan thực hiện: các việc trong mục này chưa được giao.
import-warning-deadline = Không đọc được thời hạn: «{ $text }». Dòng này chưa có hạn; sửa bằng «han SỐ …» nếu cần.
import-warning-impossible-date = Ngày «{ $date }» không có trên lịch nên không được đọc: kiểm tra lại văn bản (buổi đối thoại hoặc thời hạn có ngày này chưa được ghi nhận).

## Several plans in one text (issue 11)

import-several =
    Văn bản có { $count } kế hoạch:
    { $titles }
    Tôi đưa từng kế hoạch để đồng chí kiểm tra: { $buttons ->
        [no] chọn
       *[yes] bấm
    } 💾 để lưu kế hoạch đó, hoặc ⏭ để bỏ qua.
import-draft-of = 📑 Kế hoạch { $index }/{ $count }
import-button-save-one = 💾 Lưu kế hoạch này
import-button-skip = ⏭ Bỏ qua
import-skipped = Đã bỏ qua kế hoạch { $index }; không lưu gì của kế hoạch này.
import-warning-several-plans = Văn bản có { $count } kế hoạch; mỗi kế hoạch được đọc riêng.
import-warning-year-assumed = Văn bản không ghi năm nên các ngày được tính theo năm { $year }. Nếu chưa đúng, hãy hủy, thêm năm vào văn bản rồi gửi lại.
