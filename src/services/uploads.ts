import type { Platform, Repositories } from '../db/repositories/index.js'
import type { Actor } from './actor.js'
import type { Clock } from './clock.js'
import { UserError } from './errors.js'
import { hashLinkToken, LINK_TOKEN, newLinkToken } from './secret-links.js'

/** An upload link is used from the phone at once: ten minutes, one file. */
export const UPLOAD_TTL_MS = 10 * 60_000
/** The largest file accepted, as Telegram's bots may download. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024

/**
 * Files a report may come as, by extension: PDF, Word, Excel, OpenDocument, or a photo of the signed
 * page (the kinds the submission dialogue accepts). Phones often send no useful type, so the name decides.
 */
export const UPLOAD_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
}

/** The id a submission names an uploaded file by (the platform has none of its own). */
export const uploadFileId = (id: number) => `upload:${id}`

export interface UploadReceived {
  uploadId: number
  fileId: string
  fileName: string
  contentType: string
  size: number
  personId: number
  personName: string
  /** The person's language (null: the deployment's). */
  locale: string | null
  platform: Platform
  chatId: string
}

/**
 * One-time upload links, for platforms where people cannot send the bot a file (a transport's
 * `files: 'upload-link'`): bound to the person, their private chat and one dialogue step, valid ten
 * minutes, for one file of the accepted kinds up to 20 MB. The file completes the step in the chat.
 */
export function createUploadService(repos: Repositories, clock: Clock, settings: { publicUrl: string | null }) {
  async function usable(token: string) {
    const link = LINK_TOKEN.test(token) ? await repos.uploads.findByToken(hashLinkToken(token)) : null
    if (!link) {
      throw new UserError('upload-error-unknown')
    }
    if (link.usedAt) {
      throw new UserError('upload-error-used')
    }
    if (link.expiresAt <= clock.now()) {
      throw new UserError('upload-error-expired')
    }
    return link
  }

  return {
    /** A link for the actor's private chat, for `purpose` (e.g. "submission 12"); null when no public address is configured. */
    async offer(actor: Actor, purpose: string): Promise<{ url: string; minutes: number } | null> {
      if (!settings.publicUrl || !actor.chatExternalId) {
        return null
      }
      const { token, hash } = newLinkToken()
      await repos.uploads.create({
        tokenHash: hash,
        personId: actor.personId,
        platform: actor.platform,
        chatId: actor.chatExternalId,
        purpose,
        expiresAt: new Date(clock.now().getTime() + UPLOAD_TTL_MS),
      })
      return { url: `${settings.publicUrl}/upload?t=${token}`, minutes: UPLOAD_TTL_MS / 60_000 }
    },

    /** What the page shows for a link: refused (UserError) when unknown, used or expired. */
    async check(token: string): Promise<{ locale: string | null; personName: string; purpose: string; expiresAt: Date }> {
      const link = await usable(token)
      return { locale: link.person.locale, personName: link.person.displayName, purpose: link.purpose, expiresAt: link.expiresAt }
    },

    /** Takes the one file of a link. Refused: the link unusable, no file, too large, or of another kind. */
    async receive(token: string, file: { fileName: string; bytes: Uint8Array }): Promise<UploadReceived> {
      const link = await usable(token)
      const fileName = file.fileName.replace(/[\\/\r\n"]/g, '_').slice(-120) || 'tep'
      const contentType = UPLOAD_TYPES[fileName.split('.').pop()?.toLowerCase() ?? '']
      if (file.bytes.length === 0) {
        throw new UserError('upload-error-empty')
      }
      if (file.bytes.length > UPLOAD_MAX_BYTES) {
        throw new UserError('upload-error-too-large', { max: UPLOAD_MAX_BYTES / 1024 / 1024 })
      }
      if (!contentType) {
        throw new UserError('upload-error-kind', { name: fileName })
      }
      if (!(await repos.uploads.complete(link.id, { fileName, contentType, bytes: file.bytes }, clock.now()))) {
        throw new UserError('upload-error-used')
      }
      return {
        uploadId: link.id,
        fileId: uploadFileId(link.id),
        fileName,
        contentType,
        size: file.bytes.length,
        personId: link.personId,
        personName: link.person.displayName,
        locale: link.person.locale,
        platform: link.platform,
        chatId: link.chatId,
      }
    },
  }
}
export type UploadService = ReturnType<typeof createUploadService>
