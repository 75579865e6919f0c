## Shared words and buttons

button-create = ✅ Tạo
button-cancel = ✖ Hủy
button-keep = Giữ lại
button-remove = 🗑 Xóa

role-owner = Quản trị viên
role-secretariat = Bộ phận tham mưu
role-leader = Lãnh đạo
role-member = Thành viên

committee-level-province = Cấp tỉnh
committee-level-district = Cấp huyện
committee-level-commune = Cấp xã
committee-level-agency = Cơ quan, đơn vị

language-name-vi = 🇻🇳 Tiếng Việt
language-name-en = 🇬🇧 English
language-choose = Chọn ngôn ngữ:
language-changed = Đã chuyển sang tiếng Việt.

conversation-need-text = Vui lòng trả lời bằng tin nhắn chữ { $buttons ->
        [no] hoặc gõ số của một lựa chọn.
       *[yes] hoặc bấm một nút.
    } Gõ “huỷ” để dừng.
conversation-interrupted = Đã dừng thao tác đang làm dở để thực hiện lệnh mới.
conversation-too-long = Câu trả lời dài quá { $max } ký tự. Vui lòng viết ngắn hơn.

conversation-pick-button = { $buttons ->
        [no] Vui lòng gõ số thứ tự hoặc tên của một lựa chọn.
       *[yes] Vui lòng bấm một nút, hoặc gõ số thứ tự hay tên của lựa chọn.
    }
conversation-stale-button = { $buttons ->
        [no] Lựa chọn này
       *[yes] Nút này
    } không thuộc câu hỏi hiện tại. Vui lòng trả lời câu hỏi cuối cùng.
conversation-cancelled = Đã hủy, không có gì thay đổi.

cancel-done = Đã hủy thao tác đang làm. Không có gì được lưu.
cancel-nothing = Không có thao tác nào đang làm dở.

unhandled-button = { $buttons ->
        [no] Lựa chọn này
       *[yes] Nút này
    } đã hết hiệu lực. Vui lòng gõ lại lệnh.
unhandled-command = Lệnh không đúng. Gõ /help để xem các lệnh bạn dùng được ở đây.
unhandled-command-suggest = Không có lệnh { $typed }. Có phải bạn muốn gõ: { $suggestions }? Gõ /help để xem các lệnh bạn dùng được ở đây.
unhandled-text = Tôi chưa hiểu tin nhắn này. Gõ /help để xem các lệnh bạn dùng được.

button-skip = Bỏ qua
actor-system = hệ thống
weekday-0 = Chủ nhật
weekday-1 = Thứ Hai
weekday-2 = Thứ Ba
weekday-3 = Thứ Tư
weekday-4 = Thứ Năm
weekday-5 = Thứ Sáu
weekday-6 = Thứ Bảy
date-error-format = “{ $value }” không phải là ngày. Viết theo dạng ngày/tháng/năm, ví dụ 28/02/2023.
date-error-invalid = Ngày “{ $value }” không có trên lịch. Vui lòng kiểm tra lại.
button-save = 💾 Lưu
button-previous = ⟵ Trang trước
button-next = Trang sau ⟶
