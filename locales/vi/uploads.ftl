## One-time upload links (platforms without files in the chat: Zalo)

submit-ask-file-upload =
    Tải tệp văn bản lên tại liên kết sau (PDF, Word, Excel hoặc ảnh, tối đa 20 MB; dùng một lần trong { $minutes } phút):
    { $url }
    Hoặc dán đường link tới tệp ở nơi khác; chọn “Bỏ qua” nếu không gửi kèm.

file-upload-offer =
    Tải tệp lên tại liên kết sau (PDF, Word, Excel hoặc ảnh, tối đa 20 MB; dùng một lần trong { $minutes } phút):
    { $url }

upload-page-title = Tải tệp báo cáo lên
upload-page-intro = Xin chào { $name }. Chọn một tệp (PDF, Word, Excel hoặc ảnh, tối đa 20 MB) rồi bấm “Tải lên”. Liên kết dùng được một lần, đến { $until }.
upload-page-choose = Chọn tệp
upload-page-send = Tải lên
upload-page-done = Đã nhận tệp “{ $name }”. Hãy quay lại cuộc trò chuyện với bot để hoàn tất báo cáo.
upload-page-back = Bạn có thể đóng trang này.
upload-error-unknown = Liên kết tải lên không đúng. Vui lòng dùng liên kết bot vừa gửi.
upload-error-used = Liên kết này đã được dùng. Mỗi liên kết chỉ nhận một tệp; gõ lại /nop trong trò chuyện với bot để lấy liên kết mới.
upload-error-expired = Liên kết đã hết hạn. Gõ lại /nop trong trò chuyện với bot để lấy liên kết mới.
upload-error-empty = Chưa chọn tệp, hoặc tệp rỗng. Vui lòng chọn lại.
upload-error-too-large = Tệp lớn hơn { $max } MB. Vui lòng chọn tệp nhỏ hơn hoặc dán đường link trong trò chuyện với bot.
upload-error-kind = Tệp “{ $name }” không thuộc loại được nhận (PDF, Word, Excel, ảnh JPG hoặc PNG).
