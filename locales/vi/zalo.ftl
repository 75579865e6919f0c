## Zalo: what differs from Telegram (no buttons, no files in the chat)

# Under numbered choices: Zalo has no buttons, the number is typed instead.
zalo-choices-hint-private = Trả lời bằng số của lựa chọn, ví dụ: 1
zalo-choices-hint-group = Để chọn, nhắc @{ $bot } kèm số của lựa chọn, ví dụ: @{ $bot } 1

# Zalo withholds some content from bots (tệp, liên kết xem trước, người gửi thuộc nhóm được bảo vệ).
zalo-unsupported = Bot chưa nhận được nội dung này qua Zalo. Vui lòng gửi tin nhắn chữ hoặc ảnh; gõ /help để xem các lệnh. Để nộp tệp báo cáo, dùng liên kết tải lên mà bot gửi khi bạn nộp báo cáo (/nop).
