import { InlineKeyboard } from 'grammy'
import { describe, expect, it } from 'vitest'
import { callbackData } from '../../src/bot/callback-data/codec.js'
import { commandMenus, commandsFor } from '../../src/bot/commands.js'
import { splitMessage } from '../../src/bot/helpers/reply.js'
import { hashCode, normalizeCode } from '../../src/services/invites.js'
import { parseLocalDateTime, zonedTime } from '../../src/services/time.js'
import { ANSWER_DATA_PREFIX, isAnswerKeyboard, numberChoices, pickChoice, renderChoices } from '../../src/transports/keyboard-text.js'
import { commandEntities } from '../../src/transports/updates.js'

describe('keyboards as numbered choices (console chat, Zalo)', () => {
  const keyboard = new InlineKeyboard()
    .text('Cấp tỉnh', 'lvl:province')
    .text('Cấp huyện', 'lvl:district')
    .row()
    .url('Hướng dẫn', 'https://example.org')
    .row()

  it('numbers buttons in reading order and keeps the rows', () => {
    expect(renderChoices(keyboard)).toBe('[1] Cấp tỉnh   [2] Cấp huyện\n[3] Hướng dẫn (https://example.org)')
    expect(numberChoices(keyboard).map((c) => [c.number, c.data])).toEqual([
      [1, 'lvl:province'],
      [2, 'lvl:district'],
      [3, null],
    ])
  })

  it('maps a typed number to its button, and nothing else', () => {
    expect(pickChoice(keyboard, ' 2 ')?.data).toBe('lvl:district')
    expect(pickChoice(keyboard, '4')).toBeNull()
    expect(pickChoice(keyboard, 'hai')).toBeNull()
    expect(pickChoice(undefined, '1')).toBeNull()
  })

  it('reads a markup that is not an inline keyboard (a removed reply keyboard) as no buttons, without failing', () => {
    for (const markup of [{ remove_keyboard: true }, { keyboard: [[{ text: 'a' }]] }, { inline_keyboard: 'x' }, null, 'x']) {
      expect(numberChoices(markup)).toEqual([])
      expect(renderChoices(markup)).toBe('')
      expect(pickChoice(markup, '1')).toBeNull()
    }
  })

  it('leaves a number typed under a dialogue question to the dialogue (it is the answer, maybe a count)', () => {
    const question = new InlineKeyboard().text('Không giới hạn', `${ANSWER_DATA_PREFIX}1`).text('Bỏ qua', `${ANSWER_DATA_PREFIX}2`)
    expect(isAnswerKeyboard(question)).toBe(true)
    expect(isAnswerKeyboard(keyboard)).toBe(false)
    expect(pickChoice(question, '2')).toBeNull()
  })
})

describe('callback data', () => {
  const data = callbackData('mrole', ['committee', 'number', 'role'])
  it('round-trips and refuses what does not fit Telegram’s 64 bytes', () => {
    const packed = data.pack({ committee: 12, number: 3, role: 'leader' })
    expect(packed).toBe('mrole:12:3:leader')
    expect(data.unpack(packed)).toEqual({ committee: '12', number: '3', role: 'leader' })
    expect(data.pattern.test('mrole:1:2')).toBe(false)
    expect(() => data.pack({ committee: 'x'.repeat(60), number: 1, role: 'a' })).toThrow(/too long/)
  })
})

describe('commands', () => {
  it('show each person what they may use where they are', () => {
    const names = (list: { command: string }[]) => list.map((c) => c.command)
    expect(names(commandsFor('private', null, false))).toEqual([
      'start',
      'help',
      'khoitao',
      'thamgia',
      'lienket',
      'dulieu',
      'dk',
      'lang',
      'huy',
    ])
    expect(names(commandsFor('private', 'member', false))).toContain('coquan')
    expect(names(commandsFor('private', 'member', false))).not.toContain('moi')
    expect(names(commandsFor('private', 'secretariat', false))).toContain('moi')
    expect(names(commandsFor('private', 'secretariat', false))).toContain('thanhvien')
    expect(names(commandsFor('group', null, true))).toContain('dangky')
    expect(names(commandsFor('group', null, false))).not.toContain('dangky')
  })

  it('register menus for private chats, groups and group admins in both languages', () => {
    const menus = commandMenus((locale, key) => `${locale}:${key}`, ['vi', 'en'], 'vi')
    expect(menus.map((m) => [m.scope.type, m.languageCode ?? 'default'])).toEqual([
      ['all_private_chats', 'default'],
      ['all_private_chats', 'en'],
      ['all_group_chats', 'default'],
      ['all_group_chats', 'en'],
      ['all_chat_administrators', 'default'],
      ['all_chat_administrators', 'en'],
    ])
    const groupAdmins = menus.find((m) => m.scope.type === 'all_chat_administrators' && !m.languageCode)
    expect(groupAdmins?.commands.map((c) => c.command)).toContain('dangky')
    expect(menus.find((m) => m.scope.type === 'all_group_chats')?.commands.map((c) => c.command)).not.toContain('dangky')
    expect(menus[1]?.commands[0]).toEqual({ command: 'start', description: 'en:cmd-start' })
  })

  it('builds command entities the way Telegram does', () => {
    expect(commandEntities('/dangky@doithoai_bot ABC')).toEqual([{ type: 'bot_command', offset: 0, length: 20 }])
    expect(commandEntities('xin chào')).toEqual([])
  })
})

describe('invite codes', () => {
  it('are read the way people retype them', () => {
    expect(normalizeCode(' abcde-fghjk ')).toBe('ABCDEFGHJK')
    expect(hashCode('abcde fghjk')).toBe(hashCode('ABCDE-FGHJK'))
    expect(hashCode('ABCDE-FGHJK')).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('long messages', () => {
  it('split on line boundaries under the limit', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}. Sở Giáo dục và Đào tạo — báo cáo trước ngày 28/02/2023`)
    const parts = splitMessage(lines.join('\n'), 4096)
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.every((part) => part.length <= 4096)).toBe(true)
    expect(parts.join('\n')).toBe(lines.join('\n'))
    const huge = splitMessage('x'.repeat(9000), 4096)
    expect(huge.map((p) => p.length)).toEqual([4096, 4096, 808])
  })
})

describe('local times', () => {
  it('convert a wall-clock time in Vietnam to the right instant', () => {
    expect(zonedTime({ year: 2026, month: 1, day: 5, hour: 7, minute: 30 }, 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2026-01-05T00:30:00.000Z',
    )
    expect(parseLocalDateTime('2026-02-29 07:30', 'Asia/Ho_Chi_Minh')).toBeNull()
    expect(parseLocalDateTime('2026-03-01', 'Asia/Ho_Chi_Minh')?.toISOString()).toBe('2026-02-28T17:00:00.000Z')
  })
})
