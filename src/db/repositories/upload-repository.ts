import type { DbClient, Platform } from './client-types.js'

export interface UploadLink {
  id: number
  personId: number
  platform: Platform
  chatId: string
  purpose: string
  expiresAt: Date
  usedAt: Date | null
  person: { displayName: string; locale: string | null }
}

/** One-time upload links and the files they received. */
export function createUploadRepository(db: DbClient) {
  return {
    async create(data: {
      tokenHash: string
      personId: number
      platform: Platform
      chatId: string
      purpose: string
      expiresAt: Date
    }): Promise<number> {
      return (await db.upload.create({ data, select: { id: true } })).id
    },
    findByToken(tokenHash: string): Promise<UploadLink | null> {
      return db.upload.findUnique({
        where: { tokenHash },
        select: {
          id: true,
          personId: true,
          platform: true,
          chatId: true,
          purpose: true,
          expiresAt: true,
          usedAt: true,
          person: { select: { displayName: true, locale: true } },
        },
      })
    },
    /** Stores the file only if the link is still unused: of two uploads racing for one link, one wins. */
    async complete(id: number, file: { fileName: string; contentType: string; bytes: Uint8Array }, at: Date): Promise<boolean> {
      const result = await db.upload.updateMany({
        where: { id, usedAt: null },
        data: {
          usedAt: at,
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.bytes.length,
          bytes: new Uint8Array(file.bytes),
        },
      })
      return result.count === 1
    },
    async file(id: number): Promise<{ fileName: string; contentType: string; bytes: Uint8Array } | null> {
      const row = await db.upload.findUnique({ where: { id }, select: { fileName: true, contentType: true, bytes: true } })
      return row?.bytes && row.fileName
        ? { fileName: row.fileName, contentType: row.contentType ?? 'application/octet-stream', bytes: row.bytes }
        : null
    },
  }
}
export type UploadRepository = ReturnType<typeof createUploadRepository>
