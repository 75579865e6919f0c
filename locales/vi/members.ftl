## /thanhvien

member-list-header = Thành viên của { $committee } ({ $count }):
member-list-manage-hint = Đổi vai trò hoặc xóa: /thanhvien SỐ
member-details = { $line }
member-button-make = Chuyển thành: { $role }
member-button-remove = 🗑 Xóa khỏi danh sách
member-role-changed = Đã đổi vai trò của thành viên số { $number } thành { $role }.
member-remove-confirm = Xóa thành viên số { $number }? Người này sẽ không còn là đầu mối của cơ quan, đơn vị nào.
member-removed = Đã xóa thành viên số { $number }.
member-error-unknown-number = Không có thành viên số { $number }. Gõ /thanhvien để xem danh sách.
member-error-number = “{ $value }” không phải là số thứ tự thành viên.
member-error-role = Vai trò không hợp lệ.
member-error-last-owner = Không thể bỏ quản trị viên cuối cùng. Hãy chỉ định một quản trị viên khác trước.
