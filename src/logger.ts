import { pino, type Logger, type DestinationStream } from 'pino'

export type { Logger }

export interface LoggerOptions {
  level: string
  /** Where to write; standard error by default, so standard output stays free for transcripts. */
  destination?: DestinationStream
}

/** Builds the root logger; everything else gets children of it (per update, per job run). */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    { level: options.level, base: { app: 'doi-thoai-bot' }, timestamp: pino.stdTimeFunctions.isoTime },
    options.destination ?? pino.destination(2),
  )
}
