## The dashboard (issue 16): /bangdieukhien, the page under /app/ and its views under /api/

cmd-bangdieukhien = Bảng điều khiển: số liệu, biểu đồ, các buổi đối thoại

dashboard-unavailable = Bảng điều khiển chưa được bật: máy chủ của bot chưa có địa chỉ công khai (PUBLIC_URL). Liên hệ người quản trị bot.
dashboard-open-private = 📊 Bảng điều khiển: tình hình thực hiện nhiệm vụ, các buổi đối thoại, ý kiến và kết luận. Bấm nút dưới đây để mở.
dashboard-button = 📊 Mở bảng điều khiển
dashboard-open-group = 📊 Bảng điều khiển mở trong tin nhắn riêng với bot (Telegram chỉ cho mở ứng dụng nhỏ từ tin nhắn riêng). Bấm nút dưới đây, rồi bấm «Bắt đầu».
dashboard-button-private = Mở trong tin nhắn riêng
dashboard-login-private = Để mở bảng điều khiển, hãy nhắn riêng cho { $bot } lệnh /bangdieukhien: bot sẽ gửi liên kết đăng nhập dùng một lần.
dashboard-login-link =
    📊 Bảng điều khiển: { $url }
    Liên kết dùng một lần, hết hạn sau { $minutes } phút; không chuyển cho người khác. Sau khi mở, phiên đăng nhập có hiệu lực 12 giờ.
dashboard-error-link = Liên kết đăng nhập không đúng, đã dùng hoặc đã hết hạn. Nhắn /bangdieukhien cho bot để nhận liên kết mới.
dashboard-error-unauthorized = Chưa xác thực được người dùng. Hãy mở bảng điều khiển từ nút của bot (/bangdieukhien) hoặc xin liên kết đăng nhập mới.
dashboard-error-no-committee = Bạn chưa là thành viên của cơ quan ban hành nào trên bot, nên chưa có số liệu để xem.
dashboard-error-not-your-committee = Bạn không phải là thành viên của cơ quan ban hành được chọn nên không xem được số liệu. Hãy mở lại bảng điều khiển và chọn một cơ quan ban hành mà bạn tham gia.

dashboard-title = Bảng điều khiển
dashboard-loading = Đang tải…
dashboard-no-script = Trang này cần bật JavaScript. Hãy mở lại từ nút trong Telegram hoặc liên kết bot đã gửi.
dashboard-as-of = Số liệu đến ngày { $date }
dashboard-restricted = chỉ nhiệm vụ của cơ quan, đơn vị bạn làm đầu mối
dashboard-tab-overview = Tổng quan
dashboard-tab-bodies = Cơ quan, đơn vị
dashboard-tab-tasks = Nhiệm vụ
dashboard-tab-sessions = Buổi đối thoại

dashboard-filter-committee = Cơ quan ban hành
dashboard-filter-plan = Kế hoạch
dashboard-filter-all-plans = Tất cả kế hoạch
dashboard-filter-period = Thời gian (theo hạn)
dashboard-filter-all-periods = Mọi thời gian
dashboard-filter-body = Cơ quan, đơn vị
dashboard-filter-all-bodies = Tất cả cơ quan, đơn vị
dashboard-filter-my-bodies = Các cơ quan, đơn vị của tôi
dashboard-filter-year = Năm
dashboard-period-year = Năm { $year }
dashboard-period-half = { $half ->
    [1] 6 tháng đầu năm { $year }
   *[other] 6 tháng cuối năm { $year }
}
dashboard-period-quarter = Quý { $quarter ->
    [1] I
    [2] II
    [3] III
   *[other] IV
}/{ $year }
dashboard-period-month = Tháng { $month }/{ $year }

dashboard-chart-tasks = nhiệm vụ
dashboard-chart-empty = Chưa có nhiệm vụ nào.
dashboard-classes-title = Kết quả thực hiện nhiệm vụ
dashboard-classes-note = { $total } nhiệm vụ (không tính nhiệm vụ đã hủy), trong đó { $extended } đã gia hạn.
dashboard-trend-title = Diễn biến { $weeks } tuần gần đây
dashboard-overdue-by-body-title = Nhiệm vụ quá hạn theo cơ quan chủ trì
dashboard-all-bodies = Xem bảng tất cả cơ quan, đơn vị →
dashboard-overdue-title = Nhiệm vụ quá hạn ({ $count })
dashboard-no-overdue = Không có nhiệm vụ quá hạn.
dashboard-due = hạn { $date }
dashboard-late-days = trễ { $days } ngày làm việc
dashboard-more-overdue = … và { $count } nhiệm vụ quá hạn khác →
dashboard-after-session-title = Sau đối thoại ({ $sessions } buổi đã tổ chức)
dashboard-opinions = Ý kiến, kiến nghị
dashboard-opinions-received = Tiếp nhận
dashboard-opinions-at-session = Trả lời tại hội nghị
dashboard-opinions-writing-on-time = Trả lời bằng văn bản đúng hạn
dashboard-opinions-writing-late = Trả lời bằng văn bản trễ hạn
dashboard-opinions-pending = Đang chờ trả lời
dashboard-opinions-overdue = Quá hạn trả lời
dashboard-opinions-transferred = Chuyển cơ quan có thẩm quyền
dashboard-items = Nội dung thông báo kết luận
dashboard-items-total = Tổng số
dashboard-items-done-on-time = Hoàn thành đúng hạn
dashboard-items-done-late = Hoàn thành trễ hạn
dashboard-items-in-progress = Đang thực hiện
dashboard-items-ongoing = trong đó thường xuyên
dashboard-items-overdue = Quá hạn

dashboard-body = Cơ quan, đơn vị
dashboard-total = Tổng
dashboard-bodies-note = { $count } cơ quan, đơn vị; số nhiệm vụ mỗi cơ quan chủ trì. Bấm tên để xem nhiệm vụ, bấm tiêu đề cột để sắp xếp.
dashboard-nothing = Không có gì để hiển thị.
dashboard-previous = ← Trang trước
dashboard-next = Trang sau →
dashboard-page = Trang { $page }/{ $pages }

dashboard-state-all = Tất cả
dashboard-state-open = Chưa hoàn thành
dashboard-state-overdue = Quá hạn
dashboard-state-done = Đã hoàn thành
dashboard-tasks-count = { $count } nhiệm vụ
dashboard-tasks-of-body = Nhiệm vụ do { $body } chủ trì
dashboard-tasks-of-session = Nhiệm vụ của buổi đối thoại số { $number }: { $topic }

dashboard-task-title = Nhiệm vụ số { $number }
dashboard-task-status = Tình trạng
dashboard-task-kind = Loại
dashboard-task-lead = Chủ trì
dashboard-task-coordinating = Phối hợp
dashboard-task-recipient = Gửi về
dashboard-task-cc = đồng gửi
dashboard-task-due = Hạn
dashboard-task-done-on = Hoàn thành ngày (theo ngày văn bản)
dashboard-task-session = Buổi đối thoại
dashboard-task-plan = Kế hoạch
dashboard-task-cancelled = Lý do hủy
dashboard-task-submissions = Báo cáo đã gửi
dashboard-task-extensions = Gia hạn
dashboard-task-history = Lịch sử

dashboard-sessions-title = Các buổi đối thoại năm { $year }
dashboard-sessions-count = { $count } buổi đối thoại trong năm { $year }
dashboard-month = Tháng { $month }/{ $year }
dashboard-session-undated = Chưa có thời gian cụ thể
dashboard-session-tasks = Nhiệm vụ: { $done }/{ $total } hoàn thành
dashboard-session-overdue = { $count } quá hạn
dashboard-session-points = điểm cầu sẵn sàng { $ready }/{ $total }
dashboard-session-opinions = Ý kiến: { $received } tiếp nhận, { $atSession } trả lời tại hội nghị, { $writing } trả lời bằng văn bản, { $pending } đang chờ ({ $overdue } quá hạn)
dashboard-session-items = Kết luận: { $total } nội dung, { $done } hoàn thành, { $inProgress } đang thực hiện, { $overdue } quá hạn
