/**
 * An expected failure the user can act on: wrong input, missing permission, unknown number.
 * `key` is a Fluent message id; the bot's error boundary replies with it in the user's language.
 * Services throw it; they never reply themselves.
 */
export class UserError extends Error {
  override name = 'UserError'
  constructor(
    readonly key: string,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(key)
  }
}
