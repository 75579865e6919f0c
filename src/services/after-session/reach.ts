import type { Reach } from '../notice.js'

/** What several announcements reached together (each unreachable name once). */
export function joinReach(...reaches: Reach[]): Reach {
  return {
    people: reaches.reduce((sum, r) => sum + r.people, 0),
    groups: reaches.reduce((sum, r) => sum + r.groups, 0),
    unreachable: [...new Set(reaches.flatMap((r) => r.unreachable))],
  }
}
