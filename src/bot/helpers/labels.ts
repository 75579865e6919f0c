import type { Body, InvitePurpose, MemberRole } from '../../db/repositories/index.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

export const roleLabel = (t: Translate, role: MemberRole) => t(`role-${role}`)
export const purposeLabel = (t: Translate, purpose: InvitePurpose) => t(`invite-purpose-${purpose.replace('_', '-')}`)

/** "3. Ban Dân vận Tỉnh ủy (BDVTU)" */
export function bodyLine(body: Pick<Body, 'number' | 'name' | 'shortName'>): string {
  return `${body.number}. ${body.name}${body.shortName ? ` (${body.shortName})` : ''}`
}

/** Formats a date as the officials write it: 22/11/2026. */
export function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(date)
}

/** 22/11/2026 08:30 */
export function formatDateTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(date)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`
}
