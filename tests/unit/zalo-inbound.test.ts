import { describe, expect, it } from 'vitest'
import { mentionNames, stripLeadingMention, translateZaloUpdate, zaloUpdatesOf } from '../../src/transports/zalo/inbound.js'
import type { ZaloUpdate } from '../../src/transports/zalo/types.js'

const BOT_ID = '1459232241454765289'
const names = mentionNames(['Bot Đối Thoại', 'bot.VDKyGxQvc'])
const options = { botId: BOT_ID, botNames: names }

/** A real captured text event (reference §1.8, S4). */
const captured: ZaloUpdate = {
  event_name: 'message.text.received',
  message: {
    date: 1789033572455,
    chat: { chat_type: 'PRIVATE', id: 'a1b2c3d4e5f60718293a' },
    message_id: 'm1a2b3c4d5e6f7081920',
    from: { id: 'a1b2c3d4e5f60718293a', is_bot: false, display_name: 'Nguyễn Văn An' },
    text: '/start',
  },
}

function group(text: string, extra: Partial<ZaloUpdate['message']> = {}): ZaloUpdate {
  return {
    event_name: 'message.text.received',
    message: {
      date: 1789033572455,
      chat: { chat_type: 'GROUP', id: 'g0g1g2g3g4g5g6g7g8g9' },
      message_id: 'ffff0000ffff0000ffff',
      from: { id: 'a1b2c3d4e5f60718293a', display_name: 'Trần Thị Bình' },
      text,
      ...extra,
    },
  }
}

describe('Zalo bodies', () => {
  it('accept the bare push, the documented wrapper, a getUpdates object or an array', () => {
    expect(zaloUpdatesOf(captured)).toEqual([captured])
    expect(zaloUpdatesOf({ ok: true, result: captured })).toEqual([captured])
    expect(zaloUpdatesOf({ ok: true, result: [captured, captured] })).toHaveLength(2)
    expect(zaloUpdatesOf({ ok: true, result: { message: captured.message } })).toHaveLength(1)
    expect(zaloUpdatesOf('')).toEqual([])
    expect(zaloUpdatesOf({ event_name: 'x' })).toEqual([])
    expect(zaloUpdatesOf(null)).toEqual([])
  })
})

describe('Zalo events as Telegram updates', () => {
  it('keeps ids as strings, turns milliseconds into seconds and adds the command entity', () => {
    const inbound = translateZaloUpdate(captured, options)
    expect(inbound).toEqual({
      kind: 'message',
      messageId: 'm1a2b3c4d5e6f7081920',
      chatId: 'a1b2c3d4e5f60718293a',
      chatType: 'private',
      fromId: 'a1b2c3d4e5f60718293a',
      update: {
        message: {
          message_id: 'm1a2b3c4d5e6f7081920',
          date: 1789033572,
          chat: { id: 'a1b2c3d4e5f60718293a', type: 'private', first_name: 'Nguyễn Văn An' },
          from: { id: 'a1b2c3d4e5f60718293a', is_bot: false, first_name: 'Nguyễn Văn An' },
          text: '/start',
          entities: [{ type: 'bot_command', offset: 0, length: 6 }],
        },
      },
    })
  })

  it('reads the documented getUpdates sample (no event_name, first_name)', () => {
    const inbound = translateZaloUpdate(
      {
        message: {
          chat: { id: 'e4ea2cd5189df1c3a88c', chat_type: 'PRIVATE' },
          text: 'Xin chào',
          message_id: '16f6366b3f02645a3d15',
          date: 1766619597466,
          from: { id: 'e4ea2cd5189df1c3a88c', first_name: 'Nguyen Van A' },
        },
      },
      options,
    )
    expect(inbound.kind === 'message' && inbound.update.message).toMatchObject({ text: 'Xin chào', from: { first_name: 'Nguyen Van A' } })
  })

  it('in a group: a group chat, the leading mention gone, the command recognised', () => {
    const inbound = translateZaloUpdate(group('@Bot Đối Thoại /dangky ABCDE-FGHJK'), options)
    expect(inbound.kind).toBe('message')
    if (inbound.kind !== 'message') {
      return
    }
    expect(inbound.chatType).toBe('group')
    expect(inbound.update.message).toMatchObject({
      chat: { id: 'g0g1g2g3g4g5g6g7g8g9', type: 'group' },
      text: '/dangky ABCDE-FGHJK',
      entities: [{ type: 'bot_command', offset: 0, length: 7 }],
    })
  })

  it('strips the mention in its other forms, and leaves text without one alone', () => {
    expect(stripLeadingMention('@bot đối thoại 2', names)).toBe('2')
    expect(stripLeadingMention('@Đối Thoại, /viec', names)).toBe('/viec')
    expect(stripLeadingMention('@Bot Khác Tên /tongket', names)).toBe('/tongket')
    expect(stripLeadingMention('@Bot Đối Thoạiabc 2', names)).toBe('@Bot Đối Thoạiabc 2')
    expect(stripLeadingMention('/viec 3', names)).toBe('/viec 3')
    expect(stripLeadingMention('Gửi @Bot Đối Thoại /viec', names)).toBe('Gửi @Bot Đối Thoại /viec')
    // Zalo may also deliver a group message without the mention in its text (unconfirmed): nothing to strip.
    expect(translateZaloUpdate(group('/viec'), options)).toMatchObject({ update: { message: { text: '/viec' } } })
  })

  it('recognises the bot’s own messages by its id or by is_bot', () => {
    expect(translateZaloUpdate(group('x', { from: { id: BOT_ID, display_name: 'Bot Đối Thoại' } }), options).kind).toBe('echo')
    expect(translateZaloUpdate(group('x', { from: { id: 'b0b0', is_bot: true } }), options).kind).toBe('echo')
  })

  it('passes on pictures, stickers and voice, and marks withheld content as unsupported', () => {
    const photo = translateZaloUpdate(
      {
        event_name: 'message.image.received',
        message: { ...captured.message, text: undefined, photo_url: 'https://photo.zdn.vn/a.jpg', caption: 'Ảnh' },
      },
      options,
    )
    expect(photo).toMatchObject({
      update: { message: { photo: [{ file_id: 'https://photo.zdn.vn/a.jpg', file_unique_id: 'm1a2b3c4d5e6f7081920' }], caption: 'Ảnh' } },
    })
    const docPhoto = translateZaloUpdate(
      { message: { ...captured.message, text: undefined, photo: 'https://photo.zdn.vn/b.jpg' } },
      options,
    )
    expect(docPhoto).toMatchObject({ update: { message: { photo: [{ file_id: 'https://photo.zdn.vn/b.jpg' }] } } })
    const sticker = translateZaloUpdate(
      { event_name: 'message.sticker.received', message: { ...captured.message, text: undefined, sticker: '0e078a2f' } },
      options,
    )
    expect(sticker).toMatchObject({ update: { message: { sticker: { file_id: '0e078a2f' } } } })
    const voice = translateZaloUpdate(
      { event_name: 'message.voice.received', message: { ...captured.message, text: undefined, voice_url: 'https://v.zdn.vn/a.aac' } },
      options,
    )
    expect(voice).toMatchObject({ update: { message: { voice: { file_id: 'https://v.zdn.vn/a.aac', mime_type: 'audio/aac' } } } })
    const withheld = translateZaloUpdate(
      { event_name: 'message.unsupported.received', message: { ...captured.message, text: undefined } },
      options,
    )
    expect(withheld).toEqual({
      kind: 'unsupported',
      messageId: 'm1a2b3c4d5e6f7081920',
      chatId: 'a1b2c3d4e5f60718293a',
      chatType: 'private',
      fromId: 'a1b2c3d4e5f60718293a',
    })
  })

  it('refuses what has no ids, and a group message without a sender', () => {
    expect(translateZaloUpdate({ message: { ...captured.message, message_id: '' } }, options).kind).toBe('invalid')
    const anonymous = group('/viec')
    delete anonymous.message.from
    expect(translateZaloUpdate(anonymous, options).kind).toBe('invalid')
    const privateAnonymous: ZaloUpdate = { message: { ...captured.message } }
    delete privateAnonymous.message.from
    expect(translateZaloUpdate(privateAnonymous, options)).toMatchObject({ kind: 'message', fromId: 'a1b2c3d4e5f60718293a' })
  })
})
