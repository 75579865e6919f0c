# Danh sách theo trang, bản tin và báo cáo tuần gọn trong một tin nhắn dù có bao nhiêu nhiệm vụ.

list-page-typed = Trang khác: bấm ⟵ ⟶ hoặc gõ { $command } trang SỐ
session-list-counts = Sắp tới: { $upcoming } buổi · Đã qua, đã hủy: { $past } buổi
session-detail-more-tasks = … và { $count } nhiệm vụ khác: /viec phien { $number }
digest-more-numbers = và { $count } nhiệm vụ khác
digest-more-bodies = • … và { $bodies } cơ quan, đơn vị khác: { $count } nhiệm vụ
digest-more-reviews = • … và { $count } báo cáo khác đang chờ xem xét
digest-more-sessions = • … và { $count } buổi khác: /phien
bantin-nothing = Hôm nay ({ $date }) không có gì cần báo và bản tin rỗng đang tắt (/caidat bantinrong): nhóm sẽ không nhận bản tin.
summary-more-bodies = • … và { $bodies } cơ quan, đơn vị khác: { $count } nhiệm vụ, { $overdue } quá hạn
summary-more-overdue = • … và { $count } nhiệm vụ quá hạn khác: /quahan
summary-more-sessions = • … và { $count } buổi khác: /phien
summary-more-extensions = • … và { $count } lượt gia hạn khác
reminder-more = • … và { $count } nhiệm vụ khác: /viec
