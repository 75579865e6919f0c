## /coquan

body-list-header = Cơ quan, đơn vị của { $committee } ({ $count }):
body-list-empty = (chưa có)
body-list-manage-hint = Xem chi tiết: /coquan SỐ · Thêm: /coquan them · Sửa: /coquan sua SỐ · Xóa: /coquan xoa SỐ · Thủ trưởng: /coquan truong SỐ Tên
body-list-view-hint = Xem chi tiết: /coquan SỐ
body-details =
    { $body }
    Tên khác: { $aliases }
    Đầu mối: { $contacts }
    Nhóm: { $groups }
body-no-contacts = chưa có (tạo mã mời đầu mối bằng /moi)
body-usage = Cách dùng: /coquan · /coquan SỐ · /coquan them [Tên | Tên viết tắt | tên khác, …] · /coquan sua SỐ · /coquan xoa SỐ · /coquan truong SỐ Tên đầu mối (hoặc “-” để bỏ)
body-editing = Đang sửa: { $body }
body-ask-name = Tên đầy đủ của cơ quan, đơn vị? (ví dụ: Ban Dân vận Tỉnh ủy)
body-ask-short-name = Tên viết tắt? (ví dụ: BDVTU) Gõ “-” nếu không có.
body-ask-aliases = Các tên gọi khác, cách nhau bằng dấu phẩy? (ví dụ: Dân vận tỉnh, Ban Dân vận) Gõ “-” nếu không có.
body-button-keep = Giữ: { $value }
body-button-none = Không có
body-added = Đã thêm: { $body }. Tên khác: { $aliases }.
body-updated = Đã cập nhật: { $body }. Tên khác: { $aliases }.
body-remove-confirm = Xóa { $body } khỏi danh sách? Lịch sử nhiệm vụ của cơ quan này vẫn được giữ.
body-removed = Đã xóa: { $body }.
body-error-duplicate = “{ $word }” đã là tên hoặc tên viết tắt của cơ quan số { $number }: { $name }. Vui lòng dùng tên khác.
body-error-unknown-number = Không có cơ quan, đơn vị số { $number }. Gõ /coquan để xem danh sách.
body-error-number = “{ $value }” không phải là số thứ tự. Gõ /coquan để xem số của từng cơ quan.
body-error-not-found = Không tìm thấy cơ quan, đơn vị “{ $name }”. Gõ số thứ tự hoặc tên như trong danh sách /coquan.
body-error-short-name-too-long = Tên viết tắt dài quá { $max } ký tự.
body-error-too-many-aliases = Tối đa { $max } tên gọi khác.
body-head-mark = thủ trưởng
body-head-set = Đã ghi { $head } là thủ trưởng của { $body }. Nhiệm vụ quá hạn 4 ngày làm việc sẽ được nhắc trực tiếp đến người này.
body-head-cleared = { $body } chưa ghi thủ trưởng: nhắc hạn quá hạn sẽ gửi các đầu mối.
body-head-unknown = “{ $name }” không phải là đầu mối của cơ quan số { $number }. Các đầu mối: { $contacts }. Gõ /coquan truong { $number } và tên hoặc số thứ tự của một đầu mối.
body-head-no-contacts = Cơ quan số { $number } chưa có đầu mối nào dùng bot. Tạo mã mời đầu mối bằng /moi, rồi ghi thủ trưởng sau khi người đó tham gia.
