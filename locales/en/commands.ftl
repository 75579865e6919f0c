## Command menu and /help

cmd-start = Start and introduction
cmd-help = Commands you can use here
cmd-khoitao = Set up the committee that issues plans
cmd-thamgia = Join with an invite code
cmd-dangky = Register this group with a code (group admins)
cmd-chon = Choose the committee you work on
cmd-coquan = Bodies (agencies, units)
cmd-moi = Create invite and group codes
cmd-thanhvien = Members and roles
cmd-lang = Change language
cmd-huy = Cancel the current dialogue

help-header-private = Commands you can use in this private chat:
help-header-group = Commands you can use in this group:
help-header-unregistered = This group is not registered yet. Commands you can use:
help-footer = In the middle of a dialogue, type /huy to stop.
cmd-kehoach = Plans: list, show, add
cmd-phien = Dialogue sessions
cmd-phienmoi = Register a new dialogue session
cmd-doilich = Reschedule a session
cmd-ngaynghi = Days off and make-up days
cmd-giaoviec = Assign a task to bodies
cmd-viec = Tasks: list and details
cmd-quahan = Overdue tasks
cmd-tuannay = Tasks due this week and next
cmd-nop = Confirm a report was sent
cmd-giahan = Ask for an extension
cmd-suaviec = Change a task's title or deadline
cmd-huyviec = Cancel a task
cmd-bantin = Preview today's digest
cmd-nhapkehoach = Import a plan from a file or pasted text
cmd-tongket = Weekly summary for leaders, with its chart
cmd-caidat = Digest and language settings
cmd-guiloi = Messages not delivered or of unknown outcome
cmd-tatnhac = Turn a task's reminders off
cmd-batnhac = Turn reminders back on
