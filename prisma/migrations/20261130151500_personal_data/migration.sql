-- Personal data (Law 91/2025/QH15): a person may ask for the deletion of their data (/dulieu xoa),
-- and the secretariat erases it: the person row stays, renamed, so tasks and submissions keep
-- "đầu mối đã xoá" where the name was.
ALTER TABLE "people"
    ADD COLUMN "erase_requested_at" TIMESTAMPTZ(3),
    ADD COLUMN "erased_at" TIMESTAMPTZ(3);
