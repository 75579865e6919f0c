## Command menu and /help

cmd-start = Bắt đầu, giới thiệu
cmd-help = Các lệnh bạn dùng được ở đây
cmd-khoitao = Khởi tạo cơ quan ban hành kế hoạch
cmd-thamgia = Tham gia bằng mã mời
cmd-dangky = Đăng ký nhóm này bằng mã (quản trị viên nhóm)
cmd-chon = Chọn cơ quan ban hành đang làm việc
cmd-coquan = Danh sách cơ quan, đơn vị
cmd-moi = Tạo mã mời, mã đăng ký nhóm
cmd-thanhvien = Thành viên và vai trò
cmd-lang = Đổi ngôn ngữ
cmd-huy = Hủy thao tác đang làm

help-header-private = Các lệnh bạn dùng được trong trò chuyện riêng:
help-header-group = Các lệnh bạn dùng được trong nhóm này:
help-header-unregistered = Nhóm này chưa được đăng ký. Các lệnh dùng được:
help-footer = Đang nhập dở một thao tác, gõ /huy để dừng.
cmd-kehoach = Kế hoạch: danh sách, xem, thêm
cmd-phien = Các buổi đối thoại
cmd-phienmoi = Đăng ký buổi đối thoại mới
cmd-doilich = Đổi lịch buổi đối thoại
cmd-ngaynghi = Ngày nghỉ, ngày làm bù
cmd-giaoviec = Giao nhiệm vụ cho cơ quan, đơn vị
cmd-viec = Nhiệm vụ: danh sách, xem chi tiết
cmd-quahan = Nhiệm vụ quá hạn
cmd-tuannay = Nhiệm vụ đến hạn tuần này và tuần sau
cmd-nop = Xác nhận đã gửi báo cáo
cmd-giahan = Xin gia hạn
cmd-suaviec = Sửa tên hoặc hạn của nhiệm vụ
cmd-huyviec = Hủy nhiệm vụ
cmd-bantin = Xem trước bản tin hôm nay
cmd-nhapkehoach = Nhập kế hoạch từ tệp hoặc văn bản dán vào
cmd-tongket = Báo cáo tuần cho lãnh đạo, kèm biểu đồ
cmd-caidat = Cài đặt bản tin, ngôn ngữ
cmd-guiloi = Tin không gửi được, chưa rõ đã đến
cmd-tatnhac = Tắt nhắc hạn một nhiệm vụ
cmd-batnhac = Bật lại nhắc hạn
