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

conversation-ambiguous-number = “{ $value }” là nút [{ $n }] “{ $label }”, hay là “{ $meaning }”? Bấm nút nếu muốn chọn nút; nếu không, gõ rõ hơn (tên, hoặc “{ $value } đại biểu”…).
conversation-kept-pick = Những gì bạn đã nhập vẫn được giữ. Chọn một mục dưới đây (gõ số hoặc tên), hoặc gõ “huỷ” để dừng:
conversation-kept-retry = Những gì bạn đã nhập vẫn được giữ. Gõ lại câu trả lời, hoặc gõ “huỷ” để dừng.
conversation-choice-range = Chỉ có các lựa chọn từ 1 đến { $max }.
conversation-choice-several = “{ $value }” khớp với nhiều lựa chọn: { $choices }. Gõ số thứ tự hoặc tên đầy đủ hơn.
choice-session = Buổi { $number }: { $topic }
choice-plan = Kế hoạch { $number }: { $plan }
session-no-plans = Chưa có kế hoạch nào, nên buổi này được ghi là đối thoại đột xuất (không thuộc kế hoạch). Muốn gắn với kế hoạch: gõ “huỷ”, tạo kế hoạch bằng /kehoach moi hoặc /nhapkehoach, rồi gõ lại /phienmoi.
submission-file-kept = Số và ngày văn bản vẫn được giữ. Gửi tệp (PDF, Word, Excel, ảnh), dán đường link http(s)://, hoặc { $buttons ->
        [no] chọn
       *[yes] bấm
    } “Bỏ qua” để tiếp tục không kèm tệp.
submit-usage = Gõ /nop SỐ NHIỆM VỤ, ví dụ /nop 3 (xem số nhiệm vụ bằng /viec).
extend-usage = Gõ /giahan SỐ NHIỆM VỤ, ví dụ /giahan 3 (xem số nhiệm vụ bằng /viec).
reschedule-inline-needs-reason = Viết thời gian mới và lý do trên một dòng, cách nhau bằng dấu “|”: /doilich { $number } { $time } | Thường trực chốt lịch — hoặc gõ /doilich { $number } để tôi hỏi từng bước.
submit-one-number = Chỉ cần gõ /nop { $number }: tôi sẽ hỏi lần lượt số, ký hiệu và ngày của văn bản, rồi tệp đính kèm hoặc đường dẫn.
extend-one-number = Chỉ cần gõ /giahan { $number }: tôi sẽ hỏi lần lượt ngày xin gia hạn và lý do.
reschedule-usage = Gõ /doilich SỐ BUỔI, ví dụ /doilich 2 (xem số buổi bằng /phien).
task-cancel-usage = Gõ /huyviec SỐ lý do, ví dụ /huyviec 3 Không còn cần thiết.
mute-usage = Gõ /tatnhac SỐ hoặc /batnhac SỐ, ví dụ /tatnhac 3.
task-list-usage = Gõ /viec phien SỐ hoặc /viec kehoach SỐ, ví dụ /viec phien 2.
error-number-missing = Thiếu số. Gõ lệnh kèm số, ví dụ /viec 3.

error-internal-after-save = Đã lưu thay đổi ({ $what }), nhưng bước sau đó gặp lỗi, nên có thể một số người hoặc nhóm chưa được báo. Đừng làm lại thao tác; xem lại bằng /viec hoặc /phien, và báo trực tiếp cho người cần biết nếu cần.
saved-what-task = nhiệm vụ
saved-what-session = buổi đối thoại
saved-what-plan = kế hoạch
saved-what-body = cơ quan, đơn vị
saved-what-member = thành viên
saved-what-invite = mã mời
saved-what-chat = nhóm
saved-what-committee = cơ quan ban hành
saved-what-calendar = ngày nghỉ
saved-what-other = thay đổi
