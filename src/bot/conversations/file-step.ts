import { InlineKeyboard } from 'grammy'
import { foldVietnamese } from '../../services/text.js'
import { ANSWER_DATA_PREFIX } from '../../transports/keyboard-text.js'
import type { ConvContext } from '../context.js'
import { requireActor } from '../helpers/scope.js'
import { leaveIfCancelled, type BotConversation } from './prompt.js'

/** Files a report may come as: PDF, Word, Excel, OpenDocument, or a photo of the signed page. */
export const ACCEPTED_MIME = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'image/jpeg',
  'image/png',
]
/** The Bot API lets bots download files up to 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

/** The file step waits for a file itself; its one button is answer-shaped (keyboard-text.ts). */
const SKIP_FILE = `${ANSWER_DATA_PREFIX}skip-file`
/** Typed answers that skip the file step (besides its button). */
const SKIP_WORDS = new Set(['bo qua', 'khong', 'khong co', 'skip', 'no'])

export interface FileAnswer {
  file: { id: string; name: string } | null
  link: string | null
}

/**
 * The optional file step of every dialogue that takes a document (/nop, the conclusion notice, a
 * progress report): a file or photo, a link, or “skip”. Where the chat carries no files (Zalo) a
 * one-time upload link is offered too; the file then arrives here as if sent. A wrong answer is
 * told at once and asked again, every third time with `reminderKey` (what was typed is kept); a
 * cancel word ends the dialogue, another command interrupts it.
 */
export async function askFileOrLink(
  conversation: BotConversation,
  ctx: ConvContext,
  options: { prompt: string; purpose: string; uploadPrompt?: (upload: { url: string; minutes: number }) => string; reminderKey?: string },
): Promise<FileAnswer> {
  const upload = await conversation.external((outside) =>
    outside.deps.capabilities.files === 'upload-link' ? outside.deps.services.uploads.offer(requireActor(outside), options.purpose) : null,
  )
  const skip = new InlineKeyboard().text(ctx.t('button-skip'), SKIP_FILE)
  const prompt = upload ? (options.uploadPrompt?.(upload) ?? `${options.prompt}\n${ctx.t('file-upload-offer', upload)}`) : options.prompt
  await ctx.reply(prompt, { reply_markup: skip })
  const userId = ctx.from?.id
  for (let wrong = 0; ;) {
    const wait = conversation.waitFor(['message:document', 'message:photo', 'message:text', 'callback_query:data'], {
      otherwise: (other) => other.reply(prompt),
    })
    const next = userId === undefined ? await wait : await wait.andFrom(userId)
    if (next.callbackQuery) {
      await next.answerCallbackQuery()
      if (next.callbackQuery.data === SKIP_FILE) {
        return { file: null, link: null }
      }
      await next.reply(next.t('conversation-stale-button'))
      continue
    }
    await leaveIfCancelled(conversation, next)
    const document = next.message?.document
    const photo = next.message?.photo?.at(-1)
    const size = document?.file_size ?? photo?.file_size ?? 0
    if ((document || photo) && size > MAX_FILE_BYTES) {
      await next.reply(next.t('submission-error-file-too-large', { max: MAX_FILE_BYTES / 1024 / 1024 }))
      continue
    }
    if (document) {
      if (!ACCEPTED_MIME.includes(document.mime_type ?? '')) {
        await next.reply(next.t('submission-error-file-kind', { name: document.file_name ?? '?' }))
        continue
      }
      return { file: { id: document.file_id, name: document.file_name ?? 'tep' }, link: null }
    }
    if (photo) {
      return { file: { id: photo.file_id, name: 'anh.jpg' }, link: null }
    }
    const text = next.message?.text?.trim() ?? ''
    if (text.startsWith('/')) {
      await next.reply(next.t('conversation-interrupted'))
      await conversation.halt({ next: true })
    }
    if (/^https?:\/\/\S+$/i.test(text)) {
      return { file: null, link: text }
    }
    if (text === '1' || SKIP_WORDS.has(foldVietnamese(text))) {
      return { file: null, link: null }
    }
    wrong++
    const again = wrong % 3 === 0 && options.reminderKey ? options.reminderKey : 'submission-error-link'
    await next.reply(next.t(again), { reply_markup: skip })
  }
}
