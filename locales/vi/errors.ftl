## Refusals shared by many commands

error-internal = Xin lỗi, đã có lỗi khi xử lý yêu cầu. Dữ liệu không bị thay đổi; vui lòng thử lại sau ít phút.
error-anonymous = Tôi không xác định được người gửi (quản trị viên ẩn danh hoặc kênh). Hãy gửi lệnh bằng tài khoản cá nhân.
error-not-member = Bạn chưa là thành viên của cơ quan ban hành này. Xin mã mời rồi gõ /thamgia MÃ.
error-forbidden = Bạn không có quyền thực hiện thao tác này. Liên hệ bộ phận tham mưu hoặc quản trị viên.
error-no-committee = Bạn chưa tham gia cơ quan ban hành nào. Gõ /thamgia MÃ nếu được mời, hoặc /khoitao để khởi tạo.
error-choose-committee = Bạn tham gia nhiều cơ quan ban hành. Gõ /chon để chọn cơ quan muốn làm việc.
error-private-only = Lệnh này chỉ dùng trong trò chuyện riêng với tôi.
error-name-too-short = Tên quá ngắn (ít nhất { $min } ký tự).
error-name-too-long = Tên dài quá { $max } ký tự.
error-name-is-command = Tên không được bắt đầu bằng dấu “/”.
error-name-abbreviation = “{ $name }” là tên viết tắt. Vui lòng gõ tên đầy đủ, ví dụ: Ủy ban nhân dân xã Hòa Vang.
body-error-not-found-suggest = Không tìm thấy cơ quan, đơn vị “{ $name }”. Có phải: { $suggestions }?
