import { Api, GrammyError, InlineKeyboard, InputFile } from 'grammy'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ZaloChatType } from '../../src/db/repositories/zalo-repository.js'
import { renderChoices } from '../../src/transports/keyboard-text.js'
import { createZaloFetch, zaloBotInfo } from '../../src/transports/zalo/outbound.js'
import { chunkText, htmlToText, markdownToText } from '../../src/transports/zalo/text.js'
import { FakeZaloServer } from '../helpers/fake-zalo-server.js'
import { silentLogger } from '../helpers/test-db.js'

describe('Zalo text', () => {
  const paragraph = (n: number, words: number) => Array.from({ length: words }, (_, i) => `từ${n}-${i}`).join(' ')

  it('cuts into parts of at most 2,000 characters without splitting a line', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${i + 1}. Nhiệm vụ báo cáo kết quả đối thoại số ${i + 1} của Ban Dân vận`)
    const text = lines.join('\n')
    const parts = chunkText(text)
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(2000)
      for (const line of part.split('\n')) {
        expect(lines).toContain(line)
      }
    }
    expect(parts.join('\n')).toBe(text)
  })

  it('cuts a line longer than a message between words, and prefers a paragraph break', () => {
    const long = paragraph(1, 700)
    expect(long.length).toBeGreaterThan(4000)
    const parts = chunkText(long)
    expect(parts.every((p) => p.length <= 2000)).toBe(true)
    expect(parts.join(' ')).toBe(long)
    expect(parts.flatMap((p) => p.split(' '))).toEqual(long.split(' '))

    const first = paragraph(2, 150)
    const second = paragraph(3, 150)
    expect(first.length + second.length).toBeGreaterThan(2000)
    expect(chunkText(`${first}\n\n${second}`)).toEqual([first, second])
  })

  it('cuts a single word longer than a message (a URL) without breaking a surrogate pair', () => {
    const url = `https://example.org/${'a'.repeat(1998)}😀${'b'.repeat(100)}`
    const parts = chunkText(url)
    expect(parts.join('')).toBe(url)
    expect(parts.every((p) => p.length <= 2000 && !/[\uD800-\uDBFF]$/.test(p))).toBe(true)
  })

  it('keeps a short text whole and gives nothing for an empty one', () => {
    expect(chunkText('Xin chào')).toEqual(['Xin chào'])
    expect(chunkText('\n \n')).toEqual([])
  })

  it('turns Telegram HTML and Markdown into plain text, keeping link addresses', () => {
    expect(htmlToText('<b>Hạn</b> &lt;28/02&gt; &amp; <a href="https://a.vn/x?a=1&amp;b=2">kế hoạch</a><br>dòng 2')).toBe(
      'Hạn <28/02> & kế hoạch (https://a.vn/x?a=1&b=2)\ndòng 2',
    )
    expect(markdownToText('*Đậm* _nghiêng_ \\(1\\) [trang](https://a.vn/p\\)q) `mã_1`', 'MarkdownV2')).toBe(
      'Đậm nghiêng (1) trang (https://a.vn/p)q) mã_1',
    )
  })
})

/** The translation as grammY's client fetch, against the fake Zalo server (which refuses anything Zalo would not take). */
describe('Zalo outbound translation', () => {
  let fake: FakeZaloServer
  let api: Api
  let chats: Map<string, { chatType: ZaloChatType; latestMessage: string | null }>
  let remembered: string[]
  let published: { fileName: string; bytes: Uint8Array }[]
  // The bot knows chats by numbers (ids.ts); Zalo by its hex ids.
  const user = { id: 1_000_000_001, zalo: 'e4ea2cd5189df1c3a88c' }
  const group = { id: -1_000_000_002, zalo: 'a9f3c1d2e4b5a6c7d8e9' }
  const numbers = new Map<number, string>([
    [user.id, user.zalo],
    [group.id, group.zalo],
  ])

  beforeEach(() => {
    fake = new FakeZaloServer({
      fetchUrl: (url) => {
        const bytes = published.find((p) => url.endsWith(p.fileName))?.bytes
        return Promise.resolve(new Response(bytes ? new Uint8Array(bytes) : null))
      },
    })
    chats = new Map([[group.zalo, { chatType: 'group', latestMessage: null }]])
    remembered = []
    published = []
    const botInfo = zaloBotInfo({ id: fake.botId, account_name: 'bot.x' }, 'Bot Đối Thoại', 1_000_000_000)
    const zaloFetch = createZaloFetch({
      apiRoot: 'http://zalo.test',
      realFetch: fake.fetch,
      botInfo,
      store: {
        chat: (id) => Promise.resolve(chats.get(id) ?? null),
        saveLatest: (id, chatType, message) => Promise.resolve(void chats.set(id, { chatType, latestMessage: message })),
        rememberSent: (ids) => Promise.resolve(void remembered.push(...ids)),
      },
      ids: { zaloId: (id) => Promise.resolve(numbers.get(Number(id)) ?? (/^[0-9a-f]{20}$/.test(String(id)) ? String(id) : null)) },
      media: {
        publish: (file) => {
          published.push(file)
          return Promise.resolve(`https://bot.example.vn/zalo/media/tok${published.length}/${file.fileName}`)
        },
      },
      choicesHint: (_, type) => Promise.resolve(type === 'group' ? 'Nhắc @Bot kèm số.' : 'Trả lời bằng số.'),
      now: () => new Date('2026-03-02T01:00:00Z'),
      logger: silentLogger,
    })
    // As grammY's client uses it: every Api built from these options (dialogues build their own) translates.
    api = new Api(fake.token, { apiRoot: 'http://zalo.test', fetch: zaloFetch as never })
  })

  const zaloCalls = (method?: string) => fake.calls.filter((c) => !method || c.method === method)

  it('sends plain text with the chat id as a string and returns a Telegram-shaped message', async () => {
    const sent = await api.sendMessage(user.id, '<b>Đã giao</b> nhiệm vụ số 3', {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    })
    expect(zaloCalls()).toEqual([{ method: 'sendMessage', payload: { chat_id: user.zalo, text: 'Đã giao nhiệm vụ số 3' } }])
    expect(sent.chat.id).toBe(user.id)
    expect(typeof sent.message_id).toBe('string')
    expect(sent.date).toBe(Math.floor(sent.date))
    expect(sent.date).toBeLessThan(10_000_000_000)
    expect(sent.text).toBe('Đã giao nhiệm vụ số 3')
    expect(remembered).toEqual([sent.message_id])
    expect(fake.texts(user.zalo)).toEqual(['Đã giao nhiệm vụ số 3'])
  })

  it('renders an inline keyboard as numbered choices with how to answer, and keeps it on the message', async () => {
    const keyboard = new InlineKeyboard()
      .text('Cấp tỉnh', 'lvl:province')
      .text('Cấp huyện', 'lvl:district')
      .row()
      .text('Cấp xã', 'lvl:commune')
    const sent = await api.sendMessage(user.id, 'Chọn cấp:', { reply_markup: keyboard })
    expect(fake.texts(user.zalo)).toEqual([`Chọn cấp:\n\n${renderChoices(keyboard)}\nTrả lời bằng số.`])
    expect(fake.texts(user.zalo)[0]).toContain('[1] Cấp tỉnh   [2] Cấp huyện\n[3] Cấp xã')
    expect(sent.reply_markup).toEqual(keyboard)
    expect(JSON.parse(chats.get(user.zalo)?.latestMessage ?? '{}').reply_markup).toEqual(JSON.parse(JSON.stringify(keyboard)))
    await api.sendMessage(group.id, 'Chọn:', { reply_markup: new InlineKeyboard().text('Có', 'y') })
    expect(fake.texts(group.zalo)[0]).toBe('Chọn:\n\n[1] Có\nNhắc @Bot kèm số.')
  })

  it('splits a long text into 2,000-character messages, the keyboard under the last', async () => {
    const text = Array.from({ length: 150 }, (_, i) => `Dòng ${i + 1}: cơ quan chủ trì báo cáo trước ngày 15/6`).join('\n')
    const sent = await api.sendMessage(user.id, text, { reply_markup: new InlineKeyboard().text('Trang sau', 'p:2') })
    const texts = fake.texts(user.zalo)
    expect(texts.length).toBe(Math.ceil((text.length + 30) / 2000))
    expect(texts.every((t) => t.length <= 2000)).toBe(true)
    expect(texts.at(-1)).toContain('[1] Trang sau')
    expect(texts.slice(0, -1).some((t) => t.includes('[1]'))).toBe(false)
    expect(sent.text).toBe(texts.at(-1))
    expect(remembered).toHaveLength(texts.length)
  })

  it('makes an edit a new message and drops what Zalo cannot do', async () => {
    const first = await api.sendMessage(user.id, 'Trang 1')
    const edited = await api.editMessageText(user.id, first.message_id, 'Trang 2')
    expect(fake.texts(user.zalo)).toEqual(['Trang 1', 'Trang 2'])
    expect(edited).toMatchObject({ text: 'Trang 2' })
    expect(await api.deleteMessage(user.id, first.message_id)).toBe(true)
    expect(await api.answerCallbackQuery('123')).toBe(true)
    expect(await api.setMyCommands([{ command: 'help', description: 'Trợ giúp' }])).toBe(true)
    expect(await api.editMessageReplyMarkup(user.id, first.message_id, { reply_markup: { inline_keyboard: [] } })).toBe(true)
    expect(zaloCalls().map((c) => c.method)).toEqual(['sendMessage', 'sendMessage'])
  })

  it('answers a typed choice (a made-up callback id) with a message in its chat', async () => {
    await api.answerCallbackQuery(`zalo:${user.id}:17`, { text: 'Nút này đã hết hiệu lực.', show_alert: true })
    expect(fake.texts(user.zalo)).toEqual(['Nút này đã hết hiệu lực.'])
  })

  it('sends a picture by a URL our server publishes, and a document as a link', async () => {
    const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3])
    const photo = await api.sendPhoto(group.id, new InputFile(png, 'tong-ket.png'), { caption: 'Tổng kết tuần' })
    const call = zaloCalls('sendPhoto')[0]
    expect(call?.payload).toEqual({
      chat_id: group.zalo,
      photo: 'https://bot.example.vn/zalo/media/tok1/tong-ket.png',
      caption: 'Tổng kết tuần',
    })
    expect(fake.messages(group.zalo)[0]?.photoBytes).toEqual(png)
    expect(photo.photo?.[0]?.file_id).toBe('https://bot.example.vn/zalo/media/tok1/tong-ket.png')

    await api.sendDocument(user.id, new InputFile(new Uint8Array([1]), 'bao-cao.pdf'), { caption: 'Báo cáo' })
    expect(fake.texts(user.zalo)).toEqual(['Báo cáo\n\nbao-cao.pdf: https://bot.example.vn/zalo/media/tok2/bao-cao.pdf'])
  })

  it('sends a caption longer than 2,000 characters as text before the picture', async () => {
    const caption = Array.from({ length: 80 }, (_, i) => `Cơ quan ${i + 1}: 3 đúng hạn, 1 quá hạn`).join('\n')
    expect(caption.length).toBeGreaterThan(2000)
    await api.sendPhoto(group.id, new InputFile(new Uint8Array([1]), 'c.png'), { caption })
    const shown = fake.messages(group.zalo)
    expect(shown.map((m) => m.kind)).toEqual(['text', 'photo'])
    expect(shown.every((m) => m.text.length <= 2000)).toBe(true)
    expect(shown.map((m) => m.text).join('\n')).toBe(caption)
  })

  it('emulates look-ups Zalo does not have and refuses the rest without calling Zalo', async () => {
    expect((await api.getChatMember(group.id, 42)).status).toBe('member')
    expect(await api.getUpdates({ offset: 5, limit: 1 })).toEqual([])
    await expect(api.sendPoll(user.id, 'Q?', [{ text: 'a' }, { text: 'b' }])).rejects.toThrow(GrammyError)
    await expect(api.sendMessage(77, 'không có')).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: chat not found' })
    expect(zaloCalls()).toEqual([])
  })

  it('maps every typing action to "typing" and turns getMe into grammY’s botInfo', async () => {
    await api.sendChatAction(user.id, 'upload_document')
    expect(zaloCalls('sendChatAction')[0]?.payload).toEqual({ chat_id: user.zalo, action: 'typing' })
    const me = await api.getMe()
    expect(me).toMatchObject({ id: 1_000_000_000, is_bot: true, first_name: 'Bot Đối Thoại', username: 'bot.VDKyGxQvc' })
  })

  it('passes Zalo’s refusals on as errors (a text over the limit cannot reach it)', async () => {
    fake = new FakeZaloServer({ quota: { count: 1, windowMs: 60_000 } })
    api = new Api(fake.token, { apiRoot: 'http://zalo.test', fetch: fake.fetch as never })
    // A Zalo id given as such is passed through (a chat the bot never numbered cannot be reached otherwise).
    await api.sendMessage(user.zalo, 'một')
    await expect(api.sendMessage(user.zalo, 'hai')).rejects.toMatchObject({ error_code: 429, description: 'Quota exceeded' })
    await expect(api.sendMessage(user.zalo, 'x'.repeat(2001))).rejects.toMatchObject({ error_code: 400 })
  })
})
