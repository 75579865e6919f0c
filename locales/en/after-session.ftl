## After the session: speaker registration, bridge points, opinions, minutes, conclusion notice, follow-up, periodic reports

cmd-dk = Register to speak or ask with a session's code
cmd-phatbieu = A session's speaker registrations
cmd-diemcau = Online bridge points and their readiness
cmd-ykien = Opinions raised at a session and their answers
cmd-bienban = Minutes of a session (.docx)
cmd-ketluan = Conclusion notice and its items
cmd-tiendo = Progress of a task
cmd-mocviec = Milestones of a task
cmd-baocao = Six-month and annual reports (.docx)

task-kind-conclusion-follow-up = Carrying out a conclusion
task-kind-opinion-answer = Written answer to an opinion
task-number-short = task { $number }

## Fields
field-land = Land, resources, environment
field-economy = Economy, agriculture, trade
field-infrastructure = Construction, transport, infrastructure
field-social = Culture, society, health, education
field-policy = Policies, benefits, social security
field-party = Party and government building, officials
field-security = Defence, security, public order
field-admin = Administrative procedures
field-other = Other field
field-none = no field yet

## Speaker registration (citizens, delegates)
registration-usage = Type /dk and the session's registration code, e.g. /dk K7P2QX (the code is in the organisers' notice).
registration-intro =
    📝 Register to speak or ask — dialogue session { $number } of { $committee }:
    { $topic }
    When: { $when }
    Registration closes: { $closes }
    Your details are seen only by the secretariat and the leaders, never by other people. Type /huy to stop at any time.
registration-ask-name = Your full name?
registration-ask-place = Your unit, or where you live (village, ward, commune)?
registration-ask-field = Which field is your question or opinion about? { $buttons ->
        [no] Pick one from the list or
       *[yes] Pick a button or
    } type the field.
registration-ask-content = Your question, opinion or petition (in full, at most 1,000 characters):
registration-ask-mode = Do you want to speak at the session, or only send it in writing?
registration-mode-speak = 🎤 Speak at the session
registration-mode-written = ✉️ In writing only
registration-mode-speak-short = speak
registration-mode-written-short = written
registration-ask-phone = A phone number the organisers may call (optional):
registration-done = ✅ Registration { $number } for dialogue session { $session } is recorded. Thank you. It will go to the body responsible for preparing the answer.
registration-error-code = No dialogue session has the code “{ $code }”. Please check the code in the notice.
registration-error-closed = Registration for dialogue session { $number } is closed (it closed at { $closed }). You can still hand in your opinion at the session through its secretary.
registration-error-name = Please give your full name (2 to 100 characters).
registration-error-place = Please give your unit or where you live (e.g. Thanh Hòa village, Phổ An commune).
registration-error-content = That is too short. Please write your question or opinion (at least 10 characters).
registration-error-phone = That phone number does not look right (e.g. 0905123456). { $buttons ->
        [no] Choose
       *[yes] Press
    } “Skip” if you prefer not to give one.
registration-error-too-many = A person may register at most { $max } items for one session.
registration-error-unknown = Dialogue session { $session } has no registration { $number }.
registration-error-session-over = Dialogue session { $number } was held or cancelled; registration cannot be opened.
registration-error-close-needed = Dialogue session { $number } has no exact day yet. Give the closing time, e.g. /phatbieu { $number } mo 17h00 20/3/2023
registration-error-close-past = The closing time must be in the future.
registration-error-not-open = Registration for dialogue session { $number } is not open, or has closed. Open it with /phatbieu { $number } mo
registration-error-not-active = Registration { $number } was merged or withdrawn.
registration-error-recorded = Registration { $number } is already recorded as an opinion at the session.
registration-error-assigned = Registration { $number } is already given to a body to prepare (task { $task }).
registration-merge-usage = To merge: /phatbieu SESSION gop KEEP DUPLICATE … (e.g. /phatbieu 1 gop 2 5)
registration-assign-usage = To assign: /phatbieu SESSION giao REGISTRATION BODY [| deadline] (e.g. /phatbieu 1 giao 3 BCHQS | chậm nhất ngày 20/3/2023)
registration-order-usage = To order speakers: /phatbieu SESSION thutu 3 1 4 (each number once)
registration-task-title = Prepare the answer to question { $number } (dialogue session { $session }): { $content }
registration-default-deadline = at the latest { $days } working days before the session
registration-announce =
    📣 Register to speak or ask at dialogue session { $number }:
    { $topic }
    Register here: { $link }
    or message the bot: /dk { $code }
    Registration closes: { $closes }. Registrants' details are seen only by the secretariat and the leaders.
registration-order-mark = (speaker { $order })
registration-merged-mark = (merged into { $number })
registration-withdrawn-mark = (withdrawn)
registration-recorded-mark = ✔ recorded

## /phatbieu (secretariat)
speakers-usage = Usage: /phatbieu SESSION · mo [closing time] · dong · gui · gop · giao · thutu · xuat. E.g. /phatbieu 1 mo 17h00 20/3/2023
speakers-header = 📝 Speaker registrations — dialogue session { $number }: { $topic } ({ $count })
speakers-open = Open, code { $code }, closes { $closes }.
speakers-closed = Closed (code { $code }, closed { $closes }).
speakers-not-open = Registration not opened.
speakers-field = ▸ { $field } ({ $count }):
speakers-none = (no registrations yet)
speakers-hint-manage = Merge duplicates: /phatbieu { $number } gop 2 5 · assign preparation: /phatbieu { $number } giao 3 BODY · order: /phatbieu { $number } thutu 3 1 · export: /phatbieu { $number } xuat · post to the groups: /phatbieu { $number } gui
speakers-hint-view = Export: /phatbieu { $number } xuat
speakers-hint-body = Questions your bodies prepare answers to (registrants' details are not shown).
speakers-opened =
    ✅ Speaker registration for dialogue session { $number } is open until { $closes }.
    Code: { $code }
    Link: { $link }
    Post it to the groups: /phatbieu { $number } gui
speakers-closed-now = Speaker registration for dialogue session { $number } is closed.
speakers-announced = Registration instructions for dialogue session { $number } posted to { $groups } groups.
speakers-merged = Registrations { $merged } merged into { $keep }.
speakers-assigned = Question { $number } given to { $body } to prepare: task { $task }, due { $due } («{ $words }»).
speakers-ordered = Order of speakers for dialogue session { $number }: { $order }.
speakers-exported = Speaker list of dialogue session { $number } ({ $count } people).

## Bridge points
bridge-usage = Usage: /diemcau SESSION · han 16h00 22/5/2022 · giao POINT BODY · sansang POINT [| name, phone of the officer in charge]
bridge-header = 📡 Bridge points — dialogue session { $number }: { $topic }
bridge-due = Confirm readiness by: { $at }
bridge-no-due = No confirmation time set (/diemcau SESSION han …).
bridge-line = { $number }. { $place } ({ $body }) — room { $room } · connection test { $connection } · in charge: { $liaison } — { $ready }
bridge-ready-at = ready since { $at }
bridge-not-ready = not ready
bridge-hint = Confirm: /diemcau { $number } sansang POINT · name the body in charge: /diemcau { $number } giao POINT BODY
bridge-due-set = Bridge points of dialogue session { $number } confirm by { $at }.
bridge-body-set = Bridge point { $number } ({ $place }) is confirmed by { $body }.
bridge-ask-room = Bridge point { $place }: are the room and its equipment ready?
bridge-ask-connection = Has the connection to the central point been tested?
bridge-ask-liaison = The officer in charge of the point on the day (name, phone):
bridge-yes = Done
bridge-no = Not yet
bridge-confirmed-ready = ✅ Bridge point { $number } ({ $place }) is ready.
bridge-confirmed-not-ready = Recorded. Bridge point { $number } ({ $place }) is not fully ready; confirm again when it is.
bridge-error-no-points = Dialogue session { $number } is not online or has no bridge points.
bridge-error-unknown = Dialogue session { $session } has no bridge point { $number }.
bridge-error-not-yours = You are not in charge of bridge point { $number } ({ $place }). Contact the secretariat.
bridge-error-liaison = Please give the officer's name (and phone), e.g. Nguyễn Văn B, 0905123456.
bridge-error-due-needed = Dialogue session { $number } has no exact day yet. Give the time, e.g. /diemcau { $number } han 16h00 22/5/2022
session-bridge-summary = 📡 Bridge points ready: { $ready }/{ $total } — see /diemcau { $number }

## Opinions at the session
opinion-usage = Usage: /ykien SESSION (view) · /ykien SESSION ghi (record) · /ykien SESSION sua OPINION noidung|traloi|nguoi|noi|linhvuc …
opinion-edit-usage = To correct: /ykien SESSION sua OPINION noidung|traloi|nguoi|noi|linhvuc NEW TEXT
opinion-header = 🗣 Opinions at dialogue session { $number }: { $topic } ({ $count })
opinion-mine-header = 🗣 Opinions your bodies answer ({ $count }):
opinion-session-mark = [Session { $number }]
opinion-none = (no opinions yet)
opinion-hint-manage = Record more: /ykien { $number } ghi · minutes: /bienban { $number } · conclusions: /ketluan { $number }
opinion-hint-view = Minutes: /bienban { $number } · conclusions: /ketluan { $number }
opinion-button-record = ➕ Record an opinion
opinion-unnamed = Speaker did not give a name
opinion-chair = The chair
opinion-outcome-at-session = answered at the session ({ $who })
opinion-outcome-in-writing = { $body } answers in writing — task { $task }, due { $due } — { $state }
opinion-outcome-transferred = outside our competence, transferred to { $to }
opinion-outcome-pending = answer not decided yet
opinion-ask-registration = { $count } registrations not recorded yet. Pick who is speaking, type their number, or { $buttons ->
        [no] choose
       *[yes] press
    } “New opinion”.
opinion-button-new = ➕ New opinion (not registered)
opinion-error-registration-pick = No unrecorded registration has that number. { $buttons ->
        [no] Pick one from the list or
       *[yes] Pick a button or
    } type a listed number.
opinion-ask-content-registered =
    { $name } ({ $place }) registered:
    “{ $content }”
    Type what was said if it differs, or { $buttons ->
        [no] choose
       *[yes] press
    } “Keep”.
opinion-button-keep = Keep
opinion-ask-speaker = Speaker (full name)? { $buttons ->
        [no] Choose
       *[yes] Press
    } “Skip” if no name was given.
opinion-ask-place = The speaker's unit or place?
opinion-ask-content = The opinion (summary):
opinion-ask-field = Field? Pick or type.
opinion-ask-outcome = How was this opinion answered?
opinion-button-at-session = ✅ Answered at the session
opinion-button-in-writing = 📝 Answer in writing
opinion-button-transferred = ↪️ Outside competence, transfer
opinion-button-pending = ⏳ Decide later
opinion-ask-who = Who answered? Pick a body, { $buttons ->
        [no] choose
       *[yes] press
    } “The chair”, or type (e.g. Bí thư Thị ủy).
opinion-ask-answer = Summary of the answer ({ $buttons ->
        [no] choose
       *[yes] press
    } “Skip” to leave it out):
opinion-ask-body = Which body answers in writing?
opinion-ask-deadline = Deadline? By default { $days } working days after the session ends; or type one (e.g. chậm nhất ngày 30/4/2023).
opinion-button-default-deadline = { $days } working days (default)
opinion-ask-transfer = Transferred to which competent authority?
opinion-recorded = ✅ Opinion { $number } recorded: { $outcome }.
opinion-ask-next = Record another opinion?
opinion-button-more = ➕ Next
opinion-button-done = ✔ Done
opinion-sitting-done = Done. Review: /ykien { $session } · minutes: /bienban { $session }
opinion-edited = Opinion { $number } of dialogue session { $session } corrected.
opinion-answer-rule = within { $days } working days after the dialogue session ends
opinion-task-title = Written answer to opinion { $number } (dialogue session { $session }): { $content }
opinion-task-cancelled-reason = The opinion is no longer answered in writing under this task
opinion-error-content = The opinion has no content. Please write what was said.
opinion-error-body = A written answer needs the body that answers.
opinion-error-transfer = Please name the competent authority it goes to.
opinion-error-unknown = Dialogue session { $session } has no opinion { $number }.
opinion-error-answered = Opinion { $number } was already answered in writing; its outcome cannot change.
opinion-error-session-cancelled = Dialogue session { $number } was cancelled.

## Minutes
minutes-usage = Usage: /bienban SESSION (download) · /bienban SESSION chutri|thuky|thanhphan|diadiem|batdau|ketthuc|ketluan TEXT
minutes-caption = Minutes of dialogue session { $number } (version { $version }): { $opinions } opinions · chair: { $chair } · secretary: { $secretary } · from { $start } to { $end }. Edit: /bienban { $number } chutri|thuky|thanhphan|diadiem|batdau|ketthuc|ketluan …
minutes-changed = Updated the { $field } in the minutes of dialogue session { $number } (version { $version }). Download again: /bienban { $number }
minutes-error-empty = The text cannot be empty.
minutes-field-start-time = start time
minutes-field-end-time = end time
minutes-field-place = place
minutes-field-chair = chair
minutes-field-secretary = secretary
minutes-field-participants = participants
minutes-field-closing-remarks = chair's closing remarks

## Held, conclusion notice
held-ask-date = On which day was dialogue session { $number } held? Pick or type the date (e.g. 24/3/2023).
held-today = Today ({ $date })
held-planned = As planned ({ $date })
held-error-future = The day it was held cannot be after today.
held-done = ✅ Dialogue session { $number } held on { $date }.
held-notice-task = Conclusion notice: task { $number } — { $body } — due { $due } (the plan says: «{ $words }»).
held-moved = { $count } due dates counted from the session were recomputed from the day it was held.
held-reports-created = Six-month and annual reports of { $year } assigned: tasks { $tasks }.
held-reports-need-body = The periodic reports of { $year } are not assigned: the standing body is not known. Assign with /baocao lich { $year } BODY NAME
held-next = Next: record opinions /ykien { $number } ghi · minutes /bienban { $number } · conclusion notice /ketluan { $number }
held-ask-notice-body = The plan sets no deadline for the conclusion notice. Which body drafts and submits it?
held-ask-notice-rule = The deadline for submitting the conclusion notice, counted from the end of the session (e.g. trong thời hạn 07 ngày làm việc kể từ khi kết thúc)?
held-default-rule = 7 working days after the session
held-default-rule-words = within 07 working days after the dialogue session ends
held-notice-later = Assign it later with /giaoviec (kind “Conclusion notice”).
held-error-rule = The deadline “{ $text }” must count from the end of the session, e.g. trong thời hạn 07 ngày làm việc kể từ khi kết thúc.
held-error-notice-exists = This session already has its conclusion-notice task ({ $number }).
held-notice-task-title = Draft and submit the conclusion notice of dialogue session { $session }
held-notice-due =
    ✅ Dialogue session { $session } ({ $topic }) was held on { $held }.
    Conclusion notice — task { $number }: due { $due } («{ $words }»).

notice-ask-number = Number and symbol of the conclusion notice of dialogue session { $number } (e.g. 125-TB/TU)?
notice-use-submitted = Use the document submitted: { $document } of { $date }
notice-ask-date = Date of the conclusion notice?
notice-ask-file = Attach the notice (PDF, Word or photo) or { $buttons ->
        [no] choose
       *[yes] press
    } “Skip”.
notice-recorded = ✅ Conclusion notice { $document } of dialogue session { $number } recorded.
notice-task-completed = Conclusion-notice task { $tasks } is done.
notice-none = Dialogue session { $number } has no conclusion notice yet.
notice-button-record = 📄 Record the conclusion notice
notice-header = 📄 Conclusion notice { $document } of { $date } — dialogue session { $number }: { $topic } (file: { $file }) — { $count } items:
notice-hint = Progress: /tiendo TASK · add items: /ketluan SESSION them
conclusion-usage = Usage: /ketluan SESSION · /ketluan SESSION ghi (record the notice) · /ketluan SESSION them [Directive | Lead body | Coordinating bodies or - | deadline or thường xuyên]
conclusion-item-usage = One line: /ketluan SESSION them Directive | Lead body | Coordinating bodies or - | deadline (e.g. 30/6/2023) or thường xuyên
conclusion-error-not-held = Dialogue session { $number } is not recorded as held. Record it at /phien { $number }.
conclusion-error-notice-exists = Dialogue session { $number } already has its conclusion notice. See /ketluan { $number }
conclusion-error-no-notice = The conclusion notice of dialogue session { $number } is not recorded. Record it: /ketluan { $number } ghi
conclusion-error-date-before-session = The notice cannot be dated before the session was held.
conclusion-error-content = The directive is too short.
conclusion-error-body = Every conclusion item needs a lead body.
conclusion-task-title = Carry out conclusion { $position } (notice { $notice }): { $content }
item-ask-first = Type the first conclusion item (each item has one lead body), or { $buttons ->
        [no] choose
       *[yes] press
    } “Done”.
item-ask-next = Type the next conclusion item, or { $buttons ->
        [no] choose
       *[yes] press
    } “Done”.
item-button-done = ✔ Done
item-button-add = ➕ Add a conclusion item
item-ask-lead = Lead body?
item-ask-coordinating = Coordinating bodies (separated by commas), or { $buttons ->
        [no] choose
       *[yes] press
    } “None”.
item-ask-due = Deadline (e.g. 30/6/2023), or { $buttons ->
        [no] choose
       *[yes] press
    } “Ongoing”.
item-due-ongoing = ongoing
item-ongoing = Ongoing
item-added = ✅ Conclusion { $position } added → task { $task } ({ $lead } leads, due { $due }).
item-done = Done. See /ketluan { $session }
item-none = (no conclusion items yet)
item-line = C{ $position }. { $content } → task { $task } — { $lead } — due { $due } — progress { $progress } — { $state }

## Progress, milestones
progress-ask-percent = Task { $number }: how far along is it, in percent (0–100)?
progress-ask-note = A note on what was done ({ $buttons ->
        [no] choose
       *[yes] press
    } “Skip” if none):
progress-ask-evidence = Attach evidence (a document, a photo) or a link, or { $buttons ->
        [no] choose
       *[yes] press
    } “Skip”.
progress-error-percent = Progress “{ $value }” is not valid: a number from 0 to 100 (%).
progress-recorded = ✅ Progress of task { $number } recorded: { $percent }%.
progress-recorded-full = ✅ Progress of task { $number } recorded: 100%. Send the completion report with /nop { $number } for the secretariat to accept.
progress-announce = 📈 Progress of task { $number } (dialogue session { $session }): { $percent }% — { $title }. Note: { $note }. Evidence: { $evidence }.
progress-header = 📈 Task { $number }: { $title } — progress { $percent }%
progress-item = Conclusion { $position } of notice { $notice } (dialogue session { $session })
progress-history = Progress reports ({ $count }):
progress-line = • { $date }: { $percent }% — { $note } — evidence: { $evidence }
progress-hint = Report progress: /tiendo { $number } 60 note · add a milestone: /mocviec { $number } them 30/4/2023 what
progress-button-report = 📈 Report progress
milestone-usage = Usage: /mocviec TASK them DATE what · /mocviec TASK xong MILESTONE
milestone-header = Milestones ({ $count }):
milestone-line = { $number }. { $title } — due { $due } — { $state }
milestone-done = done on { $date }
milestone-open = not due yet
milestone-overdue = overdue
milestone-added = Milestone { $number } added to task { $task }: { $title } — due { $due }.
milestone-completed = Milestone { $number } of task { $task } done on { $date }.
milestone-error-title = Please say what the milestone is.
milestone-error-after-due = A milestone cannot be after the task's due date ({ $due }).
milestone-error-unknown = Task { $task } has no open milestone { $number }.

## Roll-ups (/phien, digest, weekly summary)
rollup-header = 🗣 After the session:
rollup-opinions = Opinions: { $received } received · { $atSession } answered at the session · in writing: { $onTime } on time, { $late } late · { $pending } pending ({ $overdue } overdue) · { $transferred } transferred
rollup-items = Conclusions: { $total } items · { $done } done ({ $late } late) · { $inProgress } in progress ({ $ongoing } ongoing) · { $overdue } overdue
rollup-hint-manage = Opinions: /ykien { $number } · minutes: /bienban { $number } · conclusions: /ketluan { $number }
rollup-hint-view = Opinions: /ykien { $number } · conclusions: /ketluan { $number }
session-registration-open = 📝 Speaker registration: code { $code }, closes { $closes } — /phatbieu { $number }
session-registration-closed = 📝 Speaker registration closed ({ $closes }) — /phatbieu { $number }
session-registration-hint = 📝 Open speaker registration: /phatbieu { $number } mo

digest-after-session = 🗣 After the sessions:
digest-after-line = • Session { $number } ({ $topic }): { $parts }
digest-after-answers = written answers: { $overdue } overdue, { $due } due soon
digest-after-items = conclusions: { $overdue } overdue, { $due } due soon
digest-bridge-points = 📡 Bridge points not confirmed ready ({ $count }):
digest-bridge-line = • Session { $session }: { $place } ({ $body }) — confirm by { $due }

summary-after-session = 🗣 AFTER THE SESSIONS ({ $count } held):
summary-after-session-line = • Session { $number } ({ $date }): { $topic }
summary-after-session-more = … and { $count } more sessions
summary-after-session-total = Total:
summary-after-chart-title = Conclusions carried out and written answers, by dialogue session
summary-after-chart-subtitle = As of { $date } · { $count } sessions held
summary-after-chart-items = Session { $number } · conclusions
summary-after-chart-answers = Session { $number } · written answers
summary-after-chart-empty = No conclusions or written answers yet.

## Periodic reports
report-usage = Usage: /baocao 6thang [year] · /baocao nam [year] (draft the report as .docx) · /baocao lich [year] [standing body] (assign the report tasks)
report-header = 📑 Periodic reports of { $year }:
report-no-tasks = The periodic reports of { $year } are not assigned. Assign: /baocao lich { $year } BODY NAME
report-task-line = • { $period }: task { $number }, due { $due } — { $status }
report-task-status-open = not done
report-task-status-done = done
report-task-status-cancelled = cancelled
report-period-six-months = Six-month report
report-period-annual = Annual report
report-tasks-created = ✅ Periodic reports of { $year } assigned: tasks { $tasks }.
report-tasks-exist = The periodic reports of { $year } already exist: tasks { $tasks }.
report-task-title-six-months = Report on direct dialogue in the first six months of { $year }
report-task-title-annual = Report on direct dialogue in { $year }
report-rule-before = before { $day }/{ $month }/{ $year }
report-rule-by = by { $day }/{ $month }/{ $year }
report-caption = 📑 Draft { $period } of { $year } (data as of { $asOf }): { $held } sessions held, { $notHeld } not held, { $opinions } opinions, { $items } conclusion items, { $overdue } overdue. Limits, causes and proposals are left for the body to write.
report-error-standing-body = The standing body that follows up and reports in { $year } is not known. Assign with: /baocao lich { $year } BODY NAME
report-error-future = The year { $year } has not begun.

settings-answer-days = • Default deadline for written answers to opinions: { $days } working days — change: /caidat hantraloi 15
settings-answer-days-changed = Saved. Written answers to opinions are due by default { $days } working days after the session ends.
settings-error-answer-days = “{ $value }” is not valid: a number of working days from 1 to 60.

## History
history-session-registration-open = opened speaker registration
history-session-registration-close = closed speaker registration
history-session-registration-announce = posted registration instructions to the groups
history-session-registration-merge = merged duplicate registrations
history-session-registration-order = ordered the speakers
history-session-readiness-due = set the bridge points' confirmation time
history-session-bridge-body = named the body in charge of a bridge point
history-session-bridge-ready = confirmed a bridge point's readiness
history-session-minutes-edit = edited the minutes
history-session-notice = recorded the conclusion notice
history-task-progress = reported progress (note: { $reason })
history-task-milestone = added a milestone: { $reason }
history-task-milestone-done = completed a milestone
history-task-notice-issued = done: the conclusion notice was issued

## Documents (.docx)
doc-nation = SOCIALIST REPUBLIC OF VIETNAM
doc-motto = Independence - Freedom - Happiness
doc-party = COMMUNIST PARTY OF VIETNAM
doc-place-date = ……………, { $day }/{ $month }/{ $year }
doc-place-date-blank = ……………, date ……
doc-number = No.: { $symbol }
doc-number-blank = No.: ……
doc-recipients = Recipients:
doc-none = (none)
doc-chair = Chair
doc-chair-word = the chair
doc-secretary = Secretary
doc-list-maker = Prepared by
doc-speaker-list-title = LIST OF REGISTERED SPEAKERS
doc-speaker-list-subject = Dialogue session { $number }: { $topic }
doc-session-when = When: { $when }
doc-session-where = Where: { $place }
doc-speaker-list-count = In all { $count } registrations, { $speak } of them to speak at the session.
doc-col-order = No.
doc-col-name = Full name
doc-col-place = Unit, place
doc-col-field = Field
doc-col-content = Content
doc-col-mode = How
doc-col-body = Body preparing the answer
doc-mode-speak = Speaks
doc-mode-written = Writing
doc-merged = merged { $numbers }
doc-registration-number = (registration { $number })
doc-minutes-title = MINUTES
doc-minutes-subject = Direct dialogue meeting: { $topic }
doc-minutes-opening = At { $time } on { $date }, at { $place }, { $committee } held a direct dialogue meeting.
doc-minutes-part-people = I. PARTICIPANTS
doc-minutes-chair = - Chair: { $chair }
doc-minutes-secretary = - Secretary: { $secretary }
doc-minutes-participants = - Attending: { $participants }
doc-minutes-part-opinions = II. OPINIONS OF THE PARTICIPANTS AND ANSWERS ({ $count } opinions)
doc-opinion-of = Opinion of { $speaker } ({ $place }) — field: { $field }
doc-speaker-unnamed = a participant (no name given)
doc-answer-at-session = Answered at the meeting ({ $who }): { $answer }
doc-answer-in-writing = { $body } is to answer in writing by { $due } (task { $task }).
doc-answer-transferred = Outside our competence; transferred to { $to }.
doc-answer-pending = Noted by the chair; the competent bodies will study it and answer later.
doc-minutes-part-closing = III. CLOSING REMARKS OF THE CHAIR
doc-minutes-end = The meeting ended at { $time } the same day. These minutes were made from the data recorded at the meeting (version { $version }).
doc-report-title = REPORT
doc-report-subject = Results of direct dialogue { $period }
doc-period-six-months = in the first six months of { $year }
doc-period-annual = in { $year }
doc-report-intro = Under the direct dialogue plan, { $committee } reports its results { $period } (data as of { $asOf }):
doc-report-part-results = I. RESULTS
doc-report-sessions = 1. Dialogue sessions: { $held } held, { $notHeld } planned but not held
doc-report-held-line = - Session { $number }: { $topic } — held on { $date }.
doc-report-none-held = - No session was held in the period.
doc-report-not-held-line = - Session { $number }: { $topic } ({ $time }) — not held yet; reason: { $reason }.
doc-report-cancelled-line = - Session { $number }: { $topic } ({ $time }) — not held; reason: { $reason }.
doc-report-opinions = 2. Opinions and petitions received and answered
doc-report-opinions-total = { $received } opinions in all; { $atSession } answered at the meetings; { $writing } to be answered in writing ({ $onTime } on time, { $late } late, { $inTerm } in progress, { $overdue } overdue); { $transferred } transferred to the competent authorities; { $pending } not fully answered yet.
doc-report-items = 3. Carrying out the conclusion notices
doc-report-items-total = { $total } conclusion items: { $onTime } done on time, { $late } done late, { $inProgress } in progress ({ $ongoing } of them ongoing), { $overdue } overdue.
doc-report-overdue = 4. Overdue items not done ({ $count })
doc-report-no-overdue = No item is overdue.
doc-report-part-limits = II. LIMITS
doc-report-part-causes = III. CAUSES
doc-report-part-proposals = IV. PROPOSALS
doc-report-signer = On behalf of { $committee }
doc-report-recipient-above = The body above (for report);
doc-report-recipient-file = Office files.
doc-col-total = Total
doc-col-at-session = Answered at the meeting
doc-col-writing-on-time = In writing, on time
doc-col-writing-late = In writing, late
doc-col-writing-open = In progress
doc-col-transferred = Transferred
doc-col-undecided = Not decided
doc-col-lead-body = Lead body
doc-col-on-time = On time
doc-col-late = Late
doc-col-in-progress = In progress
doc-col-overdue = Overdue
doc-col-task = Task
doc-col-due = Due
field-error-words = Pick a field from the list (type the choice's number) or type the field's name in words.
