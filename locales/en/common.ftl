## Shared words and buttons

button-create = ✅ Create
button-cancel = ✖ Cancel
button-keep = Keep
button-remove = 🗑 Remove

role-owner = Owner
role-secretariat = Secretariat
role-leader = Leader
role-member = Member

committee-level-province = Province
committee-level-district = District
committee-level-commune = Commune
committee-level-agency = Agency

language-name-vi = 🇻🇳 Tiếng Việt
language-name-en = 🇬🇧 English
language-choose = Choose a language:
language-changed = Switched to English.

conversation-need-text = Please answer with a text message { $buttons ->
        [no] or type the number of a choice.
       *[yes] or press a button.
    } Type “huỷ” (or /huy) to stop.
conversation-interrupted = Stopped the unfinished dialogue to run your new command.
conversation-too-long = The answer is longer than { $max } characters. Please make it shorter.

conversation-pick-button = { $buttons ->
        [no] Please type the number or name of a choice.
       *[yes] Please press a button, or type the number or name of a choice.
    }
conversation-stale-button = { $buttons ->
        [no] That choice
       *[yes] That button
    } belongs to an earlier question. Please answer the last question.
conversation-cancelled = Cancelled; nothing was changed.

cancel-done = Cancelled the unfinished dialogue. Nothing was saved.
cancel-nothing = There is nothing to cancel.

unhandled-button = { $buttons ->
        [no] This choice
       *[yes] This button
    } has expired. Please type the command again.
unhandled-command = Unknown command. Type /help to see the commands you can use here.
unhandled-command-suggest = There is no command { $typed }. Did you mean: { $suggestions }? Type /help for the commands you can use here.
unhandled-text = I did not understand this message. Type /help to see the commands you can use.

button-skip = Skip
actor-system = system
weekday-0 = Sunday
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
date-error-format = “{ $value }” is not a date. Write day/month/year, e.g. 28/02/2023.
date-error-invalid = There is no such day as “{ $value }”. Please check it.
button-save = 💾 Save
button-previous = ⟵ Previous
button-next = Next ⟶
