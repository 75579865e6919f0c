# Names, read permissions, forgiving dialogues, dates (issue 10)

error-name-no-letter = “{ $name }” is not a name: a name has letters. Please type the name in letters.
error-name-symbols = “{ $name }” holds symbols that no body's name has. A name has only letters, digits, spaces and . , - ( ) / &
error-title-no-letter = “{ $name }” says nothing: please write it in words.
error-title-symbols = “{ $name }” holds pictographs (emoji). Please write it in words.
error-members-only = Only members of the committee may see this. Members can ask the bot in private.
body-details-public =
    { $body }
    Other names: { $aliases }
actor-member = a member

conversation-ambiguous-number = Is “{ $value }” the button [{ $n }] “{ $label }”, or “{ $meaning }”? Press the button to choose it; otherwise type it more clearly (a name, or “{ $value } delegates”…).
conversation-kept-pick = What you entered so far is kept. Choose one below (type its number or name), or type “huỷ” to stop:
conversation-kept-retry = What you entered so far is kept. Type the answer again, or type “huỷ” to stop.
conversation-choice-range = There are only choices 1 to { $max }.
conversation-choice-several = “{ $value }” matches several choices: { $choices }. Type the number or a longer name.
choice-session = Session { $number }: { $topic }
choice-plan = Plan { $number }: { $plan }
session-no-plans = There is no plan yet, so this session is recorded as ad hoc (not part of a plan). To attach it to a plan: type “huỷ”, create the plan with /kehoach moi or /nhapkehoach, then type /phienmoi again.
submission-file-kept = The document's number and date are kept. Send the file (PDF, Word, Excel, photo), paste an http(s):// link, or { $buttons ->
        [no] choose
       *[yes] press
    } “Skip” to go on without a file.
submit-usage = Type /nop TASK NUMBER, e.g. /nop 3 (see task numbers with /viec).
extend-usage = Type /giahan TASK NUMBER, e.g. /giahan 3 (see task numbers with /viec).
reschedule-inline-needs-reason = Write the new time and the reason on one line, separated by “|”: /doilich { $number } { $time } | reason — or type /doilich { $number } and I will ask step by step.
submit-one-number = Just type /nop { $number }: I will ask for the document's number, date and file or link in turn.
extend-one-number = Just type /giahan { $number }: I will ask for the new date and the reason in turn.
reschedule-usage = Type /doilich SESSION NUMBER, e.g. /doilich 2 (see session numbers with /phien).
task-cancel-usage = Type /huyviec NUMBER reason, e.g. /huyviec 3 No longer needed.
mute-usage = Type /tatnhac NUMBER or /batnhac NUMBER, e.g. /tatnhac 3.
task-list-usage = Type /viec phien NUMBER or /viec kehoach NUMBER, e.g. /viec phien 2.
error-number-missing = A number is missing. Type the command with a number, e.g. /viec 3.

error-internal-after-save = Your change was saved ({ $what }), but the step after it failed, so some people or groups may not have been told. Do not do it again; check with /viec or /phien, and tell those who need to know directly if needed.
saved-what-task = task
saved-what-session = session
saved-what-plan = plan
saved-what-body = body
saved-what-member = member
saved-what-invite = invite code
saved-what-chat = group
saved-what-committee = committee
saved-what-calendar = days off
saved-what-other = change
