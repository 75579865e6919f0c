/** The little raw-SQL surface the migrator and health checks need, on PGlite and PostgreSQL alike. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>
  /** Runs a script of several statements. */
  exec(script: string): Promise<void>
}
