## /ngaynghi

calendar-header = Days off and make-up days in { $year } — { $committee }:
calendar-header-provisional = Days off in { $year } — { $committee } (PROVISIONAL: no official decision yet, computed from the Labour Code):
calendar-line-holiday = { $date } ({ $weekday }) — holiday: { $name }{ $local }
calendar-line-day-off = { $date } ({ $weekday }) — day off: { $name }{ $local }
calendar-line-make-up = { $date } ({ $weekday }) — working day (make-up): { $name }{ $local }
calendar-local-mark = {" "}[this committee's own]
calendar-sources = Sources:
calendar-manage-hint = Add a local day off: /ngaynghi nghi DATE Reason · Add a make-up day: /ngaynghi lambu DATE Reason · Remove: /ngaynghi xoa DATE · Another year: /ngaynghi 2027
calendar-view-hint = Another year: /ngaynghi 2027
calendar-usage = Usage: /ngaynghi [year] · /ngaynghi nghi 04/5/2026 Reason · /ngaynghi lambu 09/5/2026 Reason · /ngaynghi xoa 04/5/2026
calendar-removed = Removed the local change of { $date }.
calendar-day-off-added = Added a local day off on { $date }: { $reason }. Deadlines counted in working days skip it.
calendar-working-day-added = Added a working day (make-up) on { $date }: { $reason }.
calendar-error-year = “{ $value }” is not a valid year.
calendar-error-reason = Please give a reason (at least 3 characters), e.g. /ngaynghi nghi 04/5/2026 Provincial festival
calendar-error-already-off = That day is already off ({ $reason }); nothing to add.
calendar-error-already-working = That day is already a working day; nothing to add.
calendar-error-not-local = That day has no local change to remove.
