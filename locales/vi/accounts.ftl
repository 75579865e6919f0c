## One person on Telegram and Zalo: /lienket, /caidat kenh

cmd-lienket = Liên kết tài khoản Telegram và Zalo của bạn

platform-name = { $platform ->
    [telegram] Telegram
    [zalo] Zalo
   *[other] cửa sổ dòng lệnh
}

link-code =
    Mã liên kết của bạn: { $code }
    Mở bot trên nền tảng kia (Telegram hoặc Zalo) và gửi: /lienket { $code }
    Mã dùng một lần, hết hạn sau { $minutes } phút. Sau khi liên kết, vai trò và cơ quan của bạn dùng chung ở cả hai nơi.
link-done =
    Đã liên kết tài khoản. Bạn dùng bot trên: { $platforms }. Vai trò và cơ quan của bạn giữ nguyên ở cả hai nơi.
    Chọn nơi nhận nhắc việc và thông báo riêng: /caidat kenh telegram, /caidat kenh zalo hoặc /caidat kenh ca-hai.
link-error-code = Mã liên kết không đúng, đã dùng hoặc đã hết hạn. Gõ /lienket ở nền tảng kia để lấy mã mới.
link-error-same-platform = Mã này cần gửi cho bot trên nền tảng kia (Telegram ↔ Zalo), không gửi ở đây.
link-error-already = Hai tài khoản này đã được liên kết với nhau.
link-error-taken = Bạn đã liên kết với một tài khoản { $platform ->
    [telegram] Telegram
    [zalo] Zalo
   *[other] khác
} khác. Mỗi người chỉ liên kết một tài khoản trên mỗi nền tảng.
link-error-not-private = Vui lòng dùng /lienket trong trò chuyện riêng với bot, không dùng trong nhóm.

channel-every = mọi nền tảng bạn dùng
channel-show =
    Nhắc việc và thông báo riêng đang gửi đến: { $channel }. Bạn dùng bot trên: { $platforms }.
    Đổi: /caidat kenh telegram · /caidat kenh zalo · /caidat kenh ca-hai
channel-changed = Đã lưu. Nhắc việc và thông báo riêng sẽ gửi đến: { $channel }. Bản tin hằng ngày vẫn gửi vào các nhóm đã đăng ký.
channel-error-unreachable = Bot chưa nhắn riêng được cho bạn trên { $platform ->
    [telegram] Telegram
    [zalo] Zalo
   *[other] nền tảng này
}. Hãy mở bot ở đó, gõ /start rồi liên kết bằng /lienket.
channel-error-value = Chọn một trong: telegram, zalo hoặc ca-hai (cả hai).
channel-error-not-private = Nơi nhận thông báo là cài đặt riêng của bạn: vui lòng gõ /caidat kenh trong trò chuyện riêng với bot.
