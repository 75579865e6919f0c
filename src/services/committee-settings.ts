import type { Committee, Repositories } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import { UserError } from './errors.js'
import { clip, foldVietnamese } from './text.js'
import type { PermissionService } from './permissions.js'

export type SettingKey =
  | 'digest-time'
  | 'catch-up-until'
  | 'empty-digest'
  | 'language'
  | 'reminder-time'
  | 'quiet-from'
  | 'weekly-day'
  | 'weekly-time'
  | 'answer-days'

const TIME = /^([01]?\d|2[0-3])[:h.]([0-5]\d)$/

function parseTime(text: string): string {
  const match = TIME.exec(text.trim().toLowerCase())
  if (!match) {
    throw new UserError('settings-error-time', { value: clip(text, 20) })
  }
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? '00'}`
}

const WEEKDAYS: [number, string[]][] = [
  [1, ['thuhai', 'thu2', 't2', '2', 'monday', 'mon']],
  [2, ['thuba', 'thu3', 't3', '3', 'tuesday', 'tue']],
  [3, ['thutu', 'thu4', 't4', '4', 'wednesday', 'wed']],
  [4, ['thunam', 'thu5', 't5', '5', 'thursday', 'thu']],
  [5, ['thusau', 'thu6', 't6', '6', 'friday', 'fri']],
  [6, ['thubay', 'thu7', 't7', '7', 'saturday', 'sat']],
  [7, ['chunhat', 'cn', '8', 'sunday', 'sun']],
]

/** "thứ hai", "T2", "2", "Monday" → 1 … "chủ nhật", "CN" → 7 (ISO weekday). */
export function parseWeekday(text: string): number {
  const folded = foldVietnamese(text).replace(/[\s.]/g, '')
  const found = WEEKDAYS.find(([, words]) => words.includes(folded))
  if (!found) {
    throw new UserError('settings-error-weekday', { value: clip(text, 20) })
  }
  return found[0]
}

/** A committee's delivery settings (/caidat), owner and secretariat only, audited. */
export function createCommitteeSettingsService(repos: Repositories, permissions: PermissionService) {
  return {
    async set(actor: Actor, committeeId: number, key: SettingKey, raw: string): Promise<Committee> {
      await permissions.require(committeeId, actor.personId, 'settings.manage')
      const before = await repos.committees.findById(committeeId)
      if (!before) {
        throw new UserError('error-not-member')
      }
      const value = raw.trim().toLowerCase()
      let data: Partial<
        Pick<
          Committee,
          | 'digestTime'
          | 'digestCatchUpUntil'
          | 'emptyDigest'
          | 'locale'
          | 'reminderTime'
          | 'quietFrom'
          | 'weeklyDay'
          | 'weeklyTime'
          | 'answerWorkingDays'
        >
      >
      switch (key) {
        case 'digest-time':
          data = { digestTime: parseTime(value) }
          if (data.digestTime && data.digestTime >= before.digestCatchUpUntil) {
            throw new UserError('settings-error-order', { time: data.digestTime, until: before.digestCatchUpUntil })
          }
          break
        case 'catch-up-until':
          data = { digestCatchUpUntil: parseTime(value) }
          if (data.digestCatchUpUntil && data.digestCatchUpUntil <= before.digestTime) {
            throw new UserError('settings-error-order', { time: before.digestTime, until: data.digestCatchUpUntil })
          }
          break
        case 'empty-digest':
          if (!['co', 'có', 'khong', 'không', 'on', 'off'].includes(value)) {
            throw new UserError('settings-error-yes-no')
          }
          data = { emptyDigest: ['co', 'có', 'on'].includes(value) }
          break
        case 'reminder-time':
          data = { reminderTime: parseTime(value) }
          if (data.reminderTime && data.reminderTime >= before.quietFrom) {
            throw new UserError('settings-error-quiet', { time: data.reminderTime, quiet: before.quietFrom })
          }
          break
        case 'quiet-from':
          data = { quietFrom: parseTime(value) }
          {
            // Quiet hours start after the last thing sent in the day: reminders and the weekly summary.
            const latest = before.reminderTime > before.weeklyTime ? before.reminderTime : before.weeklyTime
            if (data.quietFrom && data.quietFrom <= latest) {
              throw new UserError('settings-error-quiet', { time: latest, quiet: data.quietFrom })
            }
          }
          break
        case 'weekly-day':
          data = { weeklyDay: parseWeekday(raw) }
          break
        case 'weekly-time':
          data = { weeklyTime: parseTime(value) }
          if (data.weeklyTime && data.weeklyTime >= before.quietFrom) {
            throw new UserError('settings-error-quiet', { time: data.weeklyTime, quiet: before.quietFrom })
          }
          break
        case 'answer-days': {
          // Working days a body has to answer in writing an opinion raised at a session.
          const days = Number(value)
          if (!/^\d{1,2}$/.test(value) || days < 1 || days > 60) {
            throw new UserError('settings-error-answer-days', { value: raw.slice(0, 20) })
          }
          data = { answerWorkingDays: days }
          break
        }
        case 'language':
          if (!['vi', 'en'].includes(value)) {
            throw new UserError('settings-error-language')
          }
          data = { locale: value }
          break
      }
      return repos.transaction(async (tx) => {
        const after = await tx.committees.update(committeeId, data)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'committee.settings',
          targetType: 'committee',
          targetId: String(committeeId),
          before: { [key]: raw },
          after: data,
        })
        return after
      })
    },
  }
}
export type CommitteeSettingsService = ReturnType<typeof createCommitteeSettingsService>
