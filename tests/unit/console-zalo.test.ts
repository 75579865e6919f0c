import { InlineKeyboard } from 'grammy'
import { describe, expect, it } from 'vitest'
import { SettableClock } from '../../src/services/clock.js'
import { ConsoleChat } from '../../src/transports/console/console-chat.js'
import { ConsoleState } from '../../src/transports/console/console-state.js'
import { LocalBotApi } from '../../src/transports/local-bot-api.js'

/** `:zalo` in the console shows the bot's messages as the Zalo transport renders them. */
describe('the console’s :zalo directive', () => {
  it('shows plain text, buttons as numbered choices with how to answer, long texts cut at 2,000 characters', async () => {
    const api = new LocalBotApi()
    const lines: string[] = []
    const long = Array.from({ length: 80 }, (_, i) => `Dòng ${i + 1}: báo cáo của cơ quan chủ trì`).join('\n')
    const chat: ConsoleChat = new ConsoleChat({
      // A stand-in bot: it answers every message with a long text and two buttons.
      bot: {
        handleUpdate: async (update) => {
          const chatId = update.message?.chat.id ?? 0
          await api.call('sendMessage', {
            chat_id: chatId,
            text: long,
            reply_markup: new InlineKeyboard().text('Có', 'y').text('Không', 'n'),
          })
        },
      },
      api,
      state: ConsoleState.inDir(null),
      clock: new SettableClock(),
      timeZone: 'Asia/Ho_Chi_Minh',
      write: (line) => lines.push(line),
      echo: false,
      zaloHint: (group) => (group ? 'Nhắc @Bot kèm số' : 'Trả lời bằng số của lựa chọn'),
    })
    await chat.handleLine(':zalo')
    await chat.handleLine('xin chào')
    const messages = lines.filter((line) => line.startsWith('« [Zalo]'))
    expect(messages.length).toBe(Math.ceil((long.length + 40) / 2000))
    expect(lines.join('\n')).toContain('[1] Có   [2] Không\n  Trả lời bằng số của lựa chọn')

    lines.length = 0
    await chat.handleLine(':zalo off')
    await chat.handleLine('xin chào')
    expect(lines.filter((line) => line.startsWith('« [Zalo]'))).toEqual([])
    expect(lines.join('\n')).toContain('    [1] Có   [2] Không')
  })
})
