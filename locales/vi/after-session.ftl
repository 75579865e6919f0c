## Sau buổi đối thoại: đăng ký phát biểu, điểm cầu, ý kiến, biên bản, thông báo kết luận, theo dõi thực hiện, báo cáo định kỳ

cmd-dk = Đăng ký phát biểu, đặt câu hỏi bằng mã buổi đối thoại
cmd-phatbieu = Danh sách đăng ký phát biểu của một buổi
cmd-diemcau = Điểm cầu trực tuyến và xác nhận sẵn sàng
cmd-ykien = Ý kiến tại buổi đối thoại và kết quả trả lời
cmd-bienban = Biên bản buổi đối thoại (.docx)
cmd-ketluan = Thông báo kết luận và các nội dung kết luận
cmd-tiendo = Tiến độ thực hiện nhiệm vụ
cmd-mocviec = Mốc thực hiện của nhiệm vụ
cmd-baocao = Báo cáo 6 tháng, báo cáo năm (.docx)

task-kind-conclusion-follow-up = Thực hiện kết luận
task-kind-opinion-answer = Trả lời ý kiến bằng văn bản
task-number-short = NV số { $number }

## Lĩnh vực
field-land = Đất đai, tài nguyên, môi trường
field-economy = Kinh tế, nông nghiệp, thương mại
field-infrastructure = Xây dựng, giao thông, hạ tầng
field-social = Văn hóa, xã hội, y tế, giáo dục
field-policy = Chính sách, chế độ, an sinh
field-party = Xây dựng Đảng, chính quyền, cán bộ
field-security = Quốc phòng, an ninh, trật tự
field-admin = Thủ tục hành chính
field-other = Lĩnh vực khác
field-none = chưa xếp lĩnh vực

## Đăng ký phát biểu (người dân, đại biểu)
registration-usage = Gõ /dk và mã đăng ký của buổi đối thoại, ví dụ: /dk K7P2QX (mã có trong thông báo của cơ quan tổ chức).
registration-intro =
    📝 Đăng ký phát biểu, đặt câu hỏi — buổi đối thoại số { $number } của { $committee }:
    { $topic }
    Thời gian: { $when }
    Hạn đăng ký: { $closes }
    Thông tin của bạn chỉ bộ phận tham mưu và lãnh đạo xem được, không hiển thị cho người khác. Gõ /huy để dừng bất cứ lúc nào.
registration-ask-name = Họ và tên của bạn?
registration-ask-place = Đơn vị công tác hoặc nơi ở (thôn, tổ dân phố, xã, phường)?
registration-ask-field = Câu hỏi, ý kiến thuộc lĩnh vực nào? { $buttons ->
        [no] Chọn trong danh sách hoặc
       *[yes] Chọn một nút hoặc
    } gõ lĩnh vực.
registration-ask-content = Nội dung câu hỏi, ý kiến, kiến nghị của bạn (viết đầy đủ, tối đa 1.000 ký tự):
registration-ask-mode = Bạn muốn phát biểu trực tiếp tại buổi đối thoại hay chỉ gửi bằng văn bản?
registration-mode-speak = 🎤 Phát biểu tại buổi đối thoại
registration-mode-written = ✉️ Chỉ gửi bằng văn bản
registration-mode-speak-short = phát biểu
registration-mode-written-short = văn bản
registration-ask-phone = Số điện thoại để cơ quan liên hệ khi cần (không bắt buộc):
registration-done = ✅ Đã ghi nhận đăng ký số { $number } cho buổi đối thoại số { $session }. Cảm ơn bạn. Nội dung sẽ được chuyển cơ quan có trách nhiệm chuẩn bị trả lời.
registration-error-code = Không tìm thấy buổi đối thoại có mã “{ $code }”. Vui lòng kiểm tra lại mã trong thông báo.
registration-error-closed = Đã hết hạn đăng ký phát biểu cho buổi đối thoại số { $number } (đóng lúc { $closed }). Bạn có thể gửi ý kiến trực tiếp tại buổi đối thoại qua thư ký hội nghị.
registration-error-name = Vui lòng ghi họ và tên (từ 2 đến 100 ký tự).
registration-error-place = Vui lòng ghi đơn vị hoặc nơi ở (ví dụ: thôn Thanh Hòa, xã Phổ An).
registration-error-content = Nội dung quá ngắn. Vui lòng ghi rõ câu hỏi hoặc ý kiến (ít nhất 10 ký tự).
registration-error-phone = Số điện thoại chưa đúng (ví dụ: 0905123456). { $buttons ->
        [no] Chọn
       *[yes] Bấm
    } “Bỏ qua” nếu không muốn để lại số.
registration-error-too-many = Mỗi người đăng ký tối đa { $max } nội dung cho một buổi đối thoại.
registration-error-unknown = Buổi đối thoại số { $session } không có đăng ký số { $number }.
registration-error-session-over = Buổi đối thoại số { $number } đã tổ chức hoặc đã hủy, không mở đăng ký được.
registration-error-close-needed = Buổi đối thoại số { $number } chưa có ngày cụ thể. Ghi thời hạn đăng ký, ví dụ: /phatbieu { $number } mo 17h00 20/3/2023
registration-error-close-past = Thời hạn đăng ký phải sau thời điểm hiện tại.
registration-error-not-open = Buổi đối thoại số { $number } chưa mở đăng ký hoặc đã hết hạn. Mở bằng /phatbieu { $number } mo
registration-error-not-active = Đăng ký số { $number } đã được gộp hoặc đã rút, không thao tác được.
registration-error-recorded = Đăng ký số { $number } đã được ghi thành ý kiến tại buổi đối thoại.
registration-error-assigned = Đăng ký số { $number } đã giao chuẩn bị trả lời (nhiệm vụ số { $task }).
registration-merge-usage = Cách gộp: /phatbieu SỐ_BUỔI gop SỐ_GIỮ_LẠI SỐ_TRÙNG … (ví dụ: /phatbieu 1 gop 2 5)
registration-assign-usage = Cách giao: /phatbieu SỐ_BUỔI giao SỐ_ĐĂNG_KÝ CƠ QUAN [| hạn] (ví dụ: /phatbieu 1 giao 3 BCHQS | chậm nhất ngày 20/3/2023)
registration-order-usage = Cách xếp thứ tự: /phatbieu SỐ_BUỔI thutu 3 1 4 (mỗi số một lần)
registration-task-title = Chuẩn bị trả lời câu hỏi số { $number } (buổi đối thoại số { $session }): { $content }
registration-default-deadline = chậm nhất { $days } ngày làm việc trước khi tổ chức đối thoại
registration-announce =
    📣 Đăng ký phát biểu, đặt câu hỏi tại buổi đối thoại số { $number }:
    { $topic }
    Đăng ký tại: { $link }
    hoặc nhắn cho bot: /dk { $code }
    Hạn đăng ký: { $closes }. Thông tin người đăng ký chỉ bộ phận tham mưu và lãnh đạo xem được.
registration-order-mark = (thứ tự { $order })
registration-merged-mark = (đã gộp vào số { $number })
registration-withdrawn-mark = (đã rút)
registration-recorded-mark = ✔ đã ghi ý kiến

## /phatbieu (bộ phận tham mưu)
speakers-usage = Cách dùng: /phatbieu SỐ_BUỔI · mo [hạn] · dong · gui · gop · giao · thutu · xuat. Ví dụ: /phatbieu 1 mo 17h00 20/3/2023
speakers-header = 📝 Đăng ký phát biểu — buổi đối thoại số { $number }: { $topic } ({ $count })
speakers-open = Đang mở, mã { $code }, hạn { $closes }.
speakers-closed = Đã đóng (mã { $code }, hạn { $closes }).
speakers-not-open = Chưa mở đăng ký.
speakers-field = ▸ { $field } ({ $count }):
speakers-none = (chưa có đăng ký)
speakers-hint-manage = Gộp trùng: /phatbieu { $number } gop 2 5 · giao chuẩn bị: /phatbieu { $number } giao 3 CƠ QUAN · thứ tự: /phatbieu { $number } thutu 3 1 · xuất danh sách: /phatbieu { $number } xuat · gửi vào các nhóm: /phatbieu { $number } gui
speakers-hint-view = Xuất danh sách: /phatbieu { $number } xuat
speakers-hint-body = Các câu hỏi giao cơ quan bạn chuẩn bị trả lời (không hiển thị thông tin người đăng ký).
speakers-opened =
    ✅ Đã mở đăng ký phát biểu cho buổi đối thoại số { $number } đến { $closes }.
    Mã đăng ký: { $code }
    Đường link: { $link }
    Gửi thông báo vào các nhóm: /phatbieu { $number } gui
speakers-closed-now = Đã đóng đăng ký phát biểu của buổi đối thoại số { $number }.
speakers-announced = Đã gửi hướng dẫn đăng ký của buổi đối thoại số { $number } vào { $groups } nhóm.
speakers-merged = Đã gộp đăng ký số { $merged } vào số { $keep }.
speakers-assigned = Đã giao chuẩn bị trả lời câu hỏi số { $number } cho { $body }: nhiệm vụ số { $task }, hạn { $due } («{ $words }»).
speakers-ordered = Thứ tự phát biểu của buổi đối thoại số { $number }: { $order }.
speakers-exported = Danh sách đăng ký phát biểu buổi đối thoại số { $number } ({ $count } người).

## Điểm cầu
bridge-usage = Cách dùng: /diemcau SỐ_BUỔI · han 16h00 22/5/2022 · giao SỐ_ĐIỂM CƠ QUAN · sansang SỐ_ĐIỂM [| họ tên, điện thoại cán bộ phụ trách]
bridge-header = 📡 Điểm cầu — buổi đối thoại số { $number }: { $topic }
bridge-due = Hạn xác nhận sẵn sàng: { $at }
bridge-no-due = Chưa đặt hạn xác nhận (/diemcau SỐ han …).
bridge-line = { $number }. { $place } ({ $body }) — phòng họp { $room } · thử kết nối { $connection } · phụ trách: { $liaison } — { $ready }
bridge-ready-at = sẵn sàng từ { $at }
bridge-not-ready = chưa sẵn sàng
bridge-hint = Xác nhận: /diemcau { $number } sansang SỐ_ĐIỂM · giao cơ quan phụ trách: /diemcau { $number } giao SỐ_ĐIỂM CƠ QUAN
bridge-due-set = Đã đặt hạn xác nhận điểm cầu của buổi đối thoại số { $number }: { $at }.
bridge-body-set = Điểm cầu { $number } ({ $place }) do { $body } phụ trách xác nhận.
bridge-ask-room = Điểm cầu { $place }: phòng họp, trang thiết bị đã sẵn sàng chưa?
bridge-ask-connection = Đã thử kết nối với điểm cầu trung tâm chưa?
bridge-ask-liaison = Cán bộ phụ trách điểm cầu trong buổi đối thoại (họ tên, số điện thoại):
bridge-yes = Đã xong
bridge-no = Chưa
bridge-confirmed-ready = ✅ Điểm cầu { $number } ({ $place }) đã sẵn sàng.
bridge-confirmed-not-ready = Đã ghi nhận. Điểm cầu { $number } ({ $place }) chưa sẵn sàng đầy đủ; xác nhận lại khi xong.
bridge-error-no-points = Buổi đối thoại số { $number } không tổ chức trực tuyến hoặc chưa có điểm cầu.
bridge-error-unknown = Buổi đối thoại số { $session } không có điểm cầu số { $number }.
bridge-error-not-yours = Bạn không phụ trách điểm cầu { $number } ({ $place }). Liên hệ bộ phận tham mưu.
bridge-error-liaison = Vui lòng ghi họ tên cán bộ phụ trách (và số điện thoại), ví dụ: Nguyễn Văn B, 0905123456.
bridge-error-due-needed = Buổi đối thoại số { $number } chưa có ngày cụ thể. Ghi hạn, ví dụ: /diemcau { $number } han 16h00 22/5/2022
session-bridge-summary = 📡 Điểm cầu sẵn sàng: { $ready }/{ $total } — xem /diemcau { $number }

## Ý kiến tại buổi đối thoại
opinion-usage = Cách dùng: /ykien SỐ_BUỔI (xem) · /ykien SỐ_BUỔI ghi (ghi ý kiến) · /ykien SỐ_BUỔI sua SỐ_Ý_KIẾN noidung|traloi|nguoi|noi|linhvuc …
opinion-edit-usage = Cách sửa: /ykien SỐ_BUỔI sua SỐ_Ý_KIẾN noidung|traloi|nguoi|noi|linhvuc NỘI DUNG MỚI
opinion-header = 🗣 Ý kiến tại buổi đối thoại số { $number }: { $topic } ({ $count })
opinion-mine-header = 🗣 Ý kiến cơ quan bạn trả lời ({ $count }):
opinion-session-mark = [Buổi { $number }]
opinion-none = (chưa có ý kiến)
opinion-hint-manage = Ghi tiếp: /ykien { $number } ghi · biên bản: /bienban { $number } · kết luận: /ketluan { $number }
opinion-hint-view = Biên bản: /bienban { $number } · kết luận: /ketluan { $number }
opinion-button-record = ➕ Ghi ý kiến
opinion-unnamed = Người phát biểu không nêu tên
opinion-chair = Chủ trì hội nghị
opinion-outcome-at-session = đã trả lời tại hội nghị ({ $who })
opinion-outcome-in-writing = { $body } trả lời bằng văn bản — nhiệm vụ số { $task }, hạn { $due } — { $state }
opinion-outcome-transferred = ngoài thẩm quyền, chuyển { $to }
opinion-outcome-pending = chưa xác định cách trả lời
opinion-ask-registration = Có { $count } đăng ký chưa ghi. Chọn người đang phát biểu, gõ số đăng ký, hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Ý kiến mới”.
opinion-button-new = ➕ Ý kiến mới (không đăng ký trước)
opinion-error-registration-pick = Không có đăng ký số đó trong danh sách chưa ghi. { $buttons ->
        [no] Chọn trong danh sách hoặc
       *[yes] Chọn một nút hoặc
    } gõ đúng số.
opinion-ask-content-registered =
    { $name } ({ $place }) đã đăng ký:
    “{ $content }”
    Gõ nội dung đã phát biểu nếu khác, hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Giữ nguyên”.
opinion-button-keep = Giữ nguyên
opinion-ask-speaker = Người phát biểu (họ tên)? { $buttons ->
        [no] Chọn
       *[yes] Bấm
    } “Bỏ qua” nếu không nêu tên.
opinion-ask-place = Đơn vị hoặc nơi ở của người phát biểu?
opinion-ask-content = Nội dung ý kiến (tóm tắt):
opinion-ask-field = Lĩnh vực? Chọn hoặc gõ.
opinion-ask-outcome = Kết quả trả lời ý kiến này?
opinion-button-at-session = ✅ Đã trả lời tại hội nghị
opinion-button-in-writing = 📝 Trả lời bằng văn bản
opinion-button-transferred = ↪️ Ngoài thẩm quyền, chuyển
opinion-button-pending = ⏳ Xác định sau
opinion-ask-who = Ai trả lời? Chọn cơ quan, { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Chủ trì hội nghị”, hoặc gõ (ví dụ: Bí thư Thị ủy).
opinion-ask-answer = Tóm tắt nội dung trả lời ({ $buttons ->
        [no] chọn
       *[yes] bấm
    } “Bỏ qua” nếu không ghi):
opinion-ask-body = Cơ quan nào trả lời bằng văn bản?
opinion-ask-deadline = Thời hạn trả lời? Mặc định { $days } ngày làm việc kể từ khi kết thúc buổi đối thoại; hoặc gõ thời hạn (ví dụ: chậm nhất ngày 30/4/2023).
opinion-button-default-deadline = { $days } ngày làm việc (mặc định)
opinion-ask-transfer = Chuyển đến cơ quan, cấp nào có thẩm quyền?
opinion-recorded = ✅ Đã ghi ý kiến số { $number }: { $outcome }.
opinion-ask-next = Ghi ý kiến tiếp theo?
opinion-button-more = ➕ Ghi tiếp
opinion-button-done = ✔ Xong
opinion-sitting-done = Đã xong. Xem lại: /ykien { $session } · biên bản: /bienban { $session }
opinion-edited = Đã sửa ý kiến số { $number } của buổi đối thoại số { $session }.
opinion-answer-rule = trong thời hạn { $days } ngày làm việc kể từ khi kết thúc buổi đối thoại
opinion-task-title = Trả lời bằng văn bản ý kiến số { $number } (buổi đối thoại số { $session }): { $content }
opinion-task-cancelled-reason = Ý kiến không còn trả lời bằng văn bản theo nhiệm vụ này
opinion-error-content = Ý kiến chưa có nội dung. Vui lòng ghi nội dung ý kiến.
opinion-error-body = Trả lời bằng văn bản cần có cơ quan trả lời.
opinion-error-transfer = Vui lòng ghi cơ quan, cấp có thẩm quyền được chuyển đến.
opinion-error-unknown = Buổi đối thoại số { $session } không có ý kiến số { $number }.
opinion-error-answered = Ý kiến số { $number } đã được trả lời bằng văn bản, không đổi được kết quả.
opinion-error-session-cancelled = Buổi đối thoại số { $number } đã hủy.

## Biên bản
minutes-usage = Cách dùng: /bienban SỐ_BUỔI (tải biên bản) · /bienban SỐ_BUỔI chutri|thuky|thanhphan|diadiem|batdau|ketthuc|ketluan NỘI DUNG
minutes-caption = Biên bản buổi đối thoại số { $number } (bản { $version }): { $opinions } ý kiến · chủ trì: { $chair } · thư ký: { $secretary } · từ { $start } đến { $end }. Sửa: /bienban { $number } chutri|thuky|thanhphan|diadiem|batdau|ketthuc|ketluan …
minutes-changed = Đã cập nhật { $field } trong biên bản buổi đối thoại số { $number } (bản { $version }). Tải lại: /bienban { $number }
minutes-error-empty = Nội dung không được để trống.
minutes-field-start-time = giờ bắt đầu
minutes-field-end-time = giờ kết thúc
minutes-field-place = địa điểm
minutes-field-chair = người chủ trì
minutes-field-secretary = thư ký
minutes-field-participants = thành phần tham dự
minutes-field-closing-remarks = kết luận của chủ trì

## Đã tổ chức, thông báo kết luận
held-ask-date = Buổi đối thoại số { $number } tổ chức ngày nào? Chọn hoặc gõ ngày (ví dụ 24/3/2023).
held-today = Hôm nay ({ $date })
held-planned = Đúng lịch ({ $date })
held-error-future = Ngày tổ chức không thể sau hôm nay.
held-done = ✅ Buổi đối thoại số { $number } đã tổ chức ngày { $date }.
held-notice-task = Thông báo kết luận: nhiệm vụ số { $number } — { $body } — hạn { $due } (theo kế hoạch: «{ $words }»).
held-moved = { $count } hạn nhiệm vụ tính theo buổi đối thoại đã được tính lại theo ngày tổ chức.
held-reports-created = Đã giao báo cáo 6 tháng và báo cáo năm { $year }: nhiệm vụ số { $tasks }.
held-reports-need-body = Chưa giao báo cáo định kỳ năm { $year }: chưa rõ cơ quan thường trực. Giao bằng /baocao lich { $year } TÊN CƠ QUAN
held-next = Tiếp theo: ghi ý kiến /ykien { $number } ghi · biên bản /bienban { $number } · thông báo kết luận /ketluan { $number }
held-ask-notice-body = Kế hoạch chưa nêu hạn thông báo kết luận. Cơ quan nào dự thảo, trình thông báo kết luận?
held-ask-notice-rule = Thời hạn trình thông báo kết luận, tính từ khi kết thúc buổi đối thoại (ví dụ: trong thời hạn 07 ngày làm việc kể từ khi kết thúc)?
held-default-rule = 07 ngày làm việc sau buổi đối thoại
held-default-rule-words = trong thời hạn 07 ngày làm việc kể từ khi kết thúc buổi đối thoại
held-notice-later = Giao sau bằng /giaoviec (loại “Thông báo kết luận”).
held-error-rule = Thời hạn “{ $text }” phải tính từ khi kết thúc buổi đối thoại, ví dụ: trong thời hạn 07 ngày làm việc kể từ khi kết thúc.
held-error-notice-exists = Buổi đối thoại này đã có nhiệm vụ thông báo kết luận (số { $number }).
held-notice-task-title = Dự thảo, trình ban hành thông báo kết luận buổi đối thoại số { $session }
held-notice-due =
    ✅ Buổi đối thoại số { $session } ({ $topic }) đã tổ chức ngày { $held }.
    Thông báo kết luận — nhiệm vụ số { $number }: hạn { $due } («{ $words }»).

notice-ask-number = Số, ký hiệu thông báo kết luận của buổi đối thoại số { $number } (ví dụ 125-TB/TU)?
notice-use-submitted = Dùng văn bản đã nộp: { $document } ngày { $date }
notice-ask-date = Ngày ban hành thông báo kết luận?
notice-ask-file = Gửi kèm tệp thông báo kết luận (PDF, Word hoặc ảnh) hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Bỏ qua”.
notice-recorded = ✅ Đã ghi nhận thông báo kết luận { $document } của buổi đối thoại số { $number }.
notice-task-completed = Nhiệm vụ thông báo kết luận số { $tasks } đã hoàn thành.
notice-none = Buổi đối thoại số { $number } chưa có thông báo kết luận.
notice-button-record = 📄 Ghi nhận thông báo kết luận
notice-header = 📄 Thông báo kết luận { $document } ngày { $date } — buổi đối thoại số { $number }: { $topic } (tệp: { $file }) — { $count } nội dung kết luận:
notice-hint = Tiến độ: /tiendo SỐ_NHIỆM_VỤ · thêm kết luận: /ketluan SỐ_BUỔI them
conclusion-usage = Cách dùng: /ketluan SỐ_BUỔI · /ketluan SỐ_BUỔI ghi (ghi nhận thông báo) · /ketluan SỐ_BUỔI them [Nội dung | Cơ quan chủ trì | Cơ quan phối hợp hoặc - | hạn hoặc thường xuyên]
conclusion-item-usage = Cách thêm một dòng: /ketluan SỐ_BUỔI them Nội dung | Cơ quan chủ trì | Cơ quan phối hợp hoặc - | hạn (ví dụ 30/6/2023) hoặc thường xuyên
conclusion-error-not-held = Buổi đối thoại số { $number } chưa được ghi nhận đã tổ chức. Ghi nhận tại /phien { $number }.
conclusion-error-notice-exists = Buổi đối thoại số { $number } đã có thông báo kết luận. Xem: /ketluan { $number }
conclusion-error-no-notice = Chưa ghi nhận thông báo kết luận của buổi đối thoại số { $number }. Ghi nhận: /ketluan { $number } ghi
conclusion-error-date-before-session = Ngày thông báo kết luận không thể trước ngày tổ chức buổi đối thoại.
conclusion-error-content = Nội dung kết luận quá ngắn.
conclusion-error-body = Mỗi nội dung kết luận phải giao một cơ quan chủ trì thực hiện.
conclusion-task-title = Thực hiện kết luận { $position } (thông báo { $notice }): { $content }
item-ask-first = Nhập nội dung kết luận thứ nhất (mỗi nội dung giao một cơ quan chủ trì), hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Xong”.
item-ask-next = Nhập nội dung kết luận tiếp theo, hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Xong”.
item-button-done = ✔ Xong
item-button-add = ➕ Thêm nội dung kết luận
item-ask-lead = Cơ quan chủ trì thực hiện?
item-ask-coordinating = Cơ quan phối hợp (cách nhau bằng dấu phẩy), hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Không có”.
item-ask-due = Thời hạn hoàn thành (ví dụ 30/6/2023), hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Thường xuyên”.
item-due-ongoing = thường xuyên
item-ongoing = Thường xuyên
item-added = ✅ Đã thêm kết luận { $position } → nhiệm vụ số { $task } ({ $lead } chủ trì, hạn { $due }).
item-done = Đã xong. Xem: /ketluan { $session }
item-none = (chưa có nội dung kết luận)
item-line = KL{ $position }. { $content } → NV số { $task } — { $lead } — hạn { $due } — tiến độ { $progress } — { $state }

## Tiến độ, mốc
progress-ask-percent = Nhiệm vụ số { $number }: đã thực hiện được bao nhiêu phần trăm (0–100)?
progress-ask-note = Ghi chú về kết quả thực hiện ({ $buttons ->
        [no] chọn
       *[yes] bấm
    } “Bỏ qua” nếu không có):
progress-ask-evidence = Gửi kèm minh chứng (văn bản, ảnh) hoặc đường link, hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Bỏ qua”.
progress-error-percent = Tiến độ “{ $value }” không hợp lệ: phải là số từ 0 đến 100 (%).
progress-recorded = ✅ Đã ghi tiến độ nhiệm vụ số { $number }: { $percent }%.
progress-recorded-full = ✅ Đã ghi tiến độ nhiệm vụ số { $number }: 100%. Gửi văn bản báo cáo hoàn thành bằng /nop { $number } để bộ phận tham mưu xác nhận.
progress-announce = 📈 Tiến độ nhiệm vụ số { $number } (buổi đối thoại số { $session }): { $percent }% — { $title }. Ghi chú: { $note }. Minh chứng: { $evidence }.
progress-header = 📈 Nhiệm vụ số { $number }: { $title } — tiến độ { $percent }%
progress-item = Kết luận { $position } của thông báo { $notice } (buổi đối thoại số { $session })
progress-history = Các lần báo cáo tiến độ ({ $count }):
progress-line = • { $date }: { $percent }% — { $note } — minh chứng: { $evidence }
progress-hint = Báo cáo tiến độ: /tiendo { $number } 60 ghi chú · thêm mốc: /mocviec { $number } them 30/4/2023 nội dung
progress-button-report = 📈 Báo cáo tiến độ
milestone-usage = Cách dùng: /mocviec SỐ_NHIỆM_VỤ them NGÀY nội dung · /mocviec SỐ_NHIỆM_VỤ xong SỐ_MỐC
milestone-header = Các mốc ({ $count }):
milestone-line = { $number }. { $title } — hạn { $due } — { $state }
milestone-done = đã xong ngày { $date }
milestone-open = chưa đến hạn
milestone-overdue = quá hạn
milestone-added = Đã thêm mốc { $number } cho nhiệm vụ số { $task }: { $title } — hạn { $due }.
milestone-completed = Mốc { $number } của nhiệm vụ số { $task } đã xong ngày { $date }.
milestone-error-title = Vui lòng ghi nội dung của mốc.
milestone-error-after-due = Mốc không thể sau hạn của nhiệm vụ ({ $due }).
milestone-error-unknown = Nhiệm vụ số { $task } không có mốc số { $number } chưa xong.

## Tổng hợp sau đối thoại (/phien, bản tin, báo cáo tuần)
rollup-header = 🗣 Sau đối thoại:
rollup-opinions = Ý kiến: { $received } tiếp nhận · { $atSession } trả lời tại hội nghị · văn bản: { $onTime } đúng hạn, { $late } trễ hạn · { $pending } đang chờ ({ $overdue } quá hạn) · { $transferred } chuyển cơ quan có thẩm quyền
rollup-items = Kết luận: { $total } nội dung · { $done } hoàn thành ({ $late } trễ hạn) · { $inProgress } đang thực hiện ({ $ongoing } thường xuyên) · { $overdue } quá hạn
rollup-hint-manage = Ý kiến: /ykien { $number } · biên bản: /bienban { $number } · kết luận: /ketluan { $number }
rollup-hint-view = Ý kiến: /ykien { $number } · kết luận: /ketluan { $number }
session-registration-open = 📝 Đăng ký phát biểu: mã { $code }, hạn { $closes } — /phatbieu { $number }
session-registration-closed = 📝 Đăng ký phát biểu đã đóng ({ $closes }) — /phatbieu { $number }
session-registration-hint = 📝 Mở đăng ký phát biểu: /phatbieu { $number } mo

digest-after-session = 🗣 Sau đối thoại:
digest-after-line = • Buổi { $number } ({ $topic }): { $parts }
digest-after-answers = trả lời ý kiến bằng văn bản: { $overdue } quá hạn, { $due } sắp đến hạn
digest-after-items = thực hiện kết luận: { $overdue } quá hạn, { $due } sắp đến hạn
digest-bridge-points = 📡 Điểm cầu chưa xác nhận sẵn sàng ({ $count }):
digest-bridge-line = • Buổi { $session }: { $place } ({ $body }) — hạn xác nhận { $due }

summary-after-session = 🗣 SAU ĐỐI THOẠI ({ $count } buổi đã tổ chức):
summary-after-session-line = • Buổi { $number } ({ $date }): { $topic }
summary-after-session-more = … và { $count } buổi khác
summary-after-session-total = Cộng:
summary-after-chart-title = Thực hiện kết luận và trả lời ý kiến theo buổi đối thoại
summary-after-chart-subtitle = Đến ngày { $date } · { $count } buổi đã tổ chức
summary-after-chart-items = Buổi { $number } · kết luận
summary-after-chart-answers = Buổi { $number } · trả lời văn bản
summary-after-chart-empty = Chưa có kết luận hay ý kiến trả lời bằng văn bản.

## Báo cáo định kỳ
report-usage = Cách dùng: /baocao 6thang [năm] · /baocao nam [năm] (dự thảo báo cáo .docx) · /baocao lich [năm] [cơ quan thường trực] (giao nhiệm vụ báo cáo)
report-header = 📑 Báo cáo định kỳ năm { $year }:
report-no-tasks = Chưa giao báo cáo định kỳ năm { $year }. Giao: /baocao lich { $year } TÊN CƠ QUAN
report-task-line = • { $period }: nhiệm vụ số { $number }, hạn { $due } — { $status }
report-task-status-open = chưa hoàn thành
report-task-status-done = đã hoàn thành
report-task-status-cancelled = đã hủy
report-period-six-months = Báo cáo 6 tháng
report-period-annual = Báo cáo năm
report-tasks-created = ✅ Đã giao báo cáo định kỳ năm { $year }: nhiệm vụ số { $tasks }.
report-tasks-exist = Báo cáo định kỳ năm { $year } đã có: nhiệm vụ số { $tasks }.
report-task-title-six-months = Báo cáo kết quả đối thoại trực tiếp 6 tháng đầu năm { $year }
report-task-title-annual = Báo cáo kết quả đối thoại trực tiếp năm { $year }
report-rule-before = trước ngày { $day }/{ $month }/{ $year }
report-rule-by = chậm nhất ngày { $day }/{ $month }/{ $year }
report-caption = 📑 Dự thảo { $period } năm { $year } (số liệu đến ngày { $asOf }): { $held } buổi đã tổ chức, { $notHeld } buổi chưa tổ chức, { $opinions } ý kiến, { $items } nội dung kết luận, { $overdue } nội dung quá hạn. Phần hạn chế, nguyên nhân, kiến nghị để trống cho cơ quan hoàn thiện.
report-error-standing-body = Chưa rõ cơ quan thường trực theo dõi, báo cáo năm { $year }. Giao bằng: /baocao lich { $year } TÊN CƠ QUAN
report-error-future = Năm { $year } chưa bắt đầu.

settings-answer-days = • Hạn trả lời ý kiến bằng văn bản (mặc định): { $days } ngày làm việc — đổi: /caidat hantraloi 15
settings-answer-days-changed = Đã lưu. Hạn trả lời ý kiến bằng văn bản mặc định: { $days } ngày làm việc kể từ khi kết thúc buổi đối thoại.
settings-error-answer-days = “{ $value }” không hợp lệ: số ngày làm việc từ 1 đến 60.

## Lịch sử
history-session-registration-open = mở đăng ký phát biểu
history-session-registration-close = đóng đăng ký phát biểu
history-session-registration-announce = gửi hướng dẫn đăng ký phát biểu vào các nhóm
history-session-registration-merge = gộp các đăng ký trùng
history-session-registration-order = xếp thứ tự phát biểu
history-session-readiness-due = đặt hạn xác nhận điểm cầu
history-session-bridge-body = giao cơ quan phụ trách điểm cầu
history-session-bridge-ready = xác nhận tình trạng điểm cầu
history-session-minutes-edit = sửa biên bản
history-session-notice = ghi nhận thông báo kết luận
history-task-progress = báo cáo tiến độ (ghi chú: { $reason })
history-task-milestone = thêm mốc: { $reason }
history-task-milestone-done = hoàn thành một mốc
history-task-notice-issued = hoàn thành: đã ban hành thông báo kết luận

## Văn bản (.docx)
doc-nation = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
doc-motto = Độc lập - Tự do - Hạnh phúc
doc-party = ĐẢNG CỘNG SẢN VIỆT NAM
doc-place-date = ……………, ngày { $day } tháng { $month } năm { $year }
doc-place-date-blank = ……………, ngày … tháng … năm ……
doc-number = Số: { $symbol }
doc-number-blank = Số: ……
doc-recipients = Nơi nhận:
doc-none = (không có)
doc-chair = Chủ trì
doc-chair-word = chủ trì hội nghị
doc-secretary = Thư ký
doc-list-maker = Người lập danh sách
doc-speaker-list-title = DANH SÁCH ĐĂNG KÝ PHÁT BIỂU
doc-speaker-list-subject = Buổi đối thoại số { $number }: { $topic }
doc-session-when = Thời gian: { $when }
doc-session-where = Địa điểm: { $place }
doc-speaker-list-count = Tổng số: { $count } đăng ký, trong đó { $speak } người đăng ký phát biểu trực tiếp.
doc-col-order = STT
doc-col-name = Họ và tên
doc-col-place = Đơn vị, nơi ở
doc-col-field = Lĩnh vực
doc-col-content = Nội dung
doc-col-mode = Hình thức
doc-col-body = Cơ quan chuẩn bị trả lời
doc-mode-speak = Phát biểu
doc-mode-written = Văn bản
doc-merged = gộp số { $numbers }
doc-registration-number = (đăng ký số { $number })
doc-minutes-title = BIÊN BẢN
doc-minutes-subject = Hội nghị đối thoại trực tiếp: { $topic }
doc-minutes-opening = Vào lúc { $time } ngày { $date }, tại { $place }, { $committee } tổ chức hội nghị đối thoại trực tiếp.
doc-minutes-part-people = I. THÀNH PHẦN
doc-minutes-chair = - Chủ trì: { $chair }
doc-minutes-secretary = - Thư ký: { $secretary }
doc-minutes-participants = - Thành phần tham dự: { $participants }
doc-minutes-part-opinions = II. Ý KIẾN CỦA NGƯỜI THAM DỰ VÀ TRẢ LỜI ({ $count } ý kiến)
doc-opinion-of = Ý kiến của { $speaker } ({ $place }) — lĩnh vực: { $field }
doc-speaker-unnamed = người tham dự (không nêu tên)
doc-answer-at-session = Trả lời tại hội nghị ({ $who }): { $answer }
doc-answer-in-writing = Giao { $body } trả lời bằng văn bản, hạn { $due } (nhiệm vụ số { $task }).
doc-answer-transferred = Nội dung ngoài thẩm quyền, chuyển { $to } xem xét, giải quyết.
doc-answer-pending = Chủ trì tiếp thu, giao cơ quan chức năng nghiên cứu, trả lời sau.
doc-minutes-part-closing = III. KẾT LUẬN CỦA CHỦ TRÌ HỘI NGHỊ
doc-minutes-end = Hội nghị kết thúc vào lúc { $time } cùng ngày. Biên bản được lập từ dữ liệu ghi nhận tại hội nghị (bản { $version }).
doc-report-title = BÁO CÁO
doc-report-subject = Kết quả thực hiện đối thoại trực tiếp { $period }
doc-period-six-months = 6 tháng đầu năm { $year }
doc-period-annual = năm { $year }
doc-report-intro = Thực hiện kế hoạch đối thoại trực tiếp, { $committee } báo cáo kết quả thực hiện { $period } (số liệu tính đến ngày { $asOf }) như sau:
doc-report-part-results = I. KẾT QUẢ THỰC HIỆN
doc-report-sessions = 1. Tổ chức các buổi đối thoại: đã tổ chức { $held } buổi, chưa tổ chức { $notHeld } buổi theo kế hoạch
doc-report-held-line = - Buổi số { $number }: { $topic } — tổ chức ngày { $date }.
doc-report-none-held = - Chưa tổ chức buổi đối thoại nào trong kỳ.
doc-report-not-held-line = - Buổi số { $number }: { $topic } ({ $time }) — chưa tổ chức; lý do: { $reason }.
doc-report-cancelled-line = - Buổi số { $number }: { $topic } ({ $time }) — không tổ chức; lý do: { $reason }.
doc-report-opinions = 2. Tiếp nhận và trả lời ý kiến, kiến nghị
doc-report-opinions-total = Tổng số { $received } ý kiến; trả lời trực tiếp tại hội nghị { $atSession } ý kiến; giao trả lời bằng văn bản { $writing } ý kiến (đúng hạn { $onTime }, trễ hạn { $late }, đang giải quyết { $inTerm }, quá hạn { $overdue }); chuyển cơ quan có thẩm quyền { $transferred } ý kiến; còn { $pending } ý kiến chưa trả lời xong.
doc-report-items = 3. Thực hiện thông báo kết luận
doc-report-items-total = Tổng số { $total } nội dung kết luận: hoàn thành đúng hạn { $onTime }, hoàn thành trễ hạn { $late }, đang thực hiện { $inProgress } (trong đó { $ongoing } nội dung thực hiện thường xuyên), quá hạn { $overdue }.
doc-report-overdue = 4. Nội dung quá hạn chưa hoàn thành ({ $count })
doc-report-no-overdue = Không có nội dung quá hạn.
doc-report-part-limits = II. HẠN CHẾ
doc-report-part-causes = III. NGUYÊN NHÂN
doc-report-part-proposals = IV. KIẾN NGHỊ, ĐỀ XUẤT
doc-report-signer = T/M { $committee }
doc-report-recipient-above = Cơ quan cấp trên (báo cáo);
doc-report-recipient-file = Lưu văn phòng.
doc-col-total = Tổng số
doc-col-at-session = Trả lời tại hội nghị
doc-col-writing-on-time = Văn bản đúng hạn
doc-col-writing-late = Văn bản trễ hạn
doc-col-writing-open = Đang giải quyết
doc-col-transferred = Chuyển
doc-col-undecided = Chưa xử lý
doc-col-lead-body = Cơ quan chủ trì
doc-col-on-time = Đúng hạn
doc-col-late = Trễ hạn
doc-col-in-progress = Đang thực hiện
doc-col-overdue = Quá hạn
doc-col-task = Số NV
doc-col-due = Hạn
field-error-words = Hãy chọn một lĩnh vực trong danh sách (gõ số của lựa chọn) hoặc gõ tên lĩnh vực bằng chữ.
