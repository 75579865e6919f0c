import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * What the "phones" of the console chat remember between runs: which groups exist under which
 * id (a migrated group keeps its new id), who administers them, whether the bot is still in them,
 * and the last update id (update ids must never repeat: the bot ignores repeats).
 */
export interface ConsoleGroup {
  id: number
  type: 'group' | 'supergroup'
  admins: number[]
  botPresent: boolean
}

export interface ConsoleStateData {
  nextUpdateId: number
  nextMessageId: number
  groups: Record<string, ConsoleGroup>
  people: Record<string, string>
}

export class ConsoleState {
  data: ConsoleStateData

  constructor(private readonly path: string | null) {
    this.data =
      path && existsSync(path)
        ? (JSON.parse(readFileSync(path, 'utf8')) as ConsoleStateData)
        : { nextUpdateId: 1, nextMessageId: 1, groups: {}, people: {} }
    // Never reuse an id the previous run may have handed out before it died.
    this.data.nextUpdateId = Math.max(this.data.nextUpdateId, Math.floor(Date.now() / 1000) * 10)
  }

  static inDir(dataDir: string | null): ConsoleState {
    return new ConsoleState(dataDir ? join(dataDir, 'console-state.json') : null)
  }

  takeUpdateId(): number {
    const id = this.data.nextUpdateId++
    this.save()
    return id
  }

  takeMessageId(): number {
    return this.data.nextMessageId++
  }

  save(): void {
    if (!this.path) {
      return
    }
    const temp = `${this.path}.tmp`
    writeFileSync(temp, JSON.stringify(this.data, null, 2))
    renameSync(temp, this.path)
  }
}
