/**
 * Generated Telegram updates for the webhook fuzz: garbage and huge texts, lone surrogates, NUL,
 * known commands with odd arguments, unknown commands, random callback data, edited messages,
 * channel posts, documents of odd types, oversized numbers, unknown update kinds and malformed
 * shapes (a `text` that is not a string, a message without a chat, ids as strings). Deterministic
 * for a seed.
 */

/** mulberry32: a small seeded PRNG, so a failing update can be generated again. */
export function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  return { next, int, pick, chance: (p: number) => next() < p }
}
type Rng = ReturnType<typeof prng>

const COMMANDS = [
  'start',
  'help',
  'viec',
  'quahan',
  'tuannay',
  'coquan',
  'kehoach',
  'phien',
  'thanhvien',
  'nop',
  'giahan',
  'suaviec',
  'huyviec',
  'tatnhac',
  'batnhac',
  'bantin',
  'tongket',
  'caidat',
  'guiloi',
  'ngaynghi',
  'lang',
  'huy',
  'dangky',
  'thamgia',
  'chon',
  'moi',
  'giaoviec',
  'phienmoi',
  'doilich',
  'nhapkehoach',
  'khoitao',
  'dulieu',
] as const

const ODD_ARGS = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  '99999999999999999999999',
  '9007199254740993',
  'NaN',
  'Infinity',
  '0x1F',
  '1.5',
  '١٢',
  '１２',
  'tatca',
  'phien 0',
  'kehoach -5',
  'phien 99999999999',
  'them',
  'them |||',
  'them | | |',
  'sua 1',
  'xoa 1',
  'gioban 25:99',
  'gioban 07:30:00',
  'ngonngu xx',
  'nghi 2026-02-30 lý do',
  'nghi 31/02/2026 x',
  'lambu 1/1/99999 x',
  'xoa',
  'yeucau',
  'xuat 1',
  'xuat 99999999999999',
  'en',
  'vi',
  'zz',
  'ABCDE-FGHJK',
  'AAAAA-AAAAA',
  '<b>x</b>',
  '${x}',
  '{ $name }',
  '%s%s%s',
  '\\',
  '"',
  "'",
  'Sở Giáo dục và Đào tạo',
  'Sở Giáo dục và Đào tạo'.normalize('NFD'),
  '👨‍👩‍👧‍👦',
  '\u202Eabc',
  '\u200B\u200B',
  'a\u0000b',
  '\uD800',
  '\uDFFF x \uD800',
  'x'.repeat(300),
  '1 '.repeat(200),
]

function randomChar(rng: Rng): string {
  switch (rng.int(0, 9)) {
    case 0:
      return String.fromCharCode(rng.int(0xd800, 0xdfff)) // a lone surrogate
    case 1:
      return String.fromCharCode(rng.int(0, 31)) // control characters, NUL included
    case 2:
      return String.fromCodePoint(rng.int(0x1f300, 0x1faff)) // emoji
    case 3:
      return rng.pick(['\u202E', '\u200B', '\uFEFF', '\u0301', '\u0300', '\uFFFF', '\uFFFD'])
    case 4:
    case 5:
      return rng.pick([...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ /|:-_.,;@#0123456789'])
    default:
      return String.fromCodePoint(rng.int(0x20, 0x2fff))
  }
}

function garbage(rng: Rng, length: number): string {
  let text = ''
  for (let i = 0; i < length; i++) {
    text += randomChar(rng)
  }
  return text
}

function text(rng: Rng): string {
  switch (rng.int(0, 9)) {
    case 0:
      return garbage(rng, rng.int(1, 60))
    case 1:
      // Huge: Telegram caps at 4,096 characters, a forged request need not.
      return garbage(rng, rng.int(4000, 20000))
    case 2:
      return `/${garbage(rng, rng.int(1, 12)).replace(/\s/g, '')}` // unknown command
    case 3:
      return `/${rng.pick(COMMANDS)}@${rng.pick(['doithoai_bot', 'other_bot', ''])} ${rng.pick(ODD_ARGS)}`
    case 4:
    case 5:
    case 6:
      return `/${rng.pick(COMMANDS)} ${rng.pick(ODD_ARGS)}${rng.chance(0.3) ? ` ${rng.pick(ODD_ARGS)}` : ''}`
    case 7:
      return rng.pick(ODD_ARGS)
    default:
      return `/${rng.pick(COMMANDS)}`
  }
}

function callbackData(rng: Rng): string {
  switch (rng.int(0, 5)) {
    case 0:
      return garbage(rng, rng.int(1, 64))
    case 1:
      return garbage(rng, rng.int(65, 400)) // over Telegram's 64 bytes
    case 2:
      // Prefix-looking data with oversized or odd numbers.
      return `${garbage(rng, rng.int(1, 4)).replace(/\s/g, '')}:${rng.pick(ODD_ARGS)}:${rng.int(-5, 5)}`
    case 3:
      return (
        `${rng.pick(['t', 'task', 'rv', 'm', 'mr', 'cp', 'ck', 'page', 'nav', 'x'])}:` +
        `${rng.pick(['1', '99999999999999999999', '-1', 'a', ''])}:${rng.pick(['1', 'yes', 'ask', ''])}`
      )
    case 4:
      return ''
    default:
      return `${rng.int(0, 1e6)}`
  }
}

const STRANGER_BASE = 8_000_000

/** The people and chats updates come from: a few known to the bot (members, a registered group) and many strangers. */
export interface FuzzWorld {
  members: { id: number; firstName: string }[]
  groups: { id: number; title: string }[]
}

function person(rng: Rng, world: FuzzWorld) {
  if (rng.chance(0.35) && world.members.length > 0) {
    const member = rng.pick(world.members)
    return { id: member.id, is_bot: false, first_name: member.firstName }
  }
  const id = rng.chance(0.02) ? rng.pick([0, -1, 2 ** 53 + 7, 1087968824, 777000]) : STRANGER_BASE + rng.int(0, 5000)
  const firstName = rng.chance(0.3) ? garbage(rng, rng.int(0, 80)) : rng.pick(['An', 'Bình', 'Chi', '', ' ', '\uD800', 'a\u0000b'])
  return {
    id,
    is_bot: rng.chance(0.02),
    first_name: firstName,
    ...(rng.chance(0.3) ? { last_name: garbage(rng, rng.int(0, 20)) } : {}),
    ...(rng.chance(0.3) ? { username: garbage(rng, rng.int(1, 32)) } : {}),
    ...(rng.chance(0.2) ? { language_code: rng.pick(['vi', 'en', 'fr', '', 'x'.repeat(50)]) } : {}),
  }
}

function chatFor(rng: Rng, world: FuzzWorld, from: { id: number; first_name: string }) {
  switch (rng.int(0, 5)) {
    case 0:
    case 1:
      return { id: from.id, type: 'private', first_name: from.first_name }
    case 2:
      if (world.groups.length > 0) {
        const group = rng.pick(world.groups)
        return { id: group.id, type: 'group', title: group.title }
      }
      return { id: -rng.int(1, 1e9), type: 'group', title: garbage(rng, 10) }
    case 3:
      return { id: -1_000_000_000_000 - rng.int(0, 1e6), type: 'supergroup', title: garbage(rng, rng.int(0, 30)) }
    case 4:
      return { id: -rng.int(1, 1e9), type: 'group', title: garbage(rng, rng.int(0, 30)) }
    default:
      return { id: -1_000_000_000_000 - rng.int(0, 1e6), type: 'channel', title: garbage(rng, 10) }
  }
}

const MIME_TYPES = [
  'application/pdf',
  'application/x-msdownload',
  'application/octet-stream',
  'image/svg+xml',
  'text/html',
  '',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'x'.repeat(300),
]

/** One generated update with id `updateId`. */
export function generateUpdate(rng: Rng, world: FuzzWorld, updateId: number): Record<string, unknown> {
  const from = person(rng, world)
  const chat = chatFor(rng, world, from)
  const date = rng.chance(0.05) ? rng.pick([0, -1, 2 ** 40, 1e15]) : Math.floor(Date.now() / 1000)
  const messageId = rng.chance(0.05) ? rng.pick([0, -1, 2 ** 53, 1e20]) : rng.int(1, 1e6)
  const base = { message_id: messageId, date, chat, from }
  const kind = rng.int(0, 99)
  if (kind < 40) {
    const message: Record<string, unknown> = { ...base, text: text(rng) }
    if (typeof message.text === 'string' && message.text.startsWith('/') && rng.chance(0.8)) {
      const length = message.text.split(' ')[0]?.length ?? 1
      message.entities = [{ type: 'bot_command', offset: 0, length: rng.chance(0.05) ? rng.int(-5, 5000) : length }]
    }
    if (rng.chance(0.1)) {
      message.sender_chat = { id: chat.id, type: chat.type, title: 'x' }
    }
    return { update_id: updateId, message }
  }
  if (kind < 55) {
    const message = {
      id: 'q',
      message_id: rng.int(1, 1e6),
      date,
      chat,
      text: garbage(rng, 5),
      from: { id: 1, is_bot: true, first_name: 'bot' },
    }
    return {
      update_id: updateId,
      callback_query: {
        id: String(rng.int(0, 1e12)),
        from,
        chat_instance: String(rng.int(0, 1e9)),
        ...(rng.chance(0.9) ? { message } : { inline_message_id: garbage(rng, 10) }),
        ...(rng.chance(0.95) ? { data: callbackData(rng) } : {}),
      },
    }
  }
  if (kind < 63) {
    return { update_id: updateId, edited_message: { ...base, edit_date: date, text: text(rng) } }
  }
  if (kind < 70) {
    return {
      update_id: updateId,
      [rng.chance(0.7) ? 'channel_post' : 'edited_channel_post']: {
        message_id: messageId,
        date,
        chat: { id: -1_000_000_000_000 - rng.int(0, 1e6), type: 'channel', title: garbage(rng, 12) },
        sender_chat: { id: -100, type: 'channel', title: 'c' },
        text: text(rng),
      },
    }
  }
  if (kind < 80) {
    return {
      update_id: updateId,
      message: {
        ...base,
        ...(rng.chance(0.5) ? { caption: text(rng) } : {}),
        document: {
          file_id: garbage(rng, rng.int(0, 40)),
          file_unique_id: 'u',
          ...(rng.chance(0.8)
            ? { file_name: rng.chance(0.5) ? `${garbage(rng, rng.int(0, 300))}.${rng.pick(['exe', 'pdf', 'docx', '', 'PDF'])}` : '' }
            : {}),
          ...(rng.chance(0.9) ? { mime_type: rng.pick(MIME_TYPES) } : {}),
          ...(rng.chance(0.9) ? { file_size: rng.pick([0, 1, 20 * 1024 * 1024 + 1, 2 ** 31, 2 ** 53, -1]) } : {}),
        },
      },
    }
  }
  if (kind < 85) {
    // Never about the registered group: Telegram's word that the bot was removed there is a real
    // change (the group is deactivated), not something to fuzz.
    const unknownChat = world.groups.some((g) => g.id === chat.id) ? { id: -rng.int(1, 1e9), type: 'group', title: 'x' } : chat
    return {
      update_id: updateId,
      my_chat_member: {
        chat: unknownChat,
        from,
        date,
        old_chat_member: {
          status: rng.pick(['member', 'left', 'kicked', 'administrator', 'weird']),
          user: { id: 1, is_bot: true, first_name: 'bot' },
        },
        new_chat_member: {
          status: rng.pick(['member', 'left', 'kicked', 'administrator', 'restricted', 'weird']),
          user: { id: 1, is_bot: true, first_name: 'bot' },
        },
      },
    }
  }
  if (kind < 90) {
    // Malformed shapes: Telegram never sends these, a forged or future request may.
    return {
      update_id: updateId,
      message: rng.pick([
        { ...base, text: rng.pick([42, null, { a: 1 }, ['/viec'], true]) },
        { ...base, chat: undefined, text: '/viec' },
        { ...base, from: undefined, text: '/start' },
        { ...base, chat: { id: String(chat.id), type: chat.type }, text: '/help' },
        { ...base, chat: { id: chat.id, type: 'weird' }, text: '/viec' },
        { ...base, text: '/viec', entities: 'nope' },
        { ...base, text: '/viec', entities: [{ type: 'bot_command', offset: -3, length: 99 }] },
        { ...base, photo: [{ file_id: 'x', file_unique_id: 'y', width: 1, height: 1 }], caption: rng.pick([1, '/nop 1']) },
        { ...base, sticker: { file_id: 'x' } },
        { ...base, new_chat_members: [{ id: 1, is_bot: true, first_name: 'b' }] },
        { ...base, chat: { id: -rng.int(1, 1e9), type: 'group', title: 'x' }, migrate_to_chat_id: rng.pick([-1, 2 ** 53, 'x']) },
        'not an object',
      ]),
    }
  }
  // Update kinds the bot does not ask for.
  return {
    update_id: updateId,
    [rng.pick(['poll', 'poll_answer', 'chat_join_request', 'message_reaction', 'inline_query', 'chosen_inline_result', 'future_kind'])]: {
      id: 'x',
      from,
      chat,
      date,
      query: garbage(rng, 10),
    },
  }
}
