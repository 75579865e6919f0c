import type { Committee, Repositories } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import { UserError } from './errors.js'
import type { PermissionService } from './permissions.js'

export type SettingKey = 'digest-time' | 'catch-up-until' | 'empty-digest' | 'language' | 'reminder-time' | 'quiet-from'

const TIME = /^([01]?\d|2[0-3])[:h.]([0-5]\d)$/

function parseTime(text: string): string {
  const match = TIME.exec(text.trim().toLowerCase())
  if (!match) {
    throw new UserError('settings-error-time', { value: text.slice(0, 20) })
  }
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? '00'}`
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
      let data: Partial<Pick<Committee, 'digestTime' | 'digestCatchUpUntil' | 'emptyDigest' | 'locale' | 'reminderTime' | 'quietFrom'>>
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
          if (data.quietFrom && data.quietFrom <= before.reminderTime) {
            throw new UserError('settings-error-quiet', { time: before.reminderTime, quiet: data.quietFrom })
          }
          break
        case 'language':
          if (!['vi', 'en'].includes(value)) {
            throw new UserError('settings-error-language')
          }
          data = { locale: value }
          break
      }
      return repos.transaction(async (tx) => {
        const after = await tx.committees.update(committeeId, data)
        await tx.audit.record({ ...auditSource(actor), committeeId, action: 'committee.settings', targetType: 'committee', targetId: String(committeeId), before: { [key]: raw }, after: data })
        return after
      })
    },
  }
}
export type CommitteeSettingsService = ReturnType<typeof createCommitteeSettingsService>
