# Delivery: words of the outbox itself (announcements are worded by the features that make them).

# /guiloi: what kind of message an undelivered announcement was (not a scheduled run).
run-kind-announcement = announcement (assignment, review, extension, reschedule…)
