## /nhapkehoach — reading a plan

import-ask-text =
    Send the plan as a file (Word .docx or .doc, LibreOffice .odt, a text .pdf, Excel .xlsx, .txt, a web page .html), or paste its full text — over several messages if needed — then type /xong.
    I will read its dialogue sessions, bodies and tasks with their deadlines for you to check before saving. Type /huy to stop.
import-need-text-or-file = Please send the plan's file or paste its text; when done, type /xong.
import-pasting = Received. Paste the rest (if any), then type /xong.
import-error-nothing-pasted = Nothing yet. Paste the plan's text first, then type /xong.
import-error-too-long = The text is longer than { $max } characters, which is not a plan. Stopped; type /nhapkehoach to start again.
import-error-file-too-big = The file is larger than 20 MB, which I cannot download. Please send a smaller file or paste the text.
import-error-unsupported = I cannot read “{ $name }”. Please send a Word (.docx, .doc), .odt, text .pdf, Excel (.xlsx), .txt or .html file, or paste the text.
import-error-scanned = “{ $name }” is a scan (pictures) with no text to read. Please send the Word file (.docx) or paste the plan's text.
import-error-locked = “{ $name }” is locked with a password, so I cannot open it. Please send a copy without a password, or paste the plan's text.
import-error-empty = “{ $name }” is empty. Please check the file.
import-error-unreadable = “{ $name }” is damaged or not what its name says. Please save it again and resend it, or paste the text.
import-error-nothing = I found no dialogue session and no task in this text. Is it a plan for organising dialogues?
import-error-impossible-date = I found no session or task I could read: the date «{ $dates }» is not on the calendar. Correct it in the text and send it again.
import-error-duplicate = This plan was already imported: plan no. { $number } — { $title }. See it with /kehoach { $number }; it is not imported twice.
import-error-duplicate-now = This plan has just been imported (perhaps by someone else). Nothing changed; see /kehoach.
import-button-save = 💾 Save all
import-button-cancel = ✖ Cancel
import-preview-plan = 📄 { $title } (year { $year }) — number: { $number }
import-preview-sessions = 🗓 Dialogue sessions ({ $count }):
import-preview-unscheduled = no date yet
import-preview-ad-hoc = (The plan allows ad-hoc dialogues when needed.)
import-preview-tasks = 📋 Tasks ({ $count }), by lead body:
import-preview-new-body = (new — will be added to the list)
import-preview-due-later = due date set once the session is scheduled
import-preview-warnings = ⚠️ Please check:
import-preview-help = Change a line: «bo 3» drops line 3 (or «bo 3,5») · «han 3 chậm nhất ngày 10/3/2023» · «coquan 3 Ban Dân vận» · «phien 3 P2» (or «phien 3 0» for none). When it is right, { $buttons ->
        [no] choose
       *[yes] press
    } 💾 Save all.
import-edit-help = I did not understand the change. { import-preview-help }
import-error-line = There is no line { $number } (task lines run from 1 to { $count }).
import-error-one-line = Change one line at a time, for example: han 3 chậm nhất ngày 10/3/2023.
import-error-session = “{ $value }” is not a session (P1 to P{ $count }, or 0 for none).
import-edited-dropped = Dropped line { $lines }.
import-edited-deadline = Changed the deadline of line { $line }.
import-edited-body = Line { $line }: the lead body is { $body }.
import-edited-session = Line { $line }: linked to session { $session }.
import-saved = ✅ Saved plan no. { $plan }: { $sessions } dialogue sessions, { $tasks } tasks. New bodies: { $bodies }. See: /kehoach { $plan } · /phien · /viec tatca
import-announce = 📌 A new plan gives your body { $count } tasks:
import-announce-line = No. { $number }: { $title } — { $due }
import-announce-footer = Details: /viec NO. · Once the report is sent: /nop NO.
import-warning-no-sessions = The part with the dialogues' content and time was not found.
import-warning-no-execution = The part on who does what (tổ chức thực hiện) was not found.
import-warning-session-time = The time of the session “{ $topic }” could not be read: «{ $text }».
import-warning-no-body = Item { $number } «{ $heading }» names no body: its work was not assigned.
import-warning-deadline = A deadline could not be read: «{ $text }». This line has no due date; change it with «han NO. …» if needed.
import-warning-impossible-date = The date «{ $date }» is not on the calendar, so it was not read: check the text (a session or a deadline on that day is missing).

## Several plans in one text (issue 11)

import-several =
    The text holds { $count } plans:
    { $titles }
    I will show each plan for you to check: { $buttons ->
        [no] choose
       *[yes] press
    } 💾 to save it, or ⏭ to skip it.
import-draft-of = 📑 Plan { $index }/{ $count }
import-button-save-one = 💾 Save this plan
import-button-skip = ⏭ Skip
import-skipped = Plan { $index } skipped; nothing of it was saved.
import-warning-several-plans = The text holds { $count } plans; each is read on its own.
import-warning-year-assumed = The text gives no year, so its dates are read as { $year }. If that is wrong, cancel, add the year to the text and send it again.
