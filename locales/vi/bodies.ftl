## /coquan

body-list-header = Cơ quan, đơn vị của { $committee } ({ $count }):
body-list-empty = (chưa có)
body-list-manage-hint = Xem chi tiết: /coquan SỐ · Thêm: /coquan them · Sửa: /coquan sua SỐ · Xóa: /coquan xoa SỐ
body-list-view-hint = Xem chi tiết: /coquan SỐ
body-details =
    { $body }
    Tên khác: { $aliases }
    Đầu mối: { $contacts }
    Nhóm: { $groups }
body-no-contacts = chưa có (tạo mã mời đầu mối bằng /moi)
body-usage = Cách dùng: /coquan · /coquan SỐ · /coquan them [Tên | Tên viết tắt | tên khác, …] · /coquan sua SỐ · /coquan xoa SỐ
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
body-error-duplicate = Trùng tên với cơ quan số { $number }: { $name }. Vui lòng dùng tên khác.
body-error-unknown-number = Không có cơ quan, đơn vị số { $number }. Gõ /coquan để xem danh sách.
body-error-number = “{ $value }” không phải là số thứ tự. Gõ /coquan để xem số của từng cơ quan.
body-error-not-found = Không tìm thấy cơ quan, đơn vị “{ $name }”. Gõ số thứ tự hoặc tên như trong danh sách /coquan.
body-error-short-name-too-long = Tên viết tắt dài quá { $max } ký tự.
body-error-too-many-aliases = Tối đa { $max } tên gọi khác.
