## /thanhvien

member-list-header = Members of { $committee } ({ $count }):
member-list-manage-hint = Change a role or remove: /thanhvien NUMBER
member-details = { $line }
member-button-make = Make: { $role }
member-button-remove = 🗑 Remove from the list
member-role-changed = Member number { $number } is now: { $role }.
member-remove-confirm = Remove member number { $number }? They will no longer be a contact of any body.
member-removed = Removed member number { $number }.
member-error-unknown-number = There is no member number { $number }. Type /thanhvien to see the list.
member-error-number = “{ $value }” is not a member number.
member-error-role = Invalid role.
member-error-last-owner = The last owner cannot be removed. Make someone else owner first.
