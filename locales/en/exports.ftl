## Exports (issue 16): the tracking table, the audit trail, the sessions' calendar

cmd-xuat = Export the tracking table (Excel), the audit trail, the calendar

export-usage =
    Usage:
    /xuat — the tracking table of tasks, opinions and conclusions (an Excel file)
    /xuat nhatky FROM TO — the audit trail of a period, e.g. /xuat nhatky 01/01/2026 31/03/2026
    /xuat lich — the address of the sessions' calendar, to add to a phone's calendar
    /xuat lich moi — a new calendar address (the old one stops working)
export-error-tracking-forbidden = Only the secretariat and leaders may export the tracking table. Body contacts see their tasks with /viec.
export-error-audit-forbidden = Only the secretariat may export the audit trail.
export-error-calendar-forbidden = Only the secretariat may make or change the calendar address. Ask the secretariat to send it to you.
export-audit-usage = Give the period to export, e.g.: /xuat nhatky 01/01/2026 31/03/2026
export-error-audit-range = The last day ({ $to }) must come after the first ({ $from }).
export-error-no-link = This platform cannot carry files in the chat and the server has no public address (PUBLIC_URL) for a download link. Use this command on Telegram or ask the administrator to set PUBLIC_URL.
export-tracking-caption =
    Tracking table of { $committee } as of { $date }: { $tasks } tasks ({ $sheets } sheets), { $opinions } opinions, { $items } conclusion items.
export-tracking-no-personal = Speakers' names and places are left out (your role may not see personal data).
export-audit-caption = Audit trail of { $committee } from { $from } to { $to }: { $events } actions.
export-download-link =
    { $caption }

    Download the file at: { $url }
    (once, within { $minutes } minutes)
export-calendar-made =
    The address of { $committee }'s dialogue sessions calendar:
    { $url }

    Add it to a phone's calendar: Google Calendar → Add calendar → From URL; iPhone → Settings → Calendar → Accounts → Add Subscribed Calendar. Sessions without a fixed day show over their month or quarter, marked “provisional”.
    Keep this address private: anyone who has it sees the calendar. It is shown only once; type /xuat lich moi for a new address (the old one stops working).
export-error-calendar-no-url = The server has no public address (PUBLIC_URL), so no calendar address can be made. Ask the administrator to set PUBLIC_URL.
export-calendar-exists = The calendar address was made by { $name } on { $date }. It is shown only once, when made; if you need it again, type /xuat lich moi for a new address (the old one stops working and those who added the calendar must add it again).

export-title = Tracking of the dialogue plan — { $committee } — { $date }
export-audit-title = Audit trail — { $committee } — from { $from } to { $to }
export-creator = Đối thoại bot
export-sheet-plan = Plan { $number } { $symbol }
export-sheet-no-plan = Outside the plans
export-sheet-opinions = Opinions
export-sheet-items = Conclusion items
export-sheet-audit = Audit trail

export-col-number = No.
export-col-task = Task
export-col-kind = Kind
export-col-session = Session
export-col-lead = Lead body
export-col-coordinating = Coordinating bodies
export-col-deadline-words = Deadline as the plan words it
export-col-deadline-date = Deadline date
export-col-due = Due date
export-col-due-note = Due date note
export-col-document = Document number
export-col-document-date = Document date
export-col-submissions = Documents sent
export-col-completed = Done on
export-col-outcome = Outcome
export-col-session-topic = Session topic
export-col-opinion-number = Opinion no.
export-col-speaker = Speaker
export-col-place = Place or unit
export-col-field = Field
export-col-content = Opinion or petition
export-col-opinion-outcome = Answered how
export-col-answer = Answer
export-col-answering-body = Answering body
export-col-task-number = Task no.
export-col-answer-due = Answer due
export-col-answer-state = Answer outcome
export-col-notice = Conclusion notice
export-col-notice-date = Notice date
export-col-item-number = Item no.
export-col-item = Conclusion item
export-col-progress = Progress (%)
export-col-progress-note = Latest progress report
export-col-at = Time
export-col-actor = Who
export-col-action = Action
export-col-action-code = Action code
export-col-target = On
export-col-chat = Where
export-col-platform = Platform
export-col-detail = Details (values after the change)

export-due-provisional = provisional
export-due-extended = extended
export-submission-line = { $document } of { $date } — { $body } ({ $review })
export-opinion-outcome-pending = not decided
export-opinion-outcome-answered-at-session = answered at the session
export-opinion-outcome-in-writing = answered in writing
export-opinion-outcome-transferred = transferred to the competent authority
export-answer-transferred = Transferred to { $to }
export-answer-by = Answered by: { $who }
export-ongoing = ongoing
export-progress-note = { $date }: { $note }
export-actor-system = System (automatic)
export-chat-group = { $title } ({ $purpose })
export-chat-purpose-committee = committee group
export-chat-purpose-body = body's group
export-chat-purpose-leaders = leaders' group
export-chat-none = —
export-chat-none-system = system
export-chat-other-group = group { $id }
export-chat-private = private chat with the bot

audit-target-task = Task { $number }
audit-target-session = Session { $number }
audit-target-plan = Plan { $number }
audit-target-body = Body { $number }
audit-target-membership = Member { $number }
audit-target-committee = Committee
audit-target-person = User
audit-target-opinion = Opinion
audit-target-registration = Speaker registration
audit-target-chat = Group chat
audit-target-invite = Invite code
audit-target-calendar-day = Day off or make-up day

audit-action-body-create = Body added
audit-action-body-update = Body changed
audit-action-body-remove = Body removed
audit-action-body-head = Head of body named
audit-action-calendar-set = Day off or make-up day added
audit-action-calendar-remove = Day off or make-up day removed
audit-action-chat-bind = Group registered
audit-action-chat-deactivate = Group stopped receiving
audit-action-chat-migrate = Group became a supergroup
audit-action-committee-create = Committee set up
audit-action-committee-settings = Settings changed
audit-action-invite-create = Invite code made
audit-action-invite-use = Invite code used
audit-action-member-role = Member's role changed
audit-action-member-remove = Member removed
audit-action-opinion-record = Opinion recorded
audit-action-opinion-edit = Opinion changed
audit-action-opinion-outcome = Opinion's answer recorded
audit-action-person-erase = Personal data erased
audit-action-person-erase-requested = Erasure of personal data asked for
audit-action-person-export = Personal data exported
audit-action-person-link = Accounts linked
audit-action-personal-view = Personal data viewed
audit-action-plan-create = Plan added
audit-action-registration-create = Speaker registered
audit-action-session-create = Session registered
audit-action-session-reschedule = Session rescheduled
audit-action-session-planned = Session back to provisional
audit-action-session-scheduled = Session's day fixed
audit-action-session-held = Session recorded held
audit-action-session-concluded = Session recorded concluded
audit-action-session-cancelled = Session cancelled
audit-action-session-notice = Conclusion notice recorded
audit-action-session-minutes-edit = Minutes changed
audit-action-session-readiness-due = Bridge points' readiness time set
audit-action-session-bridge-body = Bridge point given to a body
audit-action-session-bridge-ready = Bridge point confirmed ready
audit-action-session-registration-open = Speaker registration opened
audit-action-session-registration-close = Speaker registration closed
audit-action-session-registration-announce = Speaker registration announced
audit-action-session-registration-merge = Duplicate registrations merged
audit-action-session-registration-order = Speakers ordered
audit-action-task-assign = Task assigned
audit-action-task-edit = Task changed
audit-action-task-cancel = Task cancelled
audit-action-task-recompute = Task's due date recomputed
audit-action-task-submit = Document confirmed sent
audit-action-task-accept = Document accepted
audit-action-task-return = Document returned
audit-action-task-extension-request = Extension asked for
audit-action-task-extension-approve = Extension approved
audit-action-task-extension-reject = Extension rejected
audit-action-task-mute = Reminders muted
audit-action-task-unmute = Reminders back on
audit-action-task-progress = Progress reported
audit-action-task-milestone = Milestone added
audit-action-task-milestone-done = Milestone done
audit-action-task-notice-issued = Conclusion notice task done
audit-action-export-tracking = Tracking table exported
audit-action-export-audit = Audit trail exported
audit-action-export-calendar-create = Calendar address made
audit-action-export-calendar-rotate = Calendar address replaced

download-page-title = Download
download-page-intro = { $name }, the file { $file } is ready. The link works once, until { $until }.
download-page-button = Download
download-error-unknown = This download link is not right.
download-error-used = The file was already downloaded with this link. Type the command again in the chat for a new link.
download-error-expired = This download link has expired. Type the command again in the chat for a new link.

ical-name = Dialogue sessions — { $committee }
ical-calendar-description = The direct dialogue sessions of { $committee }, kept up to date by Đối thoại bot.
ical-summary = { $topic }
ical-summary-provisional = [Provisional] { $topic }
ical-summary-cancelled = [Cancelled] { $topic }
ical-description-session = Session { $number } — Plan { $plan }
ical-description-time = Time: { $time }
ical-description-time-provisional = Provisional time: { $time }
ical-description-held = Held on { $date }
ical-description-host = Chaired by: { $host }
ical-description-audience = Audience: { $audience }
ical-description-status = Status: { $status }
ical-description-reason = Reason: { $reason }
