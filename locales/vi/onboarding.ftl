## /start, /khoitao, /moi, /dangky, /thamgia, group lifecycle

start-welcome-new =
    Xin chào { $name }! Tôi là trợ lý theo dõi Kế hoạch đối thoại trực tiếp: các buổi đối thoại, nhiệm vụ của các cơ quan, đơn vị, hạn báo cáo và bản tin nhắc việc.

    Để bắt đầu:
    • Nếu bạn được mời: gõ /thamgia kèm mã mời, ví dụ /thamgia ABCDE-FGHJK
    • Nếu bạn khởi tạo cho cơ quan mình (Ban Thường vụ, UBND, Văn phòng…): gõ /khoitao

    Thông tin của bạn (tên, tài khoản) chỉ dùng để giao việc và nhắc việc trong cơ quan. Gõ /help để xem các lệnh.
start-welcome-member =
    Xin chào { $name }! Bạn đang làm việc với: { $committee } (vai trò: { $role }).
    Gõ /help để xem các lệnh bạn dùng được.
start-group-registered = { $purpose ->
        [body] Nhóm này đã được đăng ký là nhóm của { $body } ({ $committee }). Gõ /help để xem các lệnh.
        [leaders] Nhóm này đã được đăng ký là nhóm lãnh đạo của { $committee }. Gõ /help để xem các lệnh.
       *[committee] Nhóm này đã được đăng ký là nhóm chung của { $committee }. Gõ /help để xem các lệnh.
    }

group-unregistered =
    Nhóm này chưa được đăng ký nên tôi không hiển thị dữ liệu nào ở đây.
    Cách đăng ký: cán bộ tham mưu tạo mã bằng lệnh /moi trong trò chuyện riêng với tôi, sau đó quản trị viên của nhóm gõ trong nhóm: /dangky MÃ
group-added = Cảm ơn đã thêm tôi vào nhóm. { group-unregistered }
group-readded = Tôi đã được thêm lại vào nhóm. Nhóm cần đăng ký lại bằng mã mới: quản trị viên nhóm gõ /dangky MÃ

committee-ask-name = Tên đầy đủ của cơ quan ban hành kế hoạch là gì? (ví dụ: Ban Thường vụ Tỉnh ủy Quảng Ngãi)
committee-ask-level = Cấp của cơ quan này?
committee-ask-time-zone = Múi giờ dùng để tính ngày, giờ nhắc việc? { $buttons ->
        [no] Chọn [1] để dùng
       *[yes] Bấm nút để dùng
    } { $zone }, hoặc gõ tên múi giờ khác (ví dụ Asia/Bangkok).
committee-time-zone-default = Giờ Việt Nam ({ $zone })
committee-confirm =
    Kiểm tra lại thông tin:
    • Tên: { $name }
    • Cấp: { $level }
    • Múi giờ: { $zone }
    Tạo cơ quan ban hành này?
committee-created =
    Đã khởi tạo: { $name }. Bạn là quản trị viên.
    Bước tiếp theo:
    • Thêm các cơ quan, đơn vị: /coquan them
    • Tạo mã mời đầu mối các cơ quan và mã đăng ký nhóm: /moi
committee-error-level = Cấp không hợp lệ. { $buttons ->
        [no] Vui lòng chọn một trong các lựa chọn.
       *[yes] Vui lòng chọn một nút.
    }
committee-error-time-zone = “{ $zone }” không phải là múi giờ hợp lệ. Ví dụ đúng: Asia/Ho_Chi_Minh.
committee-choose = Chọn cơ quan ban hành bạn muốn làm việc:
committee-chosen = Đang làm việc với: { $name }.

invite-purpose-committee-group = Đăng ký nhóm chung (nhận bản tin hằng ngày)
invite-purpose-body-group = Đăng ký nhóm của một cơ quan, đơn vị
invite-purpose-leaders-group = Đăng ký nhóm lãnh đạo
invite-purpose-body-contact = Mời đầu mối của một cơ quan, đơn vị
invite-purpose-leader = Mời lãnh đạo
invite-purpose-secretariat = Mời cán bộ bộ phận tham mưu
invite-ask-purpose = Mã mời dùng để làm gì?
invite-ask-body = Cơ quan, đơn vị nào? { $buttons ->
        [no] Gõ số thứ tự
       *[yes] Bấm nút, hoặc gõ số thứ tự
    }, tên hay tên viết tắt.
invite-no-bodies = Chưa có cơ quan, đơn vị nào. Hãy thêm bằng /coquan them trước.
invite-created =
    Đã tạo mã: { $purpose }
    • Cơ quan ban hành: { $committee }
invite-created-validity =
    • Hiệu lực đến: { $expires }, chỉ dùng một lần
    Mã chỉ hiện một lần này, hãy gửi cho đúng người:
invite-created-body = • Cơ quan, đơn vị: { $body }
invite-usage-group = Thêm tôi vào nhóm cần đăng ký, rồi quản trị viên của nhóm gõ trong nhóm: /dangky { $code }
invite-usage-person = Người được mời mở trò chuyện riêng với tôi và gõ: /thamgia { $code }
invite-error-format = Mã mời gồm 10 ký tự, dạng ABCDE-FGHJK. Vui lòng kiểm tra lại.
invite-error-unknown = Mã không đúng. Vui lòng kiểm tra lại hoặc xin mã mới.
invite-error-used = Mã này đã được sử dụng. Mỗi mã chỉ dùng một lần, vui lòng xin mã mới.
invite-error-expired = Mã này đã hết hạn. Vui lòng xin mã mới.
invite-error-body-removed = Cơ quan, đơn vị của mã này đã bị xóa. Vui lòng xin mã mới.
invite-error-body-required = Loại mã này cần chọn một cơ quan, đơn vị đang có.
invite-error-purpose = Loại mã không hợp lệ.
invite-error-person-code-in-group = Đây là mã mời cá nhân. Người được mời dùng /thamgia trong trò chuyện riêng với tôi.
invite-error-group-code-in-private = Đây là mã đăng ký nhóm. Quản trị viên nhóm gõ /dangky MÃ trong nhóm cần đăng ký.

register-usage = Cách dùng: /dangky MÃ (mã do bộ phận tham mưu tạo bằng /moi).
register-done = { $purpose ->
        [body] Đã đăng ký nhóm này là nhóm của { $body } ({ $committee }). Nhiệm vụ và nhắc hạn của cơ quan, đơn vị sẽ gửi vào đây.
        [leaders] Đã đăng ký nhóm này là nhóm lãnh đạo của { $committee }. Báo cáo tổng hợp hằng tuần sẽ gửi vào đây.
       *[committee] Đã đăng ký nhóm này là nhóm chung của { $committee }. Bản tin hạn việc hằng ngày sẽ gửi vào đây.
    }
register-error-not-admin = Chỉ quản trị viên của nhóm mới đăng ký được nhóm. Nhờ quản trị viên gõ /dangky MÃ.
register-error-anonymous = Bạn đang gửi ẩn danh với tư cách nhóm nên tôi không xác minh được. Hãy tắt chế độ ẩn danh quản trị viên rồi gõ lại.
register-error-not-group = Lệnh /dangky dùng trong nhóm cần đăng ký. Trong trò chuyện riêng, dùng /thamgia MÃ.
register-error-already-bound = Nhóm này đã được đăng ký cho { $committee }. Không cần đăng ký lại.

join-usage = Cách dùng: /thamgia MÃ (ví dụ /thamgia ABCDE-FGHJK).
join-error-not-private = Mã mời cá nhân chỉ dùng trong trò chuyện riêng với tôi, để mã không lộ trong nhóm.
join-done-body = Từ nay bạn là đầu mối của { $body } ({ $committee }). Tôi sẽ gửi cho bạn nhiệm vụ và nhắc hạn của cơ quan, đơn vị này.
join-done-role = Bạn đã tham gia { $committee } với vai trò { $role }.
join-kept-role = Bạn vẫn giữ vai trò { $role }.
