import { createCalendar } from '../services/calendar/calendar.js'
import { formatVietnamese, isLocalDate, weekdayNameVi } from '../services/calendar/local-date.js'

// Command line for operators and scripts (npm run --silent calendar -- …):
//   is-working YYYY-MM-DD           → true | false
//   add-working-days YYYY-MM-DD N   → YYYY-MM-DD (N may be negative)
//   count-working-days FROM TO      → N
//   days-off YYYY                   → the year's days off and make-up days, with names and sources
const usage = `Usage:
  calendar is-working YYYY-MM-DD
  calendar add-working-days YYYY-MM-DD N
  calendar count-working-days YYYY-MM-DD YYYY-MM-DD
  calendar days-off YYYY`

function fail(message: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(2)
}

function date(value: string | undefined): string {
  if (!value || !isLocalDate(value)) {
    fail(`Not a date: ${value ?? '(missing)'} — expected YYYY-MM-DD`)
  }
  return value
}

const [command, ...args] = process.argv.slice(2)
const calendar = createCalendar()

switch (command) {
  case 'is-working':
    console.log(String(calendar.isWorkingDay(date(args[0]))))
    break
  case 'add-working-days': {
    const n = Number(args[1])
    if (!Number.isInteger(n) || Math.abs(n) > 3650) {
      fail(`Not a whole number of days: ${args[1] ?? '(missing)'}`)
    }
    console.log(calendar.addWorkingDays(date(args[0]), n))
    break
  }
  case 'count-working-days':
    console.log(String(calendar.countWorkingDays(date(args[0]), date(args[1]))))
    break
  case 'days-off': {
    const year = Number(args[0])
    if (!Number.isInteger(year) || year < 1990 || year > 2100) {
      fail(`Not a year: ${args[0] ?? '(missing)'}`)
    }
    const list = calendar.daysOff(year)
    console.log(`Năm ${year}${list.provisional ? ' — DỰ KIẾN: chưa có thông báo chính thức, tính theo Bộ luật Lao động' : ''}`)
    for (const day of list.days) {
      const kind = day.kind === 'make_up' ? 'làm bù' : day.kind === 'holiday' ? 'nghỉ lễ' : 'nghỉ'
      console.log(`${day.date}  ${weekdayNameVi(day.date).padEnd(8)} ${formatVietnamese(day.date)}  ${kind.padEnd(7)}  ${day.name}`)
    }
    console.log('Nguồn:')
    for (const source of list.sources) {
      console.log(`  - ${source}`)
    }
    if (list.note) {
      console.log(`Ghi chú: ${list.note}`)
    }
    break
  }
  default:
    fail(command ? `Unknown command: ${command}` : 'No command')
}
