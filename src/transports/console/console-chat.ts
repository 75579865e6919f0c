import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import type { Update } from 'grammy/types'
import type { SettableClock } from '../../services/clock.js'
import { foldVietnamese } from '../../services/text.js'
import { formatDateTime } from '../../bot/helpers/labels.js'
import { parseLocalDateTime } from '../../services/time.js'
import { splitMessage } from '../../bot/helpers/reply.js'
import { numberChoices, pickChoice, renderChoices } from '../keyboard-text.js'
import type { LocalBotApi, OutgoingMessage } from '../local-bot-api.js'
import { callbackUpdate, messageUpdate, migrationUpdates, myChatMemberUpdate, type UpdateChat, type UpdatePerson } from '../updates.js'
import type { ConsoleState } from './console-state.js'
import { zaloTexts } from '../zalo/outbound.js'

/** Stable id for a name, so "Nguyễn Văn An" is the same person after a restart. */
export function stableId(name: string, salt: string): number {
  let hash = 0x811c9dc5
  for (const char of `${salt}:${foldVietnamese(name)}`) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return 100_000 + (hash % 900_000_000)
}

const MIME_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.txt': 'text/plain',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const INVITE_CODE = /\b[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}\b/
/** A session's speaker-registration code as the bot shows it ("/dk K7P2QX"). */
const REGISTRATION_CODE = /\/dk ([A-HJ-NP-Z2-9]{6})\b/

export const DIRECTIVES_HELP = [
  ':as Tên người          — nói với tư cách người này (tạo mới nếu chưa có)',
  ':private               — nói trong trò chuyện riêng với bot',
  ':group Tên nhóm        — nói trong nhóm này (tạo nhóm và thêm bot nếu chưa có)',
  ':admin | :admin off    — bạn là / không là quản trị viên của nhóm hiện tại',
  ':press N              — bấm nút số N của tin nhắn cuối có nút (gõ N cũng được khi tin nhắn cuối hỏi chọn)',
  ':file đường/dẫn        — gửi một tệp',
  ':paste đường/dẫn       — dán nội dung một tệp văn bản (chia thành nhiều tin nhắn như Telegram)',
  ':clock 2026-01-05 07:30 | :clock off — đặt đồng hồ của bot',
  ':kick | :readd         — xóa bot khỏi nhóm / thêm lại',
  ':migrate               — nhóm được nâng cấp thành siêu nhóm (đổi mã nhóm)',
  ':anon <tin nhắn>       — gửi với tư cách quản trị viên ẩn danh',
  ':zalo | :zalo off      — xem tin nhắn của bot như trên Zalo (chữ thuần, nút thành số, tối đa 2.000 ký tự mỗi tin)',
  '{ma}                   — trong tin nhắn: mã mời cuối cùng bot vừa hiện',
  '{madk}                 — trong tin nhắn: mã đăng ký phát biểu cuối cùng bot vừa hiện',
  ':help | :quit',
]

export interface ConsoleChatOptions {
  /** Anything that handles a Telegram update: the real bot. */
  bot: { handleUpdate(update: Update): Promise<void> }
  api: LocalBotApi
  state: ConsoleState
  clock: SettableClock
  timeZone: string
  write: (line: string) => void
  /** Repeat typed lines in the output (a transcript); off on a terminal, which shows them already. */
  echo: boolean
  /** Where pictures and files the bot sends are written (their path is printed). */
  filesDir?: string
  /** Runs the scheduler once, so setting the clock shows what would be sent at that time. */
  onClock?: () => Promise<void>
  /**
   * Sends what an update wrote to the outbox (announcements to other chats) before the next line is
   * read, as a running bot's sender does shortly after: the transcript shows them in order.
   */
  afterUpdate?: () => Promise<void>
  /**
   * The chats the database knows on the console platform (registered groups, people who talked to
   * the bot in private). The in-process Bot API forgets every chat when the process ends; without
   * them a digest or a notice after a restart would hit "chat not found" and deactivate the group.
   */
  knownChats?: { groups: { id: number; title: string | null; active: boolean }[]; people: { id: number; name: string }[] }
  /** The line under numbered choices on Zalo, in a private chat or a group (`:zalo`). */
  zaloHint?: (group: boolean) => string
}

/**
 * The console chat: typed lines become Telegram updates for the real bot, and the bot's messages
 * (from the local Bot API) come back as text, keyboards as numbered choices.
 */
export class ConsoleChat {
  private person: UpdatePerson
  /** The last invite code the bot showed; `{ma}` in a typed line stands for it, so scenarios can use codes. */
  private lastCode: string | null = null
  /** The last speaker-registration code the bot showed; `{madk}` stands for it. */
  private lastRegistrationCode: string | null = null
  private place: { kind: 'private' } | { kind: 'group'; name: string } = { kind: 'private' }
  /** `:zalo`: the bot's messages shown as Zalo shows them (the Zalo transport's own rendering). */
  private zalo = false

  constructor(private readonly options: ConsoleChatOptions) {
    this.restoreChats()
    this.person = this.personNamed('Người dùng thử')
    options.api.onEvent((event) => {
      switch (event.kind) {
        case 'message':
          this.printMessage(event.message, false)
          break
        case 'edit':
          this.printMessage(event.message, true)
          break
        case 'callback-answer':
          if (event.text) {
            this.options.write(`« (${event.alert ? 'thông báo' : 'ghi chú'}) ${event.text}`)
          }
          break
        case 'delete':
          break
      }
    })
    this.ensurePrivateChat()
  }

  /** Who is speaking where, e.g. "Nguyễn Văn An @ riêng". */
  get prompt(): string {
    const where = this.place.kind === 'private' ? 'riêng' : `nhóm ${this.place.name}${this.isAdminHere() ? ' (quản trị)' : ''}`
    return `${this.person.firstName} @ ${where}`
  }

  /**
   * Handles one typed line. Returns 'quit' when the user asked to leave. Nothing typed ends the
   * process: an unexpected failure is printed and the chat goes on, as Telegram would.
   */
  async handleLine(raw: string): Promise<'quit' | void> {
    try {
      return await this.handle(raw)
    } catch (error) {
      this.note(`Lỗi của cửa sổ dòng lệnh: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  private async handle(raw: string): Promise<'quit' | void> {
    const line = raw.trim()
    if (!line || line.startsWith('#')) {
      return
    }
    if (line.startsWith(':')) {
      return this.directive(this.substitute(line))
    }
    // A bare number presses a button only on the message that just asked (see keyboard-text.ts).
    const latest = this.options.api.sentMessages(this.currentChat().id).at(-1)
    const choice = latest ? pickChoice(latest.keyboard, line) : null
    if (choice) {
      await this.press(choice.number)
      return
    }
    await this.sendText(this.substitute(line), false)
  }

  /** Declares to the in-process Bot API every chat this console knew before the restart. */
  private restoreChats(): void {
    const { api, state, knownChats } = this.options
    for (const person of knownChats?.people ?? []) {
      api.upsertChat({ id: person.id, type: 'private', firstName: person.name })
    }
    for (const [id, name] of Object.entries(state.data.people)) {
      api.upsertChat({ id: Number(id), type: 'private', firstName: name })
    }
    for (const chat of knownChats?.groups ?? []) {
      const remembered = Object.entries(state.data.groups).find(([, g]) => g.id === chat.id)
      api.upsertChat({
        id: chat.id,
        // Telegram's supergroup ids start with -100.
        type: String(chat.id).startsWith('-100') ? 'supergroup' : 'group',
        title: remembered?.[0] ?? chat.title ?? String(chat.id),
        admins: new Set(remembered?.[1].admins ?? []),
        botStatus: (remembered?.[1].botPresent ?? chat.active) ? 'member' : 'left',
      })
    }
    for (const name of Object.keys(state.data.groups)) {
      this.syncGroup(name)
    }
  }

  private substitute(line: string): string {
    return line.replace(/\{madk\}/gi, () => this.lastRegistrationCode ?? '{madk}').replace(/\{(ma|code)\}/gi, () => this.lastCode ?? '{ma}')
  }

  private async directive(line: string): Promise<'quit' | void> {
    const [name = '', ...rest] = line.slice(1).split(/\s+/)
    const arg = rest.join(' ').trim()
    switch (name.toLowerCase()) {
      case 'as':
        if (!arg) {
          return this.note('Cần tên: :as Nguyễn Văn An')
        }
        this.person = this.personNamed(arg)
        this.ensurePrivateChat()
        return
      case 'private':
        this.place = { kind: 'private' }
        return
      case 'group':
        if (!arg) {
          return this.note('Cần tên nhóm: :group Ban Thường vụ')
        }
        return this.enterGroup(arg)
      case 'admin':
        return this.setAdmin(arg !== 'off')
      case 'press': {
        const n = Number(arg)
        return Number.isInteger(n) ? this.press(n) : this.note('Cần số nút: :press 1')
      }
      case 'file':
        return this.sendFile(arg)
      case 'paste':
        return this.paste(arg)
      case 'clock':
        return this.setClock(arg)
      case 'kick':
        return this.setBotPresence(false)
      case 'readd':
        return this.setBotPresence(true)
      case 'migrate':
        return this.migrate()
      case 'zalo':
        this.zalo = arg !== 'off'
        return this.note(
          this.zalo
            ? 'Hiển thị như trên Zalo: chữ thuần, nút thành lựa chọn đánh số (gõ số để chọn), tin dài chia 2.000 ký tự, ' +
                'sửa tin thành tin mới'
            : 'Hiển thị như trên Telegram',
        )
      case 'anon':
        return this.place.kind === 'group' ? this.sendText(arg, true) : this.note(':anon chỉ dùng trong nhóm')
      case 'help':
        for (const help of DIRECTIVES_HELP) {
          this.note(help)
        }
        return
      case 'quit':
      case 'exit':
        return 'quit'
      default:
        return this.note(`Không có lệnh :${name}. Gõ :help.`)
    }
  }

  private note(text: string): void {
    this.options.write(`   (${text})`)
  }

  private personNamed(name: string): UpdatePerson {
    const id = stableId(name, 'person')
    this.options.state.data.people[String(id)] = name
    this.options.state.save()
    return { id, firstName: name }
  }

  private ensurePrivateChat(): void {
    this.options.api.upsertChat({ id: this.person.id, type: 'private', firstName: this.person.firstName })
  }

  private group(name: string) {
    return this.options.state.data.groups[name]
  }

  private currentChat(): UpdateChat {
    if (this.place.kind === 'private') {
      return { kind: 'private', id: this.person.id, firstName: this.person.firstName }
    }
    const group = this.group(this.place.name)
    if (!group) {
      throw new Error('group vanished')
    }
    return { kind: group.type, id: group.id, title: this.place.name }
  }

  private isAdminHere(): boolean {
    return this.place.kind === 'group' && (this.group(this.place.name)?.admins.includes(this.person.id) ?? false)
  }

  private syncGroup(name: string): void {
    const group = this.group(name)
    if (group) {
      this.options.api.upsertChat({
        id: group.id,
        type: group.type,
        title: name,
        admins: new Set(group.admins),
        botStatus: group.botPresent ? 'member' : 'left',
      })
    }
  }

  private async enterGroup(name: string): Promise<void> {
    const isNew = !this.group(name)
    if (isNew) {
      // The person who creates a group is its first administrator, as on Telegram.
      this.options.state.data.groups[name] = { id: -stableId(name, 'group'), type: 'group', admins: [this.person.id], botPresent: true }
      this.options.state.save()
    }
    this.syncGroup(name)
    this.place = { kind: 'group', name }
    if (isNew) {
      this.note(`Đã tạo nhóm "${name}", ${this.person.firstName} là quản trị viên, bot được thêm vào nhóm`)
      await this.feed(
        myChatMemberUpdate(
          this.nextUpdateId(),
          this.person,
          this.currentChat(),
          this.options.api.botInfo,
          'left',
          'member',
          this.options.clock.now(),
        ),
      )
    }
  }

  private setAdmin(admin: boolean): void {
    if (this.place.kind !== 'group') {
      return this.note(':admin chỉ dùng trong nhóm')
    }
    const group = this.group(this.place.name)
    if (!group) {
      return
    }
    group.admins = admin ? [...new Set([...group.admins, this.person.id])] : group.admins.filter((id) => id !== this.person.id)
    this.options.state.save()
    this.syncGroup(this.place.name)
    this.note(`${this.person.firstName} ${admin ? 'là' : 'không còn là'} quản trị viên nhóm ${this.place.name}`)
  }

  private async setBotPresence(present: boolean): Promise<void> {
    if (this.place.kind !== 'group') {
      return this.note('Chỉ dùng trong nhóm')
    }
    const group = this.group(this.place.name)
    if (!group || group.botPresent === present) {
      return this.note(present ? 'Bot đang ở trong nhóm' : 'Bot không ở trong nhóm')
    }
    group.botPresent = present
    this.options.state.save()
    this.syncGroup(this.place.name)
    await this.feed(
      myChatMemberUpdate(
        this.nextUpdateId(),
        this.person,
        this.currentChat(),
        this.options.api.botInfo,
        present ? 'left' : 'member',
        present ? 'member' : 'kicked',
        this.options.clock.now(),
      ),
    )
  }

  private async migrate(): Promise<void> {
    if (this.place.kind !== 'group') {
      return this.note('Chỉ dùng trong nhóm')
    }
    const group = this.group(this.place.name)
    if (!group || group.type === 'supergroup') {
      return this.note('Nhóm đã là siêu nhóm')
    }
    const newId = -Number(`100${Math.abs(group.id)}`)
    const [inOld, inNew] = migrationUpdates(
      this.nextUpdateId(),
      this.person,
      { id: group.id, title: this.place.name },
      newId,
      this.options.clock.now(),
      this.options.state.takeMessageId(),
    )
    this.nextUpdateId()
    this.options.api.upsertChat({ id: group.id, type: 'group', title: this.place.name, migratedTo: newId })
    group.id = newId
    group.type = 'supergroup'
    this.options.state.save()
    this.syncGroup(this.place.name)
    this.note(`Nhóm ${this.place.name} đã thành siêu nhóm (mã mới ${newId})`)
    await this.feed(inOld)
    await this.feed({ ...inNew, update_id: inOld.update_id + 1 })
  }

  private async setClock(arg: string): Promise<void> {
    if (arg === 'off') {
      this.options.clock.set(new Date())
      this.note('Đồng hồ theo giờ thật')
      return
    }
    const at = parseLocalDateTime(arg, this.options.timeZone)
    if (!at) {
      return this.note('Cần ngày giờ dạng 2026-01-05 07:30')
    }
    this.options.clock.set(at)
    this.note(`Đồng hồ: ${formatDateTime(at, this.options.timeZone)} (${this.options.timeZone})`)
    await this.options.onClock?.()
  }

  /** The latest message of this chat that has buttons (`:press N` may reach back to it). */
  private lastKeyboardMessage(): OutgoingMessage | undefined {
    return [...this.options.api.sentMessages(this.currentChat().id)].reverse().find((m) => numberChoices(m.keyboard).length > 0)
  }

  private async press(n: number): Promise<void> {
    const message = this.lastKeyboardMessage()
    const choice = numberChoices(message?.keyboard).find((c) => c.number === n)
    if (!message || !choice) {
      return this.note(`Không có nút số ${n}`)
    }
    if (!choice.data) {
      return this.note(`Nút "${choice.label}" mở liên kết ${choice.url ?? ''}`)
    }
    this.options.write(`» ${this.prompt}: [${choice.label}]`)
    await this.feed(callbackUpdate(this.nextUpdateId(), this.person, this.options.api.telegramMessage(message), choice.data))
  }

  private async sendText(text: string, anonymousAdmin: boolean): Promise<void> {
    if (this.options.echo) {
      this.options.write(`» ${this.prompt}: ${text}`)
    }
    await this.feed(
      messageUpdate(this.nextUpdateId(), this.person, this.currentChat(), text, {
        date: this.options.clock.now(),
        messageId: this.options.state.takeMessageId(),
        anonymousAdmin,
      }),
    )
  }

  private async sendFile(path: string): Promise<void> {
    let bytes: Buffer
    try {
      if (!statSync(path).isFile()) {
        throw new Error('not a file')
      }
      bytes = readFileSync(path)
    } catch {
      return this.note(`Không đọc được tệp ${path}`)
    }
    const fileName = basename(path)
    const fileId = this.options.api.registerFile(bytes, fileName)
    this.options.write(`» ${this.prompt}: [tệp ${fileName}, ${bytes.length} byte]`)
    await this.feed(
      messageUpdate(this.nextUpdateId(), this.person, this.currentChat(), null, {
        date: this.options.clock.now(),
        messageId: this.options.state.takeMessageId(),
        document: {
          fileId,
          fileName,
          mimeType: MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream',
          size: bytes.length,
        },
      }),
    )
  }

  /**
   * Pastes a text file as an official pastes a long text in Telegram: several messages of at most
   * 4,096 characters, cut at line ends. The transcript shows one line per message, not the text.
   */
  private async paste(path: string): Promise<void> {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      return this.note(`Không đọc được tệp ${path}`)
    }
    const parts = splitMessage(text.trim(), 4096)
    for (const [index, part] of parts.entries()) {
      this.options.write(`» ${this.prompt}: [dán phần ${index + 1}/${parts.length} của ${basename(path)}, ${part.length} ký tự]`)
      await this.feed(
        messageUpdate(this.nextUpdateId(), this.person, this.currentChat(), part, {
          date: this.options.clock.now(),
          messageId: this.options.state.takeMessageId(),
        }),
      )
    }
  }

  private nextUpdateId(): number {
    return this.options.state.takeUpdateId()
  }

  private async feed(update: Update): Promise<void> {
    await this.options.bot.handleUpdate(update)
    await this.options.afterUpdate?.()
  }

  private chatLabel(chatId: number): string {
    const person = this.options.state.data.people[String(chatId)]
    if (person) {
      return `${person} (riêng)`
    }
    const group = Object.entries(this.options.state.data.groups).find(([, g]) => g.id === chatId)
    return group ? `nhóm ${group[0]}` : String(chatId)
  }

  /**
   * A terminal cannot show a picture: the bot's files are written to the console's folder and the
   * transcript names the path, so the chart of the weekly summary can be opened. Without a folder
   * (tests), only the file's name is shown.
   */
  private saveAttachment(message: OutgoingMessage): string {
    const attachment = message.attachment
    if (!attachment || !this.options.filesDir) {
      return attachment?.fileName ?? ''
    }
    mkdirSync(this.options.filesDir, { recursive: true })
    const path = join(this.options.filesDir, `${message.chatId}-${message.messageId}-${basename(attachment.fileName)}`)
    writeFileSync(path, attachment.bytes)
    return `đã lưu vào ${path}`
  }

  private printMessage(message: OutgoingMessage, edited: boolean): void {
    const code = INVITE_CODE.exec(message.text)
    if (code) {
      this.lastCode = code[0]
    }
    const registration = REGISTRATION_CODE.exec(message.text)
    if (registration?.[1]) {
      this.lastRegistrationCode = registration[1]
    }
    const here = message.chatId === this.currentChat().id
    const prefix = `«${here ? '' : ` → ${this.chatLabel(message.chatId)}:`}${edited ? ' (sửa)' : ''}`
    const body = message.attachment
      ? `[${message.attachment.kind === 'photo' ? 'ảnh' : 'tệp'} ${this.saveAttachment(message)}] ${message.text}`
      : message.text
    if (this.zalo) {
      // Zalo cannot edit: an edit arrives as a new message; a long one as several.
      const group = message.chatId < 0
      const zaloPrefix = `«${here ? '' : ` → ${this.chatLabel(message.chatId)}:`} [Zalo]`
      for (const part of zaloTexts(body, message.keyboard, this.options.zaloHint?.(group) ?? '')) {
        const [first = '', ...rest] = part.split('\n')
        this.options.write(`${zaloPrefix} ${first}`)
        for (const line of rest) {
          this.options.write(`  ${line}`)
        }
      }
      return
    }
    const lines = body.split('\n')
    this.options.write(`${prefix} ${lines[0] ?? ''}`)
    for (const line of lines.slice(1)) {
      this.options.write(`  ${line}`)
    }
    const choices = renderChoices(message.keyboard)
    if (choices) {
      for (const line of choices.split('\n')) {
        this.options.write(`    ${line}`)
      }
    }
  }
}
