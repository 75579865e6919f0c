# Lines `npm start` prints (issue 10, defect 8)
startup-config-invalid = Cấu hình không hợp lệ. Sửa các biến môi trường sau rồi chạy lại:
startup-console-no-token = Chưa có BOT_TOKEN hay ZALO_BOT_TOKEN: mở cửa sổ trò chuyện thử ngay trên máy (không cần Telegram hay Zalo). Nhật ký: { $log }
startup-console-flag = Trò chuyện thử (--console): bot chạy trên máy này, không kết nối Telegram.
startup-data-dir-locked = Thư mục dữ liệu { $dir } đang được một tiến trình khác sử dụng. Cơ sở dữ liệu nhúng (PGlite) chỉ cho một tiến trình: hãy dừng bot kia trước, hoặc dùng PostgreSQL (DATABASE_URL) để chạy nhiều bản.
startup-data-dir-locked-pid = Thư mục dữ liệu { $dir } đang được một tiến trình khác sử dụng (pid { $pid }). Cơ sở dữ liệu nhúng (PGlite) chỉ cho một tiến trình: hãy dừng bot kia trước, hoặc dùng PostgreSQL (DATABASE_URL) để chạy nhiều bản.
startup-migrations-applied = Đã cập nhật cơ sở dữ liệu: { $list }
startup-migrations-none = Cơ sở dữ liệu đã ở phiên bản mới nhất.
startup-fatal = Lỗi nghiêm trọng, bot dừng
startup-backup-written = Đã ghi bản sao lưu: { $file } ({ $rows } dòng dữ liệu).
startup-restored = Đã khôi phục { $rows } dòng dữ liệu từ { $file }; áp dụng thêm { $migrations } bản cập nhật cơ sở dữ liệu.
