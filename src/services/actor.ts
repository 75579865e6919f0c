import type { Platform } from '../db/repositories/index.js'

/** Who is acting, and where, as the services (and the audit trail) need to know it. */
export interface Actor {
  personId: number
  platform: Platform
  /** The chat the request came from, for the audit trail. */
  chatExternalId: string | null
  updateId: number | null
}

/** The audit fields that identify an actor. */
export function auditSource(actor: Actor) {
  return {
    actorPersonId: actor.personId,
    actorVia: 'user' as const,
    platform: actor.platform,
    chatExternalId: actor.chatExternalId,
    updateId: actor.updateId,
  }
}
