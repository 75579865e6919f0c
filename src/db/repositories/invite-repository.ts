import type { Body, Committee, DbClient, InviteCode, InvitePurpose } from './client-types.js'

export type InviteWithRefs = InviteCode & { committee: Committee; body: Body | null }

export function createInviteRepository(db: DbClient) {
  return {
    create(data: {
      committeeId: number
      codeHash: string
      purpose: InvitePurpose
      bodyId: number | null
      createdByPersonId: number
      expiresAt: Date
    }): Promise<InviteCode> {
      return db.inviteCode.create({ data })
    },
    findByHash(codeHash: string): Promise<InviteWithRefs | null> {
      return db.inviteCode.findUnique({ where: { codeHash }, include: { committee: true, body: true } })
    },
    /**
     * Marks the code used only if it is still unused: of two people racing for one code, exactly
     * one gets `true`.
     */
    async markUsed(id: number, at: Date, usedByPersonId: number, usedChatId: number | null): Promise<boolean> {
      const result = await db.inviteCode.updateMany({
        where: { id, usedAt: null },
        data: { usedAt: at, usedByPersonId, usedChatId },
      })
      return result.count === 1
    },
  }
}
export type InviteRepository = ReturnType<typeof createInviteRepository>
