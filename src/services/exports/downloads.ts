import { createHash, randomBytes } from 'node:crypto'
import type { Repositories } from '../../db/repositories/index.js'
import type { Actor } from '../actor.js'
import type { Clock } from '../clock.js'
import { UserError } from '../errors.js'

/** A download link is opened from the phone at once: thirty minutes, one download. */
export const DOWNLOAD_TTL_MS = 30 * 60_000

/** The path of the download page; the link's token is its `t` parameter. */
export const DOWNLOAD_PATH = '/download'

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
const TOKEN = /^[A-Za-z0-9_-]{20,64}$/

/**
 * One-time download links, for platforms that carry no files in the chat (a transport's
 * `files: 'upload-link'`, Zalo): the file the bot would have sent as a document waits in the
 * database (any instance serves it) under a random token of which only the hash is kept, for thirty
 * minutes and one download; its bytes are erased when taken, expired ones when the next is offered.
 * The page a link opens shows a button, and only pressing it (POST) takes the file: a chat app that
 * fetches the link for a preview does not use it up.
 */
export function createDownloadService(repos: Repositories, clock: Clock, settings: { publicUrl: string | null }) {
  async function usable(token: string) {
    const link = TOKEN.test(token) ? await repos.exports.findDownload(hashToken(token)) : null
    if (!link) {
      throw new UserError('download-error-unknown')
    }
    if (link.usedAt) {
      throw new UserError('download-error-used')
    }
    if (link.expiresAt <= clock.now()) {
      throw new UserError('download-error-expired')
    }
    return link
  }

  return {
    /** A link to `file` for the actor; null when no public address is configured (PUBLIC_URL). */
    async offer(
      actor: Actor,
      file: { fileName: string; contentType: string; bytes: Uint8Array },
    ): Promise<{ url: string; minutes: number } | null> {
      if (!settings.publicUrl) {
        return null
      }
      await repos.exports.purgeDownloads(clock.now())
      const token = randomBytes(24).toString('base64url')
      await repos.exports.createDownload({
        tokenHash: hashToken(token),
        personId: actor.personId,
        fileName: file.fileName,
        contentType: file.contentType,
        bytes: file.bytes,
        expiresAt: new Date(clock.now().getTime() + DOWNLOAD_TTL_MS),
      })
      return { url: `${settings.publicUrl}${DOWNLOAD_PATH}?t=${token}`, minutes: DOWNLOAD_TTL_MS / 60_000 }
    },

    /** What the page shows for a link: refused (UserError) when unknown, used or expired. */
    async check(token: string): Promise<{ fileName: string; personName: string; locale: string | null; expiresAt: Date }> {
      const link = await usable(token)
      return { fileName: link.fileName, personName: link.person.displayName, locale: link.person.locale, expiresAt: link.expiresAt }
    },

    /** Takes the file of a link, once: refused when unknown, used (also by a request racing this one) or expired. */
    async take(token: string): Promise<{ fileName: string; contentType: string; bytes: Uint8Array }> {
      const link = await usable(token)
      const file = await repos.exports.takeDownload(link.id, clock.now())
      if (!file) {
        throw new UserError('download-error-used')
      }
      return file
    },
  }
}
export type DownloadService = ReturnType<typeof createDownloadService>
