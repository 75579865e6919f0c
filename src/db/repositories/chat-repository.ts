import type { Body, Chat, ChatPurpose, Committee, DbClient, Platform } from './client-types.js'

export type ChatBinding = Chat & { committee: Committee; body: Body | null }

export function createChatRepository(db: DbClient) {
  return {
    find(platform: Platform, externalId: string): Promise<ChatBinding | null> {
      return db.chat.findUnique({
        where: { platform_externalId: { platform, externalId } },
        include: { committee: true, body: true },
      })
    },
    /** Binds (or re-binds a previously deactivated) chat. */
    bind(data: {
      committeeId: number
      platform: Platform
      externalId: string
      title: string | null
      purpose: ChatPurpose
      bodyId: number | null
      boundByPersonId: number
    }): Promise<Chat> {
      const { platform, externalId, ...rest } = data
      return db.chat.upsert({
        where: { platform_externalId: { platform, externalId } },
        create: data,
        update: { ...rest, active: true, deactivatedAt: null, deactivationReason: null },
      })
    },
    deactivate(id: number, reason: string, at: Date): Promise<Chat> {
      return db.chat.update({ where: { id }, data: { active: false, deactivatedAt: at, deactivationReason: reason } })
    },
    rekey(id: number, externalId: string): Promise<Chat> {
      return db.chat.update({ where: { id }, data: { externalId } })
    },
    /** Every chat bound on a platform, active or not (the console restores them at start-up). */
    listByPlatform(platform: Platform): Promise<Pick<Chat, 'externalId' | 'title' | 'active'>[]> {
      return db.chat.findMany({ where: { platform }, select: { externalId: true, title: true, active: true }, orderBy: { id: 'asc' } })
    },
    listActive(committeeId: number): Promise<(Chat & { body: Body | null })[]> {
      return db.chat.findMany({ where: { committeeId, active: true }, include: { body: true }, orderBy: { id: 'asc' } })
    },
  }
}
export type ChatRepository = ReturnType<typeof createChatRepository>
