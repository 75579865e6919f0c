## Xuất dữ liệu (issue 16): bảng theo dõi, nhật ký thao tác, lịch đối thoại

cmd-xuat = Xuất bảng theo dõi (Excel), nhật ký, lịch đối thoại

export-usage =
    Cách dùng:
    /xuat — bảng theo dõi nhiệm vụ, ý kiến và kết luận (tệp Excel)
    /xuat nhatky TỪ ĐẾN — nhật ký thao tác trong khoảng ngày, ví dụ /xuat nhatky 01/01/2026 31/03/2026
    /xuat lich — địa chỉ lịch các buổi đối thoại để thêm vào lịch điện thoại
    /xuat lich moi — cấp địa chỉ lịch mới (địa chỉ cũ ngừng hoạt động)
export-error-tracking-forbidden = Chỉ bộ phận tham mưu và lãnh đạo được xuất bảng theo dõi. Đầu mối cơ quan, đơn vị xem nhiệm vụ của mình bằng /viec.
export-error-audit-forbidden = Chỉ bộ phận tham mưu được xuất nhật ký thao tác.
export-error-calendar-forbidden = Chỉ bộ phận tham mưu được cấp và đổi địa chỉ lịch đối thoại. Hãy đề nghị bộ phận tham mưu gửi địa chỉ cho bạn.
export-audit-usage = Gõ khoảng ngày cần xuất, ví dụ: /xuat nhatky 01/01/2026 31/03/2026
export-error-audit-range = Ngày kết thúc ({ $to }) phải sau ngày bắt đầu ({ $from }).
export-error-no-link = Nền tảng này không gửi được tệp trong trò chuyện và máy chủ chưa có địa chỉ công khai (PUBLIC_URL) để tạo đường dẫn tải về. Hãy dùng lệnh này trên Telegram hoặc đề nghị quản trị viên cấu hình PUBLIC_URL.
export-tracking-caption =
    Bảng theo dõi của { $committee }, tính đến ngày { $date }: { $tasks } nhiệm vụ ({ $sheets } trang tính), { $opinions } ý kiến, { $items } nội dung kết luận.
export-tracking-no-personal = Không kèm họ tên, địa chỉ người phát biểu (vai trò của bạn không được xem dữ liệu cá nhân).
export-audit-caption = Nhật ký thao tác của { $committee } từ ngày { $from } đến ngày { $to }: { $events } thao tác.
export-download-link =
    { $caption }

    Tải tệp tại: { $url }
    (dùng được một lần, trong { $minutes } phút)
export-calendar-made =
    Địa chỉ lịch các buổi đối thoại của { $committee }:
    { $url }

    Thêm vào lịch điện thoại: Google Lịch → Thêm lịch → Từ URL; iPhone → Cài đặt → Lịch → Tài khoản → Thêm lịch đã đăng ký. Buổi chưa chốt ngày hiện cả tháng, cả quý với dấu “dự kiến”.
    Giữ kín địa chỉ này: ai có địa chỉ đều xem được lịch. Địa chỉ chỉ hiện một lần; gõ /xuat lich moi để cấp địa chỉ mới (địa chỉ cũ ngừng hoạt động).
export-error-calendar-no-url = Máy chủ chưa có địa chỉ công khai (PUBLIC_URL), nên chưa cấp được địa chỉ lịch. Đề nghị quản trị viên cấu hình PUBLIC_URL.
export-calendar-exists = Địa chỉ lịch đã được { $name } cấp ngày { $date }. Địa chỉ chỉ hiện một lần khi cấp; nếu cần lại, gõ /xuat lich moi để cấp địa chỉ mới (địa chỉ cũ ngừng hoạt động, người đã thêm lịch phải thêm lại).

export-title = Bảng theo dõi thực hiện Kế hoạch đối thoại — { $committee } — { $date }
export-audit-title = Nhật ký thao tác — { $committee } — từ { $from } đến { $to }
export-creator = Đối thoại bot
export-sheet-plan = KH { $number } { $symbol }
export-sheet-no-plan = Ngoài kế hoạch
export-sheet-opinions = Ý kiến, kiến nghị
export-sheet-items = Nội dung kết luận
export-sheet-audit = Nhật ký

export-col-number = Số
export-col-task = Nhiệm vụ
export-col-kind = Loại nhiệm vụ
export-col-session = Buổi đối thoại
export-col-lead = Cơ quan chủ trì
export-col-coordinating = Cơ quan phối hợp
export-col-deadline-words = Thời hạn theo kế hoạch
export-col-deadline-date = Hạn theo kế hoạch
export-col-due = Hạn thực hiện
export-col-due-note = Ghi chú về hạn
export-col-document = Số, ký hiệu văn bản
export-col-document-date = Ngày văn bản
export-col-submissions = Các lần gửi văn bản
export-col-completed = Ngày hoàn thành
export-col-outcome = Kết quả
export-col-session-topic = Chủ đề buổi đối thoại
export-col-opinion-number = STT ý kiến
export-col-speaker = Người phát biểu
export-col-place = Địa chỉ, đơn vị
export-col-field = Lĩnh vực
export-col-content = Nội dung ý kiến, kiến nghị
export-col-opinion-outcome = Hình thức trả lời
export-col-answer = Nội dung trả lời
export-col-answering-body = Cơ quan trả lời
export-col-task-number = Nhiệm vụ số
export-col-answer-due = Hạn trả lời
export-col-answer-state = Kết quả trả lời
export-col-notice = Thông báo kết luận
export-col-notice-date = Ngày thông báo
export-col-item-number = Nội dung số
export-col-item = Nội dung kết luận
export-col-progress = Tiến độ (%)
export-col-progress-note = Báo cáo tiến độ gần nhất
export-col-at = Thời gian
export-col-actor = Người thực hiện
export-col-action = Thao tác
export-col-action-code = Mã thao tác
export-col-target = Đối tượng
export-col-chat = Nơi thực hiện
export-col-platform = Nền tảng
export-col-detail = Chi tiết (giá trị sau thay đổi)

export-due-provisional = dự kiến
export-due-extended = đã gia hạn
export-submission-line = { $document } ngày { $date } — { $body } ({ $review })
export-opinion-outcome-pending = chưa xác định
export-opinion-outcome-answered-at-session = trả lời tại hội nghị
export-opinion-outcome-in-writing = trả lời bằng văn bản
export-opinion-outcome-transferred = chuyển cơ quan có thẩm quyền
export-answer-transferred = Chuyển { $to }
export-answer-by = Người trả lời: { $who }
export-ongoing = thường xuyên
export-progress-note = { $date }: { $note }
export-actor-system = Hệ thống (tự động)
export-chat-group = { $title } ({ $purpose })
export-chat-purpose-committee = nhóm chung
export-chat-purpose-body = nhóm cơ quan, đơn vị
export-chat-purpose-leaders = nhóm lãnh đạo
export-chat-none = —
export-chat-none-system = hệ thống
export-chat-other-group = nhóm { $id }
export-chat-private = trò chuyện riêng với bot

audit-target-task = Nhiệm vụ số { $number }
audit-target-session = Buổi đối thoại số { $number }
audit-target-plan = Kế hoạch số { $number }
audit-target-body = Cơ quan, đơn vị số { $number }
audit-target-membership = Thành viên số { $number }
audit-target-committee = Cơ quan ban hành
audit-target-person = Người dùng
audit-target-opinion = Ý kiến
audit-target-registration = Phiếu đăng ký phát biểu
audit-target-chat = Nhóm trò chuyện
audit-target-invite = Mã mời
audit-target-calendar-day = Ngày nghỉ, ngày làm bù

audit-action-body-create = Thêm cơ quan, đơn vị
audit-action-body-update = Sửa cơ quan, đơn vị
audit-action-body-remove = Xóa cơ quan, đơn vị
audit-action-body-head = Chỉ định thủ trưởng cơ quan, đơn vị
audit-action-calendar-set = Thêm ngày nghỉ, ngày làm bù
audit-action-calendar-remove = Xóa ngày nghỉ, ngày làm bù
audit-action-chat-bind = Đăng ký nhóm
audit-action-chat-deactivate = Nhóm ngừng nhận tin
audit-action-chat-migrate = Nhóm chuyển thành siêu nhóm
audit-action-committee-create = Khởi tạo cơ quan ban hành
audit-action-committee-settings = Đổi cài đặt
audit-action-invite-create = Tạo mã mời
audit-action-invite-use = Dùng mã mời
audit-action-member-role = Đổi vai trò thành viên
audit-action-member-remove = Bỏ thành viên
audit-action-opinion-record = Ghi ý kiến
audit-action-opinion-edit = Sửa ý kiến
audit-action-opinion-outcome = Ghi kết quả trả lời ý kiến
audit-action-person-erase = Xóa dữ liệu cá nhân
audit-action-person-erase-requested = Đề nghị xóa dữ liệu cá nhân
audit-action-person-export = Xuất dữ liệu cá nhân
audit-action-person-link = Liên kết tài khoản
audit-action-personal-view = Xem dữ liệu cá nhân
audit-action-plan-create = Thêm kế hoạch
audit-action-registration-create = Đăng ký phát biểu
audit-action-session-create = Đăng ký buổi đối thoại
audit-action-session-reschedule = Đổi lịch buổi đối thoại
audit-action-session-planned = Chuyển buổi đối thoại về dự kiến
audit-action-session-scheduled = Chốt lịch buổi đối thoại
audit-action-session-held = Ghi nhận đã tổ chức buổi đối thoại
audit-action-session-concluded = Ghi nhận đã có thông báo kết luận
audit-action-session-cancelled = Hủy buổi đối thoại
audit-action-session-notice = Ghi thông báo kết luận
audit-action-session-minutes-edit = Sửa biên bản
audit-action-session-readiness-due = Đặt hạn sẵn sàng điểm cầu
audit-action-session-bridge-body = Giao điểm cầu cho cơ quan
audit-action-session-bridge-ready = Xác nhận điểm cầu sẵn sàng
audit-action-session-registration-open = Mở đăng ký phát biểu
audit-action-session-registration-close = Đóng đăng ký phát biểu
audit-action-session-registration-announce = Thông báo đăng ký phát biểu
audit-action-session-registration-merge = Gộp phiếu đăng ký trùng
audit-action-session-registration-order = Sắp xếp thứ tự phát biểu
audit-action-task-assign = Giao nhiệm vụ
audit-action-task-edit = Sửa nhiệm vụ
audit-action-task-cancel = Hủy nhiệm vụ
audit-action-task-recompute = Tính lại hạn nhiệm vụ
audit-action-task-submit = Xác nhận đã gửi văn bản
audit-action-task-accept = Chấp nhận văn bản
audit-action-task-return = Trả lại văn bản
audit-action-task-extension-request = Xin gia hạn
audit-action-task-extension-approve = Đồng ý gia hạn
audit-action-task-extension-reject = Không đồng ý gia hạn
audit-action-task-mute = Tắt nhắc hạn
audit-action-task-unmute = Bật lại nhắc hạn
audit-action-task-progress = Báo cáo tiến độ
audit-action-task-milestone = Thêm mốc công việc
audit-action-task-milestone-done = Hoàn thành mốc công việc
audit-action-task-notice-issued = Hoàn thành thông báo kết luận
audit-action-export-tracking = Xuất bảng theo dõi
audit-action-export-audit = Xuất nhật ký thao tác
audit-action-export-calendar-create = Cấp địa chỉ lịch đối thoại
audit-action-export-calendar-rotate = Cấp lại địa chỉ lịch đối thoại

download-page-title = Tải tệp
download-page-intro = { $name } ơi, tệp { $file } sẵn sàng để tải về. Đường dẫn dùng được một lần, đến { $until }.
download-page-button = Tải về
download-error-unknown = Đường dẫn tải về không đúng.
download-error-used = Tệp đã được tải về bằng đường dẫn này. Gõ lại lệnh trong trò chuyện để nhận đường dẫn mới.
download-error-expired = Đường dẫn tải về đã hết hạn. Gõ lại lệnh trong trò chuyện để nhận đường dẫn mới.

ical-name = Lịch đối thoại — { $committee }
ical-calendar-description = Các buổi đối thoại trực tiếp của { $committee }, do Đối thoại bot cập nhật.
ical-summary = { $topic }
ical-summary-provisional = [Dự kiến] { $topic }
ical-summary-cancelled = [Đã hủy] { $topic }
ical-description-session = Buổi đối thoại số { $number } — Kế hoạch { $plan }
ical-description-time = Thời gian: { $time }
ical-description-time-provisional = Thời gian dự kiến: { $time }
ical-description-held = Đã tổ chức ngày { $date }
ical-description-host = Chủ trì: { $host }
ical-description-audience = Thành phần: { $audience }
ical-description-status = Tình trạng: { $status }
ical-description-reason = Lý do: { $reason }
