## /ngaynghi

calendar-header = Ngày nghỉ, ngày làm bù năm { $year } — { $committee }:
calendar-header-provisional = Ngày nghỉ năm { $year } — { $committee } (DỰ KIẾN: chưa có thông báo chính thức, tính theo Bộ luật Lao động):
calendar-line-holiday = { $date } ({ $weekday }) — nghỉ lễ: { $name }{ $local }
calendar-line-day-off = { $date } ({ $weekday }) — nghỉ: { $name }{ $local }
calendar-line-make-up = { $date } ({ $weekday }) — làm việc (làm bù): { $name }{ $local }
calendar-local-mark = {" "}[riêng của cơ quan]
calendar-sources = Nguồn:
calendar-manage-hint = Thêm ngày nghỉ riêng: /ngaynghi nghi NGÀY Lý do · Thêm ngày làm bù: /ngaynghi lambu NGÀY Lý do · Bỏ: /ngaynghi xoa NGÀY · Năm khác: /ngaynghi 2027
calendar-view-hint = Năm khác: /ngaynghi 2027
calendar-usage = Cách dùng: /ngaynghi [năm] · /ngaynghi nghi 04/5/2026 Lý do · /ngaynghi lambu 09/5/2026 Lý do · /ngaynghi xoa 04/5/2026
calendar-removed = Đã bỏ thay đổi riêng của ngày { $date }.
calendar-day-off-added = Đã thêm ngày nghỉ riêng { $date }: { $reason }. Các hạn tính theo ngày làm việc sẽ bỏ qua ngày này.
calendar-working-day-added = Đã thêm ngày làm việc (làm bù) { $date }: { $reason }.
calendar-error-year = “{ $value }” không phải là năm hợp lệ.
calendar-error-reason = Vui lòng ghi lý do (ít nhất 3 ký tự), ví dụ: /ngaynghi nghi 04/5/2026 Lễ hội truyền thống của tỉnh
calendar-error-already-off = Ngày này đã là ngày nghỉ ({ $reason }), không cần thêm.
calendar-error-already-working = Ngày này đã là ngày làm việc, không cần thêm.
calendar-error-not-local = Ngày này không có thay đổi riêng nào để bỏ.
