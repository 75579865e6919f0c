## /giaoviec, /viec, /nop, /giahan, review

task-due = due { $due }
task-no-due = no deadline
task-due-provisional = (provisional)
task-due-extended = (extended)
task-due-waits-session = not yet: the session has no date
outcome-done-on-time = done on time
outcome-done-late = done late
outcome-open-in-term = open, in term
outcome-open-overdue = overdue
outcome-cancelled = cancelled

task-kind-report = Report
task-kind-preparation = Content and documents
task-kind-delegates = Delegate list
task-kind-logistics = Logistics
task-kind-security = Security
task-kind-communication = Communication
task-kind-conclusion-notice = Conclusion notice
task-kind-follow-up = Follow-up of conclusions
task-kind-periodic-report = Periodic report
task-kind-other = Other

task-ask-session = Which dialogue session is the task for?
task-session-none = No session
task-ask-plan = Which plan?
task-ask-title = What is to be done?
task-ask-kind = Kind of task?
task-ask-lead = Lead body? { $buttons ->
        [no] Pick one from the list, or
       *[yes] Press a button, or
    } type its name, short name (BDVTU) or number.
task-ask-coordinating = Coordinating bodies? Type names separated by commas, or { $buttons ->
        [no] choose
       *[yes] press
    } “None”.
task-ask-recipient = Report sent to which body? Type its name, or { $buttons ->
        [no] choose
       *[yes] press
    } “None”.
task-ask-cc = Copied to which bodies? Type names separated by commas, or { $buttons ->
        [no] choose
       *[yes] press
    } “None”.
task-ask-deadline = Deadline? Type it as the plan says (e.g. trước ngày 28/02/2023; chậm nhất 10 ngày trước khi tổ chức đối thoại), { $buttons ->
        [no] or pick one from the list.
       *[yes] or press a button.
    }
task-deadline-date = 📅 A date
task-deadline-before = ⏪ N days before the session
task-deadline-after = ⏩ N days after the session
task-deadline-none = No deadline
task-ask-date = Last day? (e.g. 28/02/2023)
task-deadline-text-date = chậm nhất ngày { $date }
task-ask-days = How many days? (e.g. 10)
task-ask-unit = Calendar days or working days?
task-unit-days = Days
task-unit-working-days = Working days
task-deadline-text-before-days = chậm nhất { $n } ngày trước khi tổ chức đối thoại
task-deadline-text-before-working-days = chậm nhất { $n } ngày làm việc trước khi tổ chức đối thoại
task-deadline-text-after-days = trong thời hạn { $n } ngày kể từ khi kết thúc đối thoại
task-deadline-text-after-working-days = trong thời hạn { $n } ngày làm việc kể từ khi kết thúc đối thoại
task-deadline-no-deadline = I cannot read a deadline in “{ $text }”. Examples: trước ngày 28/02/2023; chậm nhất 10 ngày trước khi tổ chức đối thoại. { $buttons ->
        [no] Or pick one from the list.
       *[yes] Or press a button.
    }
task-deadline-invalid-date = “{ $text }” has a day that does not exist. Please check it.
task-deadline-year-missing = “{ $text }” has no year. Please add it, e.g. 28/02/2023.
task-deadline-empty = Please type a deadline.
task-preview =
    Please check before saving:
    • Task: { $title }
    • Kind: { $kind }
    • Lead: { $lead }
    • Coordinating: { $coordinating }
    • Sent to: { $recipient } · Copied to: { $cc }
    • Due: { $due } — the plan says: «{ $words }»
task-assigned = Assigned task number { $number }. Told the contacts and { $groups } body group(s).
task-unreachable = Could not tell (not started the bot, or no contact yet): { $names }. Please tell them directly.
task-announce =
    📌 New task number { $number }: { $title }
    Lead: { $lead }
    Due: { $due } — «{ $words }»
    Once the report is sent, choose “{ task-button-submit }” below or type /nop { $number }.
task-button-submit = 📤 Confirm sent
task-button-extend = ⏳ Ask for an extension

task-error-title = The task description is too short (at least { $min } characters), e.g. Report on the citizens’ petitions.
task-error-deadline-unreadable = I cannot read the deadline “{ $text }”. Write a date or a span, e.g. chậm nhất ngày 20/3/2027 · trước buổi đối thoại 05 ngày làm việc · trong 07 ngày làm việc sau buổi đối thoại.
task-error-relative-needs-session = A deadline counted from a session needs the task to be linked to a session.
task-error-days = The number of days must be 1 to 365.
task-error-unknown-number = There is no task number { $number }. Type /viec to see the list.
task-error-number = “{ $value }” is not a task number.
task-error-closed = Task number { $number } is done or cancelled; it cannot be changed.
task-error-cancelled = Task number { $number } was cancelled.
task-error-done = Task number { $number } is already done.
task-error-not-your-task = Task number { $number } is not one of your bodies' tasks.
task-error-no-bodies = You are not a contact of any body yet, so you have no tasks. Ask for a contact code, then type /thamgia CODE.

task-detail-header = Task number { $number } — { $outcome }
task-detail-title = Task: { $title }
task-detail-text = As written: { $text }
task-detail-kind = Kind: { $kind }
task-detail-lead = Lead: { $bodies }
task-detail-coordinating = Coordinating: { $bodies }
task-detail-recipient = Sent to: { $recipient } · Copied to: { $cc }
task-detail-due = Due: { $due } — the plan says: «{ $words }»
task-detail-session = Session: number { $number } ({ $topic })
task-detail-cancelled = Cancelled, reason: { $reason }
task-detail-submissions = Reports sent:
task-submission-line = { $body }: document { $document } of { $date }, confirmed on { $on } — { $review }
review-pending = awaiting review
review-accepted = accepted
review-returned = returned for rework
task-detail-extensions = Extensions:
task-extension-line = from { $from } to { $to } (reason: { $reason }) — { $state }
extension-state-pending = awaiting decision
extension-state-approved = approved
extension-state-rejected = rejected
task-detail-history = History:
history-task-assign = assigned the task
history-task-edit = changed the task (reason: { $reason })
history-task-cancel = cancelled the task (reason: { $reason })
history-task-recompute = recomputed the due date for the session's new date: { $due }
history-task-submit = { $body } confirmed sending document { $document } (dated { $docDate }, confirmed on { $on })
history-task-accept = accepted document { $document } of { $body } (dated { $docDate }, confirmed on { $on }; the document date counts for the deadline)
history-task-return = returned document { $document } of { $body } (reason: { $reason })
history-task-extension-request = asked for an extension to { $due } (reason: { $reason })
history-task-extension-approve = approved the extension to { $due }
history-task-extension-reject = rejected the extension to { $due }

task-list-open = Open tasks ({ $count }):
task-list-mine = Tasks of your bodies ({ $count }):
task-list-all = All tasks ({ $count }):
task-list-overdue = Overdue tasks ({ $count }):
task-list-week = Tasks due this week and next ({ $count }):
task-list-body = Tasks of { $body } ({ $count }):
task-list-session = Tasks of the session ({ $count }):
task-list-plan = Tasks of the plan ({ $count }):
task-list-empty = (none)
task-list-counts = On time: { $onTime } · Late: { $late } · In term: { $inTerm } · Overdue: { $overdue } · Extended: { $extended }
task-list-page = Page { $page }/{ $pages }
task-list-hint = Show: /viec NUMBER · All: /viec tatca · By body: /viec NAME · By session: /viec phien NUMBER · Overdue: /quahan · This week: /tuannay
task-cancelled = Cancelled task number { $number }.
task-edit-usage = Usage: /suaviec NUMBER new deadline | reason (e.g. /suaviec 3 trước ngày 15/3/2023 | approved) or /suaviec NUMBER ten New title | reason
task-edited = Changed task number { $number }: { $title } — due { $due } «{ $words }».

submit-ask-number = Confirming a report for task number { $number }. Document number and symbol? (e.g. 45/BC-SYT)
submit-ask-date = Date of the document? (e.g. 20/02/2023)
submit-today = Today ({ $date })
submit-ask-file = Attach the document (PDF, Word, Excel or a photo, up to 20 MB) or paste a link; { $buttons ->
        [no] choose
       *[yes] press
    } “Skip” to attach nothing.
submit-ask-note = Any note? { $buttons ->
        [no] Choose
       *[yes] Press
    } “Skip” if none.
submit-done = Recorded that { $body } sent its report for task number { $number }. The secretariat will review it and tell you.
submission-error-number = Invalid document number (a valid one: 45/BC-SYT).
submission-error-date-future = The document date cannot be after today.
submission-error-date-before-task = The document date is before the task was assigned ({ $date }). Please check it.
submission-error-pending = Task number { $number } already has a report of your body awaiting review. Please wait for the verdict.
submission-error-unknown = This report was not found.
submission-error-reviewed = This report was already reviewed.
submission-error-file-too-large = The file is larger than { $max } MB. Please send a smaller file or a link.
submission-error-file-kind = The file “{ $name }” is not a kind I accept. PDF, Word, Excel, OpenDocument or a photo.
submission-error-link = Please send a file, paste a link starting with http(s)://, or { $buttons ->
        [no] choose
       *[yes] press
    } “Skip”.
submission-announce =
    📤 Task number { $number }: { $title }
    { $body } confirms it sent document { $document } of { $date }.
    File / link: { $file } · Note: { $note }
review-button-accept = ✅ Accept
review-button-return = ↩ Return for rework
review-ask-reason = Why is it returned, what must be added?
review-reply-accepted = Accepted the report of task number { $number }.
review-reply-accepted-done = Accepted the report. Task number { $number } is done.
review-reply-returned = Returned the report of task number { $number } and told the body.
review-announce-accepted = ✅ Document { $document } of task number { $number } ({ $title }) was accepted.
review-announce-returned =
    ↩ Document { $document } of task number { $number } ({ $title }) was returned for rework.
    Reason: { $reason }
    Once reworked, send it again with /nop { $number }.

extend-ask-date = Task number { $number } is due { $due }. Extend to which date?
extend-ask-reason = Reason for the extension?
extend-requested = Asked to extend task number { $number } to { $date }. The secretariat will decide and tell you.
extension-error-not-lead = Only a contact of the lead body of task number { $number } can ask for an extension.
extension-error-not-later = The new date must be after the current due date.
extension-error-past = That date has passed.
extension-error-pending = Task number { $number } already has an extension request awaiting a decision.
extension-error-unknown = This extension request was not found.
extension-error-decided = This extension request was already decided.
extension-button-approve = ✅ Approve
extension-button-reject = ✖ Reject
extension-announce =
    ⏳ { $body } asks to extend task number { $number } ({ $title })
    From { $from } to { $to }. Reason: { $reason }
extension-reply-approved = Approved the extension of task number { $number }.
extension-reply-rejected = Rejected the extension of task number { $number }.
extension-announce-approved = ✅ Extension of task number { $number } ({ $title }) to { $to } approved.
extension-announce-rejected = ✖ Extension of task number { $number } ({ $title }) rejected. The due date stays.
task-list-done = Done tasks ({ $count }):
task-list-cancelled = Cancelled tasks ({ $count }):
task-list-kind = Tasks of this kind ({ $count }):
task-kind-unknown = No such kind of task. Kinds: { $kinds }.
task-ask-requires-coordinators = When is the task done?
task-requires-coordinators-no = When the lead body's report is accepted
task-requires-coordinators-yes = When the lead and every coordinating body have sent theirs
task-announce-edited =
    ✏️ Task number { $number } was changed: { $title }
    Due: { $due } — «{ $words }»
    Reason: { $reason }
task-announce-cancelled =
    ✖ Task number { $number } was cancelled: { $title }
    Reason: { $reason }

## Daily digest
digest-header = 📋 Digest for { $weekday }, { $date } — { $committee }
digest-overdue = ⛔ Overdue ({ $count }):
digest-due-today = ⏰ Due today ({ $count }):
digest-due-soon = 📅 Due within the next 3 working days ({ $count }):
digest-awaiting-review = 📤 Sent, awaiting review ({ $count }):
digest-sessions = 🗓 Sessions in the next 14 days:
digest-session-window = expected
digest-session-line = • Number { $number }: { $topic } — { $when } — { $done }/{ $total } tasks done
digest-footer = Details: /viec NUMBER · Overdue: /quahan
digest-empty = 📋 Digest for { $date }: nothing overdue or due.
digest-truncated = … more: see /viec for the full list
digest-skipped-notice = ⚠️ The digest of { $date } was not sent: the bot was not running between { $from } and { $until }. See /quahan and /tuannay.
bantin-preview = (Preview, not sent to the group)

## /caidat
settings-show =
    Settings of { $committee }:
    • Daily digest time: { $time } (working days)
    • A missed digest may still be sent until: { $until }
    • A day with nothing to report still gets one line: { $empty }
    • Language of the groups: { $language }
    • Reminders to bodies from: { $reminder } · nothing sent from: { $quiet }
    • Weekly summary for leaders: { $weeklyDay }, { $weeklyTime }
    Change: /caidat gioban 07:30 · /caidat guibu 11:00 · /caidat bantinrong có|không · /caidat ngonngu vi|en · /caidat gionhac 08:00 · /caidat gioyenlang 20:00 · /caidat ngaytongket monday · /caidat giotongket 08:00 · /caidat kenh telegram|zalo|ca-hai
settings-changed = Saved. Digest at { $time }, catch-up until { $until }, empty digest: { $empty }, language: { $language }, reminders from { $reminder } until { $quiet }, weekly summary: { $weeklyDay } at { $weeklyTime }.
settings-yes = yes
settings-no = no
settings-usage = Usage: /caidat · /caidat gioban 07:30 · /caidat guibu 11:00 · /caidat bantinrong có|không · /caidat ngonngu vi|en · /caidat gionhac 08:00 · /caidat gioyenlang 20:00 · /caidat ngaytongket monday · /caidat giotongket 08:00 · /caidat kenh telegram|zalo|ca-hai
settings-error-quiet = The sending time ({ $time }) must be before quiet hours start ({ $quiet }): from then on the bot sends nothing until the next morning.
settings-error-time = “{ $value }” is not a valid time (e.g. 07:30).
settings-error-order = The digest time ({ $time }) must be before the catch-up limit ({ $until }).
settings-error-yes-no = Please answer “có” (yes) or “không” (no).
settings-error-language = The language must be vi or en.

## /guiloi
delivery-report-header = Messages that may not have arrived, or could not be sent, in the last 14 days ({ $count }):
delivery-report-unknown = • { $date } — { $kind } → { $chat }: unknown whether it arrived (connection lost while sending; not resent automatically). Please check the group.
delivery-report-failed = • { $date } — { $kind } → { $chat }: could not be sent ({ $error }).
delivery-report-skipped = • { $date } — { $kind }: not sent, the bot was not running in its time window.
delivery-report-none = Everything was delivered in the last 14 days.
run-kind-daily-digest = daily digest
run-kind-reminder = reminder
run-kind-notice = notice to the secretariat
run-kind-weekly-summary = weekly summary

## Reminders
reminder-header = ⏰ Deadline reminder:
reminder-line-before = • Task number { $number } ({ $body }): { $title } — due { $due }, { $days } working day(s) left
reminder-line-due = • Task number { $number } ({ $body }): { $title } — due today ({ $due })
reminder-line-overdue = • Task number { $number } ({ $body }): { $title } — overdue by { $days } working day(s) (due { $due })
reminder-footer = Once the report is sent: /nop NUMBER · Need more time: /giahan NUMBER
reminder-muted = Reminders are off for task number { $number }. Turn them on again: /batnhac { $number }
reminder-unmuted = Reminders are on again for task number { $number }.
history-task-mute = turned reminders off
history-task-unmute = turned reminders on again
settings-error-weekday = “{ $value }” is not a day of the week. For example: monday, thứ hai, T2, sunday, CN.

## Weekly summary for leaders (/tongket)
summary-header = 📊 WEEKLY SUMMARY — { $committee }
summary-as-of = Situation on { $weekday }, { $date } (compared with { $previous }):
summary-class-line = • { $label }: { $count } ({ $change })
summary-total = Tasks in total: { $count } ({ $change })
summary-by-body = By lead body:
summary-short-on-time = on time
summary-short-late = late
summary-short-in-term = in term
summary-short-overdue = overdue
summary-overdue = ⛔ Overdue tasks ({ $count }):
summary-overdue-line = • No. { $number } — { $body }: { $title } — { $days } working days overdue (due { $due })
summary-no-overdue = ✅ No overdue tasks.
summary-sessions = 🗓 Dialogue sessions in the next 30 days:
summary-session-line = • No. { $number }: { $topic } — { $when } — { $done }/{ $total } tasks done
summary-no-sessions = 🗓 No dialogue session in the next 30 days.
summary-extensions = ⏩ Extensions granted this week ({ $count }):
summary-extension-line = • No. { $number } — { $body }: due { $from } → { $to }
summary-chart-caption = 📊 Tasks by lead body, as of { $date }
summary-chart-title = Task progress — { $committee }
summary-chart-subtitle = As of { $date } · { $total } tasks, by lead body
summary-chart-empty = No tasks yet.
summary-chart-others = { $count } other bodies
summary-skipped-notice = ⚠️ The weekly summary (due on { $date }) was not sent: the bot was not running between { $from } and { $until }. Leaders can see it now with /tongket.

## Notices to the secretariat
notice-chat-gone = ⚠️ The bot can no longer write to the group “{ $chat }” of { $committee } (since { $since }): it was removed from the group or blocked. Digests and reminders will not reach this group. To restore: add the bot to the group again and register it with /dangky and a new invite code (/moi).
