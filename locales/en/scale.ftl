# Lists by page, a digest and a weekly summary that fit one message at any number of tasks.

list-page-typed = Other pages: press ⟵ ⟶ or type { $command } trang NUMBER
session-list-counts = Upcoming: { $upcoming } · Past and cancelled: { $past }
session-detail-more-tasks = … and { $count } more tasks: /viec phien { $number }
digest-more-numbers = and { $count } more
digest-more-bodies = • … and { $bodies } other bodies: { $count } tasks
digest-more-reviews = • … and { $count } more reports awaiting review
digest-more-sessions = • … and { $count } more sessions: /phien
bantin-nothing = Nothing to report today ({ $date }) and empty digests are off (/caidat bantinrong): the group will get no digest.
summary-more-bodies = • … and { $bodies } other bodies: { $count } tasks, { $overdue } overdue
summary-more-overdue = • … and { $count } more overdue tasks: /quahan
summary-more-sessions = • … and { $count } more sessions: /phien
summary-more-extensions = • … and { $count } more extensions
reminder-more = • … and { $count } more tasks: /viec
