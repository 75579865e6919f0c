## /coquan

body-list-header = Bodies of { $committee } ({ $count }):
body-list-empty = (none yet)
body-list-manage-hint = Details: /coquan NUMBER · Add: /coquan them · Edit: /coquan sua NUMBER · Remove: /coquan xoa NUMBER · Head: /coquan truong NO. Name
body-list-view-hint = Details: /coquan NUMBER
body-details =
    { $body }
    Other names: { $aliases }
    Contacts: { $contacts }
    Groups: { $groups }
body-no-contacts = none yet (invite contacts with /moi)
body-usage = Usage: /coquan · /coquan NUMBER · /coquan them [Name | Short name | other names, …] · /coquan sua NUMBER · /coquan xoa NUMBER · /coquan truong NO. contact name (or “-” to clear)
body-editing = Editing: { $body }
body-ask-name = Full name of the body? (e.g. Ban Dân vận Tỉnh ủy)
body-ask-short-name = Short name? (e.g. BDVTU) Type “-” if none.
body-ask-aliases = Other names, separated by commas? Type “-” if none.
body-button-keep = Keep: { $value }
body-button-none = None
body-added = Added: { $body }. Other names: { $aliases }.
body-updated = Updated: { $body }. Other names: { $aliases }.
body-remove-confirm = Remove { $body } from the list? Its task history is kept.
body-removed = Removed: { $body }.
body-error-duplicate = “{ $word }” is already the name or short name of body number { $number }: { $name }. Please use another name.
body-error-unknown-number = There is no body number { $number }. Type /coquan to see the list.
body-error-number = “{ $value }” is not a list number. Type /coquan to see each body's number.
body-error-not-found = No body called “{ $name }”. Type its number or name as listed by /coquan.
body-error-short-name-too-long = The short name is longer than { $max } characters.
body-error-too-many-aliases = At most { $max } other names.
body-head-mark = head
body-head-set = { $head } is now recorded as the head of { $body }. Tasks 4 working days overdue are brought to this person directly.
body-head-cleared = { $body } has no head on record: overdue reminders go to its contacts.
body-head-unknown = “{ $name }” is not a contact of body no. { $number }. Its contacts: { $contacts }. Type /coquan truong { $number } and the name or position of one of them.
body-head-no-contacts = Body no. { $number } has no contact using the bot yet. Create a contact invite with /moi, then name the head once that person has joined.
