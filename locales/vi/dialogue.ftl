# Names, read permissions, forgiving dialogues, dates (issue 10)

error-name-no-letter = “{ $name }” không phải là tên: tên phải có chữ cái. Vui lòng gõ lại tên bằng chữ.
error-name-symbols = “{ $name }” có ký hiệu không dùng trong tên cơ quan, đơn vị. Tên chỉ gồm chữ, số, khoảng trắng và các dấu . , - ( ) / &
error-title-no-letter = “{ $name }” chưa có nội dung: vui lòng viết bằng chữ.
error-title-symbols = “{ $name }” có biểu tượng (emoji) không dùng trong văn bản. Vui lòng viết lại bằng chữ.
error-members-only = Nội dung này chỉ dành cho thành viên của cơ quan ban hành. Thành viên nhắn riêng cho bot để xem.
body-details-public =
    { $body }
    Tên khác: { $aliases }
actor-member = một thành viên
