## /kehoach, /phienmoi, /phien, /doilich

plan-ask-symbol = The plan's number and symbol? (e.g. 12-KH/TU) { $buttons ->
        [no] Choose
       *[yes] Press
    } “Skip” if it has none yet.
plan-ask-title = The plan's title? (e.g. Kế hoạch tổ chức đối thoại trực tiếp … năm 2023)
plan-ask-year = Which year is the plan for?
plan-ask-issued-on = Date of issue? (e.g. 10/01/2023) { $buttons ->
        [no] Choose
       *[yes] Press
    } “Skip” if not issued yet.
plan-ask-issuer = Issued by? { $buttons ->
        [no] Pick it from the list or
       *[yes] Press the button or
    } type the name.
plan-created = Added plan number { $number }: { $plan }. Register its sessions with /phienmoi.
plan-error-title = The plan's title is too short (at least { $min } characters), e.g. Dialogue plan 2027.
plan-error-year = “{ $value }” is not a valid year (e.g. 2023).
plan-error-issued-after-year = The date of issue cannot be after the plan's year.
plan-error-symbol = The number and symbol are too long (40 characters at most).
plan-error-unknown-number = There is no plan number { $number }. Type /kehoach to see the list.
plan-error-number = “{ $value }” is not a plan number.
plan-usage = Usage: /kehoach · /kehoach NUMBER · /kehoach moi [Number, symbol | Title | Year | Date of issue]
plan-line = { $number }. { $plan } ({ $sessions } sessions)
plan-list-header = Plans of { $committee }:
plan-list-empty = (no plans yet)
plan-list-manage-hint = Show: /kehoach NUMBER · Add: /kehoach moi
plan-list-view-hint = Show: /kehoach NUMBER
plan-detail =
    Plan number { $number }: { $title }
    Number and symbol: { $symbol }
    Year: { $year } · Issued: { $issued }
    Issued by: { $issuer }
plan-detail-sessions = Sessions ({ $count }):

session-ask-plan = Which plan is the session part of?
session-plan-none = No plan (an ad-hoc dialogue)
session-ask-topic = Topic of the dialogue?
session-ask-host = Who hosts it? (e.g. Bí thư Tỉnh ủy)
session-ask-audience = Who takes part?
session-ask-count = Expected number of delegates? (e.g. about 150)
session-count-unlimited = Unlimited
session-ask-time =
    When? You can type:
    • an exact day: 15/8/2023 8h00 or 8h30 ngày 15/8
    • a month: tháng 8/2023 · a quarter: Quý III/2023 or Q3
    • a quarter with an expected month: Quý III/2023, dự kiến tháng 8
    • chưa xác định (not scheduled)
session-ask-format = Format?
session-format-in_person = In person
session-format-online = Online (bridge points)
session-format-alternatives = Two alternatives: in person or online
session-ask-venue = Venue for the in-person session?
session-ask-central = Central bridge point?
session-ask-locals = Local bridge points, one per line or separated by semicolons? { $buttons ->
        [no] Choose
       *[yes] Press
    } “Skip” if none.
session-created = Registered dialogue session number { $number }. Show it: /phien { $number }
session-error-topic = The topic is too short (at least { $min } characters), e.g. Dialogue with young people about jobs.
session-error-people-is-time = “{ $text }” is a time, not a person or a body. The time is asked at a later step; here type a title or a name (e.g. Chủ tịch UBND xã), or choose “Skip”.
session-error-count = The number of delegates must be a number (e.g. 150), or “không giới hạn”.
session-error-central-point = An online session needs a central bridge point.
session-error-venue = An in-person session needs a venue.
session-error-unknown-number = There is no session number { $number }. Type /phien to see the list.
session-error-number = “{ $value }” is not a session number. Type /phien to see each session's number.
session-error-closed = Session number { $number } is cancelled or concluded; it cannot be rescheduled.
session-error-reason = Please give a reason (at least 3 characters).
session-error-status = Session number { $number } cannot move to this status.
session-time-invalid-date = “{ $text }” has a day that does not exist (e.g. 31/2). Please check it.
session-time-invalid-month = “{ $text }”: the month must be 1 to 12.
session-time-invalid-quarter = “{ $text }”: the quarter must be I, II, III or IV (1 to 4).
session-time-invalid-hour = “{ $text }”: invalid time of day (e.g. 8h30).
session-time-year-missing = “{ $text }” has no year. Please add it, e.g. 15/8/2023.
session-time-unreadable = I cannot read the time “{ $text }”. Examples: 15/8/2023 8h00, tháng 8/2023, Quý III/2023, chưa xác định.
session-time-before-plan = This is before the plan's year { $year }. Please check it.
session-when-unscheduled = not scheduled
session-when-day = { $weekday }, { $date }
session-when-day-time = { $weekday }, { $date } at { $time }
session-when-month = { $month }/{ $year } (expected)
session-when-quarter = Q{ $quarter }/{ $year } (expected)
session-status-planned = planned
session-status-scheduled = scheduled
session-status-held = held
session-status-concluded = conclusion notice issued
session-status-cancelled = cancelled
session-format-online-detail = online — central bridge point: { $central }; local bridge points: { $locals }
session-format-in-person-detail = in person at { $venue }
session-detail-header = Dialogue session number { $number } — { $status }
session-detail-topic = Topic: { $topic }
session-detail-plan = Plan: number { $number } ({ $plan })
session-detail-ad-hoc = Ad-hoc dialogue (no plan)
session-detail-host = Host: { $host }
session-detail-audience = Audience: { $audience }
session-detail-unlimited = Delegates: unlimited
session-detail-count = Delegates: about { $count }
session-detail-count-unknown = Delegates: not known
session-detail-when = When: { $when }
session-detail-format = Format: { $format }
session-detail-reason = Reason: { $reason }
session-detail-history = History:
history-session-create = registered the session
history-session-reschedule = rescheduled to “{ $time }” (reason: { $reason })
history-session-held = recorded as held
history-session-concluded = recorded the conclusion notice
history-session-cancelled = cancelled the session (reason: { $reason })
session-list-header = Dialogue sessions of { $committee }
session-list-upcoming = Upcoming:
session-list-past = Past and cancelled:
session-list-none = (none)
session-list-manage-hint = Show: /phien NUMBER · Add: /phienmoi · Reschedule: /doilich NUMBER
session-list-view-hint = Show: /phien NUMBER
session-button-held = ✅ Held
session-button-concluded = 📄 Conclusion notice issued
session-button-cancel = ✖ Cancel the session
session-status-changed = Session number { $number }: { $status }.
reschedule-ask-time = Session number { $number } is now expected: { $when }. New time?
reschedule-ask-reason = Reason for the change?
reschedule-done = Rescheduled session number { $number } to: { $when }. Told { $groups } main group(s).
reschedule-announce =
    📅 Session number { $number } rescheduled: { $topic }
    From: { $from }
    To: { $to }
    Reason: { $reason }
cancel-session-ask-reason = Reason for cancelling session number { $number }?
cancel-session-done = Cancelled session number { $number }. Told { $groups } main group(s).
cancel-session-announce =
    ✖ Session number { $number } cancelled: { $topic }
    Reason: { $reason }
reschedule-moved-header = Deadlines that depend on this session were recomputed:
reschedule-moved-line = • Task { $number } ({ $title }): { $from } → { $to } «{ $words }»
session-detail-tasks = Tasks of this session ({ $count }):
