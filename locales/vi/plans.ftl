## /kehoach, /phienmoi, /phien, /doilich

plan-ask-symbol = Số, ký hiệu của kế hoạch? (ví dụ: 12-KH/TU) { $buttons ->
        [no] Chọn
       *[yes] Bấm
    } “Bỏ qua” nếu chưa có số.
plan-ask-title = Tên kế hoạch? (ví dụ: Kế hoạch tổ chức đối thoại trực tiếp của Bí thư Tỉnh ủy với dân năm 2023)
plan-ask-year = Kế hoạch của năm nào?
plan-ask-issued-on = Ngày ban hành? (ví dụ: 10/01/2023) { $buttons ->
        [no] Chọn
       *[yes] Bấm
    } “Bỏ qua” nếu chưa ban hành.
plan-ask-issuer = Cơ quan ban hành? { $buttons ->
        [no] Chọn trong danh sách hoặc
       *[yes] Bấm nút hoặc
    } gõ tên (ví dụ: Ban Thường vụ Tỉnh ủy).
plan-created = Đã thêm kế hoạch số { $number }: { $plan }. Đăng ký các buổi đối thoại bằng /phienmoi.
plan-error-title = Tên kế hoạch quá ngắn (ít nhất { $min } ký tự), ví dụ: Kế hoạch đối thoại năm 2027.
plan-error-year = “{ $value }” không phải là năm hợp lệ (ví dụ: 2023).
plan-error-issued-after-year = Ngày ban hành không thể sau năm của kế hoạch.
plan-error-symbol = Số, ký hiệu quá dài (tối đa 40 ký tự).
plan-error-unknown-number = Không có kế hoạch số { $number }. Gõ /kehoach để xem danh sách.
plan-error-number = “{ $value }” không phải là số kế hoạch.
plan-usage = Cách dùng: /kehoach · /kehoach SỐ · /kehoach moi [Số, ký hiệu | Tên | Năm | Ngày ban hành]
plan-line = { $number }. { $plan } ({ $sessions } buổi đối thoại)
plan-list-header = Kế hoạch của { $committee }:
plan-list-empty = (chưa có kế hoạch)
plan-list-manage-hint = Xem: /kehoach SỐ · Thêm: /kehoach moi
plan-list-view-hint = Xem: /kehoach SỐ
plan-detail =
    Kế hoạch số { $number }: { $title }
    Số, ký hiệu: { $symbol }
    Năm: { $year } · Ngày ban hành: { $issued }
    Cơ quan ban hành: { $issuer }
plan-detail-sessions = Các buổi đối thoại ({ $count }):

session-ask-plan = Buổi đối thoại thuộc kế hoạch nào?
session-plan-none = Không thuộc kế hoạch (đối thoại đột xuất)
session-ask-topic = Nội dung, chủ đề đối thoại?
session-ask-host = Người chủ trì? (ví dụ: Bí thư Tỉnh ủy)
session-ask-audience = Đối tượng tham dự? (ví dụ: Đại diện cán bộ, công chức, viên chức ngành y tế)
session-ask-count = Số lượng đại biểu dự kiến? (ví dụ: khoảng 150)
session-count-unlimited = Không giới hạn
session-ask-time =
    Thời gian tổ chức? Có thể gõ:
    • ngày cụ thể: 15/8/2023 8h00 hoặc 8h30 ngày 15/8
    • tháng: tháng 8/2023 · quý: Quý III/2023 hoặc Q3
    • quý kèm tháng dự kiến: Quý III/2023, dự kiến tháng 8
    • chưa xác định
session-ask-format = Hình thức tổ chức?
session-format-in_person = Trực tiếp
session-format-online = Trực tuyến (điểm cầu)
session-format-alternatives = Hai phương án: trực tiếp hoặc trực tuyến
session-ask-venue = Địa điểm tổ chức trực tiếp? (ví dụ: Hội trường Tỉnh ủy, số 146 Lê Trung Đình)
session-ask-central = Điểm cầu trung tâm? (ví dụ: Phòng họp A – Ban Thường vụ Tỉnh ủy)
session-ask-locals = Các điểm cầu địa phương, mỗi điểm một dòng hoặc cách nhau bằng dấu chấm phẩy? { $buttons ->
        [no] Chọn
       *[yes] Bấm
    } “Bỏ qua” nếu không có.
session-created = Đã đăng ký buổi đối thoại số { $number }. Xem: /phien { $number }
session-error-topic = Nội dung đối thoại quá ngắn (ít nhất { $min } ký tự), ví dụ: Đối thoại với thanh niên về việc làm.
session-error-people-is-time = “{ $text }” là thời gian, không phải người hay đơn vị. Thời gian tổ chức sẽ hỏi ở bước sau; ở bước này gõ chức danh hoặc tên (ví dụ: Chủ tịch UBND xã), hoặc chọn “Bỏ qua”.
session-error-count = Số lượng đại biểu phải là một số (ví dụ: 150), hoặc “không giới hạn”.
session-error-central-point = Hình thức trực tuyến cần có điểm cầu trung tâm.
session-error-venue = Hình thức trực tiếp cần có địa điểm.
session-error-unknown-number = Không có buổi đối thoại số { $number }. Gõ /phien để xem danh sách.
session-error-number = “{ $value }” không phải là số buổi đối thoại. Gõ /phien để xem số của từng buổi.
session-error-closed = Buổi đối thoại số { $number } đã hủy hoặc đã kết luận, không đổi lịch được.
session-error-reason = Vui lòng ghi lý do (ít nhất 3 ký tự).
session-error-status = Không thể chuyển buổi đối thoại số { $number } sang trạng thái này.
session-time-invalid-date = “{ $text }” có ngày không có trên lịch (ví dụ 31/2). Vui lòng kiểm tra lại.
session-time-invalid-month = “{ $text }”: tháng phải từ 1 đến 12.
session-time-invalid-quarter = “{ $text }”: quý phải là I, II, III hoặc IV (1 đến 4).
session-time-invalid-hour = “{ $text }”: giờ không hợp lệ (ví dụ đúng: 8h30).
session-time-year-missing = “{ $text }” chưa có năm. Vui lòng ghi năm, ví dụ 15/8/2023.
session-time-unreadable = Tôi chưa đọc được thời gian “{ $text }”. Ví dụ: 15/8/2023 8h00, tháng 8/2023, Quý III/2023, chưa xác định.
session-time-before-plan = Thời gian này trước năm { $year } của kế hoạch. Vui lòng kiểm tra lại.
session-when-unscheduled = chưa xác định
session-when-day = { $weekday }, { $date }
session-when-day-time = { $weekday }, { $date } lúc { $time }
session-when-month = tháng { $month }/{ $year } (dự kiến)
session-when-quarter = quý { $quarter }/{ $year } (dự kiến)
session-status-planned = dự kiến
session-status-scheduled = đã có lịch
session-status-held = đã tổ chức
session-status-concluded = đã có thông báo kết luận
session-status-cancelled = đã hủy
session-format-online-detail = trực tuyến — điểm cầu trung tâm: { $central }; điểm cầu địa phương: { $locals }
session-format-in-person-detail = trực tiếp tại { $venue }
session-detail-header = Buổi đối thoại số { $number } — { $status }
session-detail-topic = Nội dung: { $topic }
session-detail-plan = Kế hoạch: số { $number } ({ $plan })
session-detail-ad-hoc = Đối thoại đột xuất (không thuộc kế hoạch)
session-detail-host = Chủ trì: { $host }
session-detail-audience = Đối tượng: { $audience }
session-detail-unlimited = Số lượng: không giới hạn
session-detail-count = Số lượng: khoảng { $count } đại biểu
session-detail-count-unknown = Số lượng: chưa xác định
session-detail-when = Thời gian: { $when }
session-detail-format = Hình thức: { $format }
session-detail-reason = Lý do: { $reason }
session-detail-history = Lịch sử:
history-session-create = đăng ký buổi đối thoại
history-session-reschedule = đổi lịch sang “{ $time }” (lý do: { $reason })
history-session-held = ghi nhận đã tổ chức
history-session-concluded = ghi nhận đã có thông báo kết luận
history-session-cancelled = hủy buổi đối thoại (lý do: { $reason })
session-list-header = Các buổi đối thoại của { $committee }
session-list-upcoming = Sắp tới:
session-list-past = Đã qua, đã hủy:
session-list-none = (không có)
session-list-manage-hint = Xem: /phien SỐ · Thêm: /phienmoi · Đổi lịch: /doilich SỐ
session-list-view-hint = Xem: /phien SỐ
session-button-held = ✅ Đã tổ chức
session-button-concluded = 📄 Đã có thông báo kết luận
session-button-cancel = ✖ Hủy buổi đối thoại
session-status-changed = Buổi đối thoại số { $number }: { $status }.
reschedule-ask-time = Buổi đối thoại số { $number } hiện dự kiến: { $when }. Thời gian mới?
reschedule-ask-reason = Lý do đổi lịch?
reschedule-done = Đã đổi lịch buổi đối thoại số { $number } sang: { $when }. Đã báo { $groups } nhóm chung.
reschedule-announce =
    📅 Đổi lịch buổi đối thoại số { $number }: { $topic }
    Từ: { $from }
    Sang: { $to }
    Lý do: { $reason }
cancel-session-ask-reason = Lý do hủy buổi đối thoại số { $number }?
cancel-session-done = Đã hủy buổi đối thoại số { $number }. Đã báo { $groups } nhóm chung.
cancel-session-announce =
    ✖ Hủy buổi đối thoại số { $number }: { $topic }
    Lý do: { $reason }
reschedule-moved-header = Các hạn tính theo buổi đối thoại này đã được tính lại:
reschedule-moved-line = • Nhiệm vụ { $number } ({ $title }): { $from } → { $to } «{ $words }»
session-detail-tasks = Nhiệm vụ của buổi đối thoại ({ $count }):
