import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Ends the command with a message on stderr and exit code 2, the code of a wrong invocation. */
export function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

/**
 * node:util's parseArgs with --help, where a wrong option ends in the usage line instead of a stack trace:
 * these commands are run by hand, and a typo deserves one line that says how to call them.
 */
export function parseCliArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
    console.log(usage)
    process.exit(0)
  }
  try {
    return parseArgs(config)
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`)
  }
}
