import type { BotCommand, BotCommandScope } from 'grammy/types'
import type { MemberRole } from '../db/repositories/index.js'
import { mayRead, roleAllows, type Action } from '../services/permissions.js'

export type Place = 'private' | 'group'

/**
 * Who sees a command in /help and in Telegram's command menu:
 * `everyone`, the administrators of a group, members whose role allows an action, or `public`:
 * the committee's public facts, for anyone in its registered groups and its members in private
 * (services/permissions: mayRead).
 */
export type Audience = { kind: 'everyone' } | { kind: 'group-admins' } | { kind: 'role'; action: Action } | { kind: 'public' }

export interface CommandSpec {
  command: string
  where: readonly Place[]
  audience: Audience
}

const everyone: Audience = { kind: 'everyone' }
const publicFacts: Audience = { kind: 'public' }

/** Every command, in the order /help lists them. Descriptions are Fluent keys `cmd-<command>`. */
export const COMMANDS: readonly CommandSpec[] = [
  { command: 'start', where: ['private', 'group'], audience: everyone },
  { command: 'help', where: ['private', 'group'], audience: everyone },
  { command: 'khoitao', where: ['private'], audience: everyone },
  { command: 'thamgia', where: ['private'], audience: everyone },
  { command: 'lienket', where: ['private'], audience: everyone },
  { command: 'dangky', where: ['group'], audience: { kind: 'group-admins' } },
  { command: 'chon', where: ['private'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'coquan', where: ['private', 'group'], audience: publicFacts },
  { command: 'moi', where: ['private'], audience: { kind: 'role', action: 'invite.create' } },
  { command: 'thanhvien', where: ['private'], audience: { kind: 'role', action: 'member.list' } },
  { command: 'kehoach', where: ['private', 'group'], audience: publicFacts },
  { command: 'phien', where: ['private', 'group'], audience: publicFacts },
  { command: 'phienmoi', where: ['private'], audience: { kind: 'role', action: 'session.manage' } },
  { command: 'doilich', where: ['private'], audience: { kind: 'role', action: 'session.manage' } },
  { command: 'giaoviec', where: ['private'], audience: { kind: 'role', action: 'task.manage' } },
  { command: 'viec', where: ['private', 'group'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'quahan', where: ['private', 'group'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'tuannay', where: ['private', 'group'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'nop', where: ['private'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'giahan', where: ['private'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'suaviec', where: ['private'], audience: { kind: 'role', action: 'task.manage' } },
  { command: 'tatnhac', where: ['private'], audience: { kind: 'role', action: 'task.manage' } },
  { command: 'batnhac', where: ['private'], audience: { kind: 'role', action: 'task.manage' } },
  { command: 'huyviec', where: ['private'], audience: { kind: 'role', action: 'task.manage' } },
  { command: 'bantin', where: ['private', 'group'], audience: { kind: 'role', action: 'task.manage' } },
  { command: 'nhapkehoach', where: ['private'], audience: { kind: 'role', action: 'plan.manage' } },
  { command: 'tongket', where: ['private', 'group'], audience: { kind: 'role', action: 'summary.view' } },
  { command: 'bangdieukhien', where: ['private', 'group'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'caidat', where: ['private', 'group'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'guiloi', where: ['private'], audience: { kind: 'role', action: 'task.manage' } },
  { command: 'ngaynghi', where: ['private', 'group'], audience: publicFacts },
  { command: 'dulieu', where: ['private'], audience: everyone },
  { command: 'dk', where: ['private'], audience: everyone },
  { command: 'phatbieu', where: ['private'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'diemcau', where: ['private', 'group'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'ykien', where: ['private', 'group'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'bienban', where: ['private'], audience: { kind: 'role', action: 'personal.view' } },
  { command: 'ketluan', where: ['private', 'group'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'tiendo', where: ['private', 'group'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'mocviec', where: ['private', 'group'], audience: { kind: 'role', action: 'committee.view' } },
  { command: 'baocao', where: ['private', 'group'], audience: { kind: 'role', action: 'summary.view' } },
  { command: 'xuat', where: ['private'], audience: { kind: 'role', action: 'export.tracking' } },
  { command: 'lang', where: ['private', 'group'], audience: everyone },
  { command: 'huy', where: ['private', 'group'], audience: everyone },
]

/** Commands a caller may use here, given their role in the committee that applies (if any). */
export function commandsFor(place: Place, role: MemberRole | null, isGroupAdmin: boolean, registeredGroup = false): CommandSpec[] {
  return COMMANDS.filter((spec) => {
    if (!spec.where.includes(place)) {
      return false
    }
    switch (spec.audience.kind) {
      case 'everyone':
        return true
      case 'group-admins':
        return isGroupAdmin
      case 'role':
        return roleAllows(role, spec.audience.action)
      case 'public':
        return mayRead('public', role, place === 'group' && registeredGroup ? 'registered-group' : 'private')
    }
  })
}

/**
 * The command menus registered with Telegram: per scope (private chats, groups, group admins)
 * and per language. Role-gated commands are listed where they can be used; /help tells each
 * person what they may actually run.
 */
export function commandMenus(translate: (locale: string, key: string) => string, locales: readonly string[], defaultLocale: string) {
  const scopes: { scope: BotCommandScope; filter: (spec: CommandSpec) => boolean }[] = [
    { scope: { type: 'all_private_chats' }, filter: (spec) => spec.where.includes('private') },
    {
      scope: { type: 'all_group_chats' },
      filter: (spec) => spec.where.includes('group') && spec.audience.kind !== 'group-admins',
    },
    { scope: { type: 'all_chat_administrators' }, filter: (spec) => spec.where.includes('group') },
  ]
  return scopes.flatMap(({ scope, filter }) =>
    locales.map((locale) => ({
      scope,
      // The default language's menu is registered without a language code, so it is what
      // everyone sees unless their Telegram is set to another supported language.
      languageCode: locale === defaultLocale ? undefined : locale,
      commands: COMMANDS.filter(filter).map<BotCommand>((spec) => ({
        command: spec.command,
        description: translate(locale, `cmd-${spec.command}`),
      })),
    })),
  )
}
