## The dashboard (issue 16): /bangdieukhien, the page under /app/ and its views under /api/

cmd-bangdieukhien = Dashboard: figures, charts, the dialogue sessions

dashboard-unavailable = The dashboard is not switched on: the bot's server has no public address (PUBLIC_URL). Ask the bot's administrator.
dashboard-open-private = 📊 Dashboard: how the tasks stand, the dialogue sessions, opinions and conclusions. Press the button below to open it.
dashboard-button = 📊 Open the dashboard
dashboard-open-group = 📊 The dashboard opens in your private chat with the bot (Telegram opens mini apps from private chats only). Press the button below, then «Start».
dashboard-button-private = Open in private chat
dashboard-login-private = To open the dashboard, send /bangdieukhien to { $bot } in a private chat: the bot replies with a one-time login link.
dashboard-login-link =
    📊 Dashboard: { $url }
    The link works once and expires in { $minutes } minutes; do not pass it on. Once opened, the login lasts 12 hours.
dashboard-error-link = This login link is wrong, used or expired. Send /bangdieukhien to the bot for a new one.
dashboard-error-unauthorized = Not signed in. Open the dashboard from the bot's button (/bangdieukhien) or ask for a new login link.
dashboard-error-no-committee = You are not a member of any committee on the bot yet, so there is nothing to show.
dashboard-error-not-your-committee = You are not a member of the chosen committee, so its figures cannot be shown. Open the dashboard again and choose one of your committees.

dashboard-title = Dashboard
dashboard-loading = Loading…
dashboard-no-script = This page needs JavaScript. Open it again from the button in Telegram or the link the bot sent.
dashboard-as-of = Figures as of { $date }
dashboard-restricted = only the tasks of the bodies you are a contact for
dashboard-tab-overview = Overview
dashboard-tab-bodies = Bodies
dashboard-tab-tasks = Tasks
dashboard-tab-sessions = Sessions

dashboard-filter-committee = Committee
dashboard-filter-plan = Plan
dashboard-filter-all-plans = All plans
dashboard-filter-period = Period (by due date)
dashboard-filter-all-periods = Any time
dashboard-filter-body = Body
dashboard-filter-all-bodies = All bodies
dashboard-filter-my-bodies = My bodies
dashboard-filter-year = Year
dashboard-period-year = Year { $year }
dashboard-period-half = { $half ->
    [1] First half of { $year }
   *[other] Second half of { $year }
}
dashboard-period-quarter = Q{ $quarter } { $year }
dashboard-period-month = { $month }/{ $year }

dashboard-chart-tasks = tasks
dashboard-chart-empty = No tasks yet.
dashboard-classes-title = How the tasks stand
dashboard-classes-note = { $total } tasks (cancelled ones left out), { $extended } of them extended.
dashboard-trend-title = The last { $weeks } weeks
dashboard-overdue-by-body-title = Overdue tasks by lead body
dashboard-all-bodies = See the table of all bodies →
dashboard-overdue-title = Overdue tasks ({ $count })
dashboard-no-overdue = No overdue tasks.
dashboard-due = due { $date }
dashboard-late-days = { $days } working days late
dashboard-more-overdue = … and { $count } more overdue tasks →
dashboard-after-session-title = After the sessions ({ $sessions } held)
dashboard-opinions = Opinions and proposals
dashboard-opinions-received = Received
dashboard-opinions-at-session = Answered at the session
dashboard-opinions-writing-on-time = Answered in writing on time
dashboard-opinions-writing-late = Answered in writing late
dashboard-opinions-pending = Awaiting an answer
dashboard-opinions-overdue = Answer overdue
dashboard-opinions-transferred = Transferred to the competent authority
dashboard-items = Conclusion items
dashboard-items-total = In all
dashboard-items-done-on-time = Done on time
dashboard-items-done-late = Done late
dashboard-items-in-progress = In progress
dashboard-items-ongoing = of which ongoing
dashboard-items-overdue = Overdue

dashboard-body = Body
dashboard-total = Total
dashboard-bodies-note = { $count } bodies; the tasks each one leads. Press a name for its tasks, a column's head to sort.
dashboard-nothing = Nothing to show.
dashboard-previous = ← Previous
dashboard-next = Next →
dashboard-page = Page { $page }/{ $pages }

dashboard-state-all = All
dashboard-state-open = Open
dashboard-state-overdue = Overdue
dashboard-state-done = Done
dashboard-tasks-count = { $count } tasks
dashboard-tasks-of-body = Tasks led by { $body }
dashboard-tasks-of-session = Tasks of session { $number }: { $topic }

dashboard-task-title = Task { $number }
dashboard-task-status = Status
dashboard-task-kind = Kind
dashboard-task-lead = Lead
dashboard-task-coordinating = Coordinating
dashboard-task-recipient = Send to
dashboard-task-cc = cc
dashboard-task-due = Due
dashboard-task-done-on = Done on (the document's date)
dashboard-task-session = Session
dashboard-task-plan = Plan
dashboard-task-cancelled = Cancelled because
dashboard-task-submissions = Reports sent
dashboard-task-extensions = Extensions
dashboard-task-history = History

dashboard-sessions-title = Dialogue sessions of { $year }
dashboard-sessions-count = { $count } sessions in { $year }
dashboard-month = { $month }/{ $year }
dashboard-session-undated = No date yet
dashboard-session-tasks = Tasks: { $done }/{ $total } done
dashboard-session-overdue = { $count } overdue
dashboard-session-points = bridge points ready { $ready }/{ $total }
dashboard-session-opinions = Opinions: { $received } received, { $atSession } answered at the session, { $writing } in writing, { $pending } awaiting ({ $overdue } overdue)
dashboard-session-items = Conclusions: { $total } items, { $done } done, { $inProgress } in progress, { $overdue } overdue
