## /giaoviec, /viec, /nop, /giahan, review

task-due = hạn { $due }
task-no-due = không có hạn
task-due-provisional = (dự kiến)
task-due-extended = (đã gia hạn)
task-due-waits-session = chưa tính được: buổi đối thoại chưa có lịch
outcome-done-on-time = hoàn thành đúng hạn
outcome-done-late = hoàn thành trễ hạn
outcome-open-in-term = chưa hoàn thành, còn hạn
outcome-open-overdue = quá hạn
outcome-cancelled = đã hủy

task-kind-report = Báo cáo
task-kind-preparation = Chuẩn bị nội dung, tài liệu
task-kind-delegates = Danh sách đại biểu
task-kind-logistics = Hậu cần, điều kiện phục vụ
task-kind-security = Bảo đảm an ninh, trật tự
task-kind-communication = Tuyên truyền, thông tin
task-kind-conclusion-notice = Thông báo kết luận
task-kind-follow-up = Theo dõi thực hiện kết luận
task-kind-periodic-report = Báo cáo định kỳ
task-kind-other = Khác

task-ask-session = Nhiệm vụ phục vụ buổi đối thoại nào?
task-session-none = Không gắn với buổi đối thoại
task-ask-plan = Thuộc kế hoạch nào?
task-ask-title = Nội dung nhiệm vụ? (ví dụ: Báo cáo kết quả giải quyết kiến nghị của ngành giáo dục)
task-ask-kind = Loại nhiệm vụ?
task-ask-lead = Cơ quan, đơn vị chủ trì? { $buttons ->
        [no] Chọn trong danh sách, hoặc
       *[yes] Bấm nút, hoặc
    } gõ tên, tên viết tắt (BDVTU) hoặc số.
task-ask-coordinating = Các cơ quan, đơn vị phối hợp? Gõ tên, cách nhau bằng dấu phẩy, hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Không có”.
task-ask-recipient = Báo cáo gửi về cơ quan nào? Gõ tên, hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Không có”.
task-ask-cc = Đồng gửi cơ quan nào? Gõ tên, cách nhau bằng dấu phẩy, hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Không có”.
task-ask-deadline = Thời hạn? Gõ như trong kế hoạch (ví dụ: trước ngày 28/02/2023; chậm nhất 10 ngày trước khi tổ chức đối thoại; trong thời hạn 07 ngày làm việc kể từ khi kết thúc), { $buttons ->
        [no] hoặc chọn trong danh sách.
       *[yes] hoặc bấm nút.
    }
task-deadline-date = 📅 Một ngày cụ thể
task-deadline-before = ⏪ Trước buổi đối thoại N ngày
task-deadline-after = ⏩ Sau buổi đối thoại N ngày
task-deadline-none = Không có hạn
task-ask-date = Hạn chót là ngày nào? (ví dụ: 28/02/2023)
task-deadline-text-date = chậm nhất ngày { $date }
task-ask-days = Bao nhiêu ngày? (ví dụ: 10)
task-ask-unit = Tính theo ngày hay ngày làm việc?
task-unit-days = Ngày
task-unit-working-days = Ngày làm việc
task-deadline-text-before-days = chậm nhất { $n } ngày trước khi tổ chức đối thoại
task-deadline-text-before-working-days = chậm nhất { $n } ngày làm việc trước khi tổ chức đối thoại
task-deadline-text-after-days = trong thời hạn { $n } ngày kể từ khi kết thúc đối thoại
task-deadline-text-after-working-days = trong thời hạn { $n } ngày làm việc kể từ khi kết thúc đối thoại
task-deadline-no-deadline = Tôi chưa đọc được thời hạn trong “{ $text }”. Ví dụ: trước ngày 28/02/2023; chậm nhất 10 ngày trước khi tổ chức đối thoại. { $buttons ->
        [no] Hoặc chọn trong danh sách.
       *[yes] Hoặc bấm nút.
    }
task-deadline-invalid-date = “{ $text }” có ngày không có trên lịch. Vui lòng kiểm tra lại.
task-deadline-year-missing = “{ $text }” chưa có năm. Vui lòng ghi năm, ví dụ 28/02/2023.
task-deadline-empty = Vui lòng nhập thời hạn.
task-preview =
    Kiểm tra lại trước khi lưu:
    • Nội dung: { $title }
    • Loại: { $kind }
    • Chủ trì: { $lead }
    • Phối hợp: { $coordinating }
    • Gửi về: { $recipient } · Đồng gửi: { $cc }
    • Hạn: { $due } — theo kế hoạch: «{ $words }»
task-assigned = Đã giao nhiệm vụ số { $number }. Đã báo các đầu mối và { $groups } nhóm cơ quan.
task-unreachable = Chưa báo được (chưa mở trò chuyện với bot hoặc chưa có đầu mối): { $names }. Vui lòng báo trực tiếp.
task-announce =
    📌 Nhiệm vụ mới số { $number }: { $title }
    Chủ trì: { $lead }
    Hạn: { $due } — «{ $words }»
    Khi đã gửi báo cáo, chọn “{ task-button-submit }” dưới đây hoặc gõ /nop { $number }.
task-button-submit = 📤 Xác nhận đã gửi
task-button-extend = ⏳ Xin gia hạn

task-error-title = Nội dung nhiệm vụ quá ngắn (ít nhất { $min } ký tự), ví dụ: Báo cáo kết quả giải quyết kiến nghị của công dân.
task-error-deadline-unreadable = Tôi chưa đọc được thời hạn “{ $text }”. Viết ngày hoặc khoảng thời gian, ví dụ: chậm nhất ngày 20/3/2027 · trước buổi đối thoại 05 ngày làm việc · trong 07 ngày làm việc sau buổi đối thoại.
task-error-relative-needs-session = Hạn tính theo buổi đối thoại cần gắn nhiệm vụ với một buổi đối thoại.
task-error-days = Số ngày phải từ 1 đến 365.
task-error-unknown-number = Không có nhiệm vụ số { $number }. Gõ /viec để xem danh sách.
task-error-number = “{ $value }” không phải là số nhiệm vụ.
task-error-closed = Nhiệm vụ số { $number } đã hoàn thành hoặc đã hủy, không sửa được.
task-error-cancelled = Nhiệm vụ số { $number } đã bị hủy.
task-error-done = Nhiệm vụ số { $number } đã hoàn thành.
task-error-not-your-task = Nhiệm vụ số { $number } không phải của cơ quan, đơn vị bạn phụ trách.
task-error-no-bodies = Bạn chưa là đầu mối của cơ quan, đơn vị nào, nên chưa có nhiệm vụ. Xin mã mời đầu mối rồi gõ /thamgia MÃ.

task-detail-header = Nhiệm vụ số { $number } — { $outcome }
task-detail-title = Nội dung: { $title }
task-detail-text = Nguyên văn: { $text }
task-detail-kind = Loại: { $kind }
task-detail-lead = Chủ trì: { $bodies }
task-detail-coordinating = Phối hợp: { $bodies }
task-detail-recipient = Gửi về: { $recipient } · Đồng gửi: { $cc }
task-detail-due = Hạn: { $due } — theo kế hoạch: «{ $words }»
task-detail-session = Buổi đối thoại: số { $number } ({ $topic })
task-detail-cancelled = Đã hủy, lý do: { $reason }
task-detail-submissions = Báo cáo đã gửi:
task-submission-line = { $body }: văn bản số { $document } ngày { $date }, xác nhận ngày { $on } — { $review }
review-pending = chờ xem xét
review-accepted = đã chấp nhận
review-returned = trả lại, bổ sung
task-detail-extensions = Gia hạn:
task-extension-line = từ { $from } đến { $to } (lý do: { $reason }) — { $state }
extension-state-pending = chờ quyết định
extension-state-approved = đã đồng ý
extension-state-rejected = không đồng ý
task-detail-history = Lịch sử:
history-task-assign = giao nhiệm vụ
history-task-edit = sửa nhiệm vụ (lý do: { $reason })
history-task-cancel = hủy nhiệm vụ (lý do: { $reason })
history-task-recompute = tính lại hạn theo lịch mới của buổi đối thoại: { $due }
history-task-submit = { $body } xác nhận đã gửi văn bản số { $document } (ngày văn bản { $docDate }, xác nhận ngày { $on })
history-task-accept = chấp nhận văn bản số { $document } của { $body } (ngày văn bản { $docDate }, xác nhận ngày { $on }; hạn tính theo ngày văn bản)
history-task-return = trả lại văn bản số { $document } của { $body } (lý do: { $reason })
history-task-extension-request = xin gia hạn đến { $due } (lý do: { $reason })
history-task-extension-approve = đồng ý gia hạn đến { $due }
history-task-extension-reject = không đồng ý gia hạn đến { $due }

task-list-open = Nhiệm vụ chưa hoàn thành ({ $count }):
task-list-mine = Nhiệm vụ của cơ quan, đơn vị bạn phụ trách ({ $count }):
task-list-all = Tất cả nhiệm vụ ({ $count }):
task-list-overdue = Nhiệm vụ quá hạn ({ $count }):
task-list-week = Nhiệm vụ đến hạn tuần này và tuần sau ({ $count }):
task-list-body = Nhiệm vụ của { $body } ({ $count }):
task-list-session = Nhiệm vụ của buổi đối thoại ({ $count }):
task-list-plan = Nhiệm vụ của kế hoạch ({ $count }):
task-list-empty = (không có)
task-list-counts = Đúng hạn: { $onTime } · Trễ hạn: { $late } · Còn hạn: { $inTerm } · Quá hạn: { $overdue } · Đã gia hạn: { $extended }
task-list-page = Trang { $page }/{ $pages }
task-list-hint = Xem: /viec SỐ · Tất cả: /viec tatca · Theo cơ quan: /viec TÊN · Theo buổi: /viec phien SỐ · Quá hạn: /quahan · Tuần này: /tuannay
task-cancelled = Đã hủy nhiệm vụ số { $number }.
task-edit-usage = Cách dùng: /suaviec SỐ hạn mới | lý do (ví dụ: /suaviec 3 trước ngày 15/3/2023 | Thường trực đồng ý) hoặc /suaviec SỐ ten Nội dung mới | lý do
task-edited = Đã sửa nhiệm vụ số { $number }: { $title } — hạn { $due } «{ $words }».

submit-ask-number = Xác nhận đã gửi báo cáo cho nhiệm vụ số { $number }. Số, ký hiệu văn bản? (ví dụ: 45/BC-SYT)
submit-ask-date = Ngày của văn bản? (ví dụ: 20/02/2023)
submit-today = Hôm nay ({ $date })
submit-ask-file = Gửi kèm tệp văn bản (PDF, Word, Excel hoặc ảnh, tối đa 20 MB) hoặc dán đường link; { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Bỏ qua” nếu không gửi kèm.
submit-ask-note = Ghi chú thêm? { $buttons ->
        [no] Chọn
       *[yes] Bấm
    } “Bỏ qua” nếu không có.
submit-done = Đã ghi nhận { $body } gửi báo cáo cho nhiệm vụ số { $number }. Bộ phận tham mưu sẽ xem xét và báo lại.
submission-error-number = Số, ký hiệu văn bản không hợp lệ (ví dụ đúng: 45/BC-SYT).
submission-error-date-future = Ngày văn bản không thể sau hôm nay.
submission-error-date-before-task = Ngày văn bản trước ngày giao nhiệm vụ ({ $date }). Vui lòng kiểm tra lại.
submission-error-pending = Nhiệm vụ số { $number } đang có một báo cáo chờ xem xét của cơ quan bạn. Vui lòng đợi kết quả.
submission-error-unknown = Không tìm thấy báo cáo này.
submission-error-reviewed = Báo cáo này đã được xem xét rồi.
submission-error-file-too-large = Tệp lớn hơn { $max } MB. Vui lòng gửi tệp nhỏ hơn hoặc dán đường link.
submission-error-file-kind = Tệp “{ $name }” không thuộc loại nhận được. Nhận PDF, Word, Excel, OpenDocument hoặc ảnh.
submission-error-link = Vui lòng gửi tệp, dán đường link bắt đầu bằng http(s)://, hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Bỏ qua”.
submission-announce =
    📤 Nhiệm vụ số { $number }: { $title }
    { $body } xác nhận đã gửi văn bản số { $document } ngày { $date }.
    Tệp / link: { $file } · Ghi chú: { $note }
review-button-accept = ✅ Chấp nhận
review-button-return = ↩ Trả lại, bổ sung
review-ask-reason = Lý do trả lại, cần bổ sung gì?
review-reply-accepted = Đã chấp nhận báo cáo của nhiệm vụ số { $number }.
review-reply-accepted-done = Đã chấp nhận báo cáo. Nhiệm vụ số { $number } đã hoàn thành.
review-reply-returned = Đã trả lại báo cáo của nhiệm vụ số { $number } và báo cho cơ quan.
review-announce-accepted = ✅ Văn bản số { $document } của nhiệm vụ số { $number } ({ $title }) đã được chấp nhận.
review-announce-returned =
    ↩ Văn bản số { $document } của nhiệm vụ số { $number } ({ $title }) được trả lại để bổ sung.
    Lý do: { $reason }
    Sau khi bổ sung, gửi lại bằng /nop { $number }.

extend-ask-date = Nhiệm vụ số { $number } hiện có hạn { $due }. Xin gia hạn đến ngày nào?
extend-ask-reason = Lý do xin gia hạn?
extend-requested = Đã gửi đề nghị gia hạn nhiệm vụ số { $number } đến { $date }. Bộ phận tham mưu sẽ quyết định và báo lại.
extension-error-not-lead = Chỉ đầu mối của cơ quan chủ trì nhiệm vụ số { $number } mới xin gia hạn được.
extension-error-not-later = Ngày xin gia hạn phải sau hạn hiện tại.
extension-error-past = Ngày xin gia hạn đã qua.
extension-error-pending = Nhiệm vụ số { $number } đang có một đề nghị gia hạn chờ quyết định.
extension-error-unknown = Không tìm thấy đề nghị gia hạn này.
extension-error-decided = Đề nghị gia hạn này đã được quyết định rồi.
extension-button-approve = ✅ Đồng ý gia hạn
extension-button-reject = ✖ Không đồng ý
extension-announce =
    ⏳ { $body } xin gia hạn nhiệm vụ số { $number } ({ $title })
    Từ { $from } đến { $to }. Lý do: { $reason }
extension-reply-approved = Đã đồng ý gia hạn nhiệm vụ số { $number }.
extension-reply-rejected = Đã không đồng ý gia hạn nhiệm vụ số { $number }.
extension-announce-approved = ✅ Đồng ý gia hạn nhiệm vụ số { $number } ({ $title }) đến { $to }.
extension-announce-rejected = ✖ Không đồng ý gia hạn nhiệm vụ số { $number } ({ $title }). Hạn giữ nguyên.
task-list-done = Nhiệm vụ đã hoàn thành ({ $count }):
task-list-cancelled = Nhiệm vụ đã hủy ({ $count }):
task-list-kind = Nhiệm vụ theo loại ({ $count }):
task-kind-unknown = Không có loại nhiệm vụ này. Các loại: { $kinds }.
task-ask-requires-coordinators = Nhiệm vụ hoàn thành khi nào?
task-requires-coordinators-no = Khi cơ quan chủ trì gửi báo cáo được chấp nhận
task-requires-coordinators-yes = Khi cả cơ quan chủ trì và các cơ quan phối hợp đã gửi
task-announce-edited =
    ✏️ Nhiệm vụ số { $number } được điều chỉnh: { $title }
    Hạn: { $due } — «{ $words }»
    Lý do: { $reason }
task-announce-cancelled =
    ✖ Nhiệm vụ số { $number } đã được hủy: { $title }
    Lý do: { $reason }

## Daily digest
digest-header = 📋 Bản tin { $weekday }, { $date } — { $committee }
digest-overdue = ⛔ Quá hạn ({ $count }):
digest-due-today = ⏰ Đến hạn hôm nay ({ $count }):
digest-due-soon = 📅 Đến hạn trong 3 ngày làm việc tới ({ $count }):
digest-awaiting-review = 📤 Đã gửi, chờ xem xét ({ $count }):
digest-sessions = 🗓 Buổi đối thoại trong 14 ngày tới:
digest-session-window = dự kiến
digest-session-line = • Số { $number }: { $topic } — { $when } — { $done }/{ $total } nhiệm vụ đã xong
digest-footer = Chi tiết: /viec SỐ · Quá hạn: /quahan
digest-empty = 📋 Bản tin ngày { $date }: không có nhiệm vụ quá hạn hay đến hạn.
digest-truncated = … còn nữa, xem đầy đủ bằng /viec
digest-skipped-notice = ⚠️ Bản tin ngày { $date } không được gửi: bot không chạy trong khung giờ { $from }–{ $until }. Xem tình hình bằng /quahan và /tuannay.
bantin-preview = (Bản xem trước, chưa gửi vào nhóm)

## /caidat
settings-show =
    Cài đặt của { $committee }:
    • Giờ gửi bản tin hằng ngày: { $time } (ngày làm việc)
    • Gửi bù bản tin bị lỡ đến: { $until }
    • Ngày không có gì vẫn gửi một dòng: { $empty }
    • Ngôn ngữ của các nhóm: { $language }
    • Nhắc hạn các cơ quan từ: { $reminder } · không gửi gì từ: { $quiet }
    • Báo cáo tuần cho lãnh đạo: { $weeklyDay }, { $weeklyTime }
    Đổi: /caidat gioban 07:30 · /caidat guibu 11:00 · /caidat bantinrong có|không · /caidat ngonngu vi|en · /caidat gionhac 08:00 · /caidat gioyenlang 20:00 · /caidat ngaytongket thứ hai · /caidat giotongket 08:00 · /caidat kenh telegram|zalo|ca-hai
settings-changed = Đã lưu. Giờ bản tin { $time }, gửi bù đến { $until }, bản tin rỗng: { $empty }, ngôn ngữ: { $language }, nhắc hạn từ { $reminder } đến trước { $quiet }, báo cáo tuần: { $weeklyDay } lúc { $weeklyTime }.
settings-yes = có
settings-no = không
settings-usage = Cách dùng: /caidat · /caidat gioban 07:30 · /caidat guibu 11:00 · /caidat bantinrong có|không · /caidat ngonngu vi|en · /caidat gionhac 08:00 · /caidat gioyenlang 20:00 · /caidat ngaytongket thứ hai · /caidat giotongket 08:00 · /caidat kenh telegram|zalo|ca-hai
settings-error-quiet = Giờ gửi ({ $time }) phải trước giờ bắt đầu yên lặng ({ $quiet }): từ giờ đó bot không gửi tin nào đến sáng hôm sau.
settings-error-time = “{ $value }” không phải là giờ hợp lệ (ví dụ: 07:30).
settings-error-order = Giờ gửi bản tin ({ $time }) phải trước giờ gửi bù cuối cùng ({ $until }).
settings-error-yes-no = Vui lòng trả lời “có” hoặc “không”.
settings-error-language = Ngôn ngữ phải là vi hoặc en.

## /guiloi
delivery-report-header = Tin chưa chắc đã đến hoặc không gửi được trong 14 ngày qua ({ $count }):
delivery-report-unknown = • { $date } — { $kind } → { $chat }: không rõ đã đến hay chưa (mất kết nối khi gửi; không tự gửi lại). Vui lòng kiểm tra trong nhóm.
delivery-report-failed = • { $date } — { $kind } → { $chat }: không gửi được ({ $error }).
delivery-report-skipped = • { $date } — { $kind }: không gửi vì bot không chạy trong khung giờ gửi.
delivery-report-none = Trong 14 ngày qua, mọi tin đều đã gửi được.
run-kind-daily-digest = bản tin hằng ngày
run-kind-reminder = nhắc hạn
run-kind-weekly-summary = báo cáo tuần
run-kind-notice = thông báo cho văn phòng

## Reminders
reminder-header = ⏰ Nhắc hạn nhiệm vụ:
reminder-line-before = • Nhiệm vụ số { $number } ({ $body }): { $title } — hạn { $due }, còn { $days } ngày làm việc
reminder-line-due = • Nhiệm vụ số { $number } ({ $body }): { $title } — hôm nay ({ $due }) là hạn chót
reminder-line-overdue = • Nhiệm vụ số { $number } ({ $body }): { $title } — đã quá hạn { $days } ngày làm việc (hạn { $due })
reminder-footer = Khi đã gửi báo cáo: /nop SỐ · Cần thêm thời gian: /giahan SỐ
reminder-muted = Đã tắt nhắc hạn cho nhiệm vụ số { $number }. Bật lại: /batnhac { $number }
reminder-unmuted = Đã bật lại nhắc hạn cho nhiệm vụ số { $number }.
history-task-mute = tắt nhắc hạn
history-task-unmute = bật lại nhắc hạn
settings-error-weekday = “{ $value }” không phải là thứ trong tuần. Ví dụ: thứ hai, T2, chủ nhật, CN.

## Báo cáo tuần cho lãnh đạo (/tongket)
summary-header = 📊 BÁO CÁO TUẦN — { $committee }
summary-as-of = Tình hình đến { $weekday }, ngày { $date } (so với ngày { $previous }):
summary-class-line = • { $label }: { $count } ({ $change })
summary-total = Tổng số nhiệm vụ: { $count } ({ $change })
summary-by-body = Theo cơ quan chủ trì:
summary-short-on-time = đúng hạn
summary-short-late = trễ hạn
summary-short-in-term = còn hạn
summary-short-overdue = quá hạn
summary-overdue = ⛔ Nhiệm vụ quá hạn ({ $count }):
summary-overdue-line = • Số { $number } — { $body }: { $title } — quá hạn { $days } ngày làm việc (hạn { $due })
summary-no-overdue = ✅ Không có nhiệm vụ quá hạn.
summary-sessions = 🗓 Buổi đối thoại trong 30 ngày tới:
summary-session-line = • Số { $number }: { $topic } — { $when } — { $done }/{ $total } nhiệm vụ đã xong
summary-no-sessions = 🗓 Không có buổi đối thoại nào trong 30 ngày tới.
summary-extensions = ⏩ Gia hạn đã chấp thuận trong tuần ({ $count }):
summary-extension-line = • Số { $number } — { $body }: hạn { $from } → { $to }
summary-chart-caption = 📊 Nhiệm vụ theo cơ quan chủ trì, đến ngày { $date }
summary-chart-title = Tình hình thực hiện nhiệm vụ — { $committee }
summary-chart-subtitle = Đến ngày { $date } · { $total } nhiệm vụ, theo cơ quan chủ trì
summary-chart-empty = Chưa có nhiệm vụ nào.
summary-chart-others = { $count } cơ quan khác
summary-skipped-notice = ⚠️ Báo cáo tuần (dự kiến gửi ngày { $date }) không được gửi: bot không chạy trong khung giờ { $from }–{ $until }. Lãnh đạo có thể xem ngay bằng /tongket.

## Thông báo cho văn phòng
notice-chat-gone = ⚠️ Bot không còn gửi được tin vào nhóm “{ $chat }” của { $committee } (từ ngày { $since }): bot đã bị xóa khỏi nhóm hoặc bị chặn. Bản tin và nhắc hạn sẽ không đến nhóm này. Để khôi phục: thêm lại bot vào nhóm rồi đăng ký lại bằng /dangky với mã mời mới (/moi).
