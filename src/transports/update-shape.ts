/**
 * Telegram's contract for the parts of an update the bot reads. Telegram itself keeps it; a forged
 * request to the webhook, a proxy's bug or a future Bot API change may not. An update that breaks
 * it is set aside at the door (logged, never handled) instead of failing deep inside a handler.
 */
type Shape = Record<string, unknown>

const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null && !Array.isArray(value)
const isId = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value)
const optional = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value)
const isString = (value: unknown) => typeof value === 'string'

function chatProblem(chat: unknown): string | null {
  if (!isObject(chat) || !isId(chat.id) || !isString(chat.type)) {
    return 'chat without a numeric id and a type'
  }
  return null
}

function userProblem(user: unknown): string | null {
  if (!isObject(user) || !isId(user.id) || !isString(user.first_name) || typeof user.is_bot !== 'boolean') {
    return 'sender without a numeric id, a first name and is_bot'
  }
  if (!optional(user.last_name, isString) || !optional(user.username, isString) || !optional(user.language_code, isString)) {
    return 'sender with a non-text name field'
  }
  return null
}

function entitiesProblem(entities: unknown, text: string | undefined): string | null {
  if (entities === undefined) {
    return null
  }
  if (!Array.isArray(entities) || text === undefined) {
    return 'entities without a text, or not a list'
  }
  for (const entity of entities as unknown[]) {
    if (!isObject(entity) || !isString(entity.type) || !isId(entity.offset) || !isId(entity.length)) {
      return 'an entity without type, offset and length'
    }
    const offset = entity.offset as number
    const length = entity.length as number
    if (offset < 0 || length < 0 || offset + length > text.length) {
      return 'an entity outside its text'
    }
  }
  return null
}

function messageProblem(message: unknown): string | null {
  if (!isObject(message) || !isId(message.message_id) || !isId(message.date)) {
    return 'message without an id and a date'
  }
  const problem = chatProblem(message.chat) ?? (message.from === undefined ? null : userProblem(message.from))
  if (problem) {
    return problem
  }
  if (!optional(message.text, isString) || !optional(message.caption, isString)) {
    return 'a text or caption that is not text'
  }
  return (
    entitiesProblem(message.entities, message.text as string | undefined) ??
    entitiesProblem(message.caption_entities, message.caption as string | undefined) ??
    (message.document === undefined || (isObject(message.document) && isString(message.document.file_id))
      ? null
      : 'a document without a file id')
  )
}

/** Why the update breaks Telegram's contract, or null when the bot may handle it. */
export function malformedReason(update: unknown): string | null {
  if (!isObject(update)) {
    return 'not an object'
  }
  for (const kind of ['message', 'edited_message', 'channel_post', 'edited_channel_post'] as const) {
    if (kind in update) {
      const problem = messageProblem(update[kind])
      return problem ? `${kind}: ${problem}` : null
    }
  }
  if ('callback_query' in update) {
    const query = update.callback_query
    if (!isObject(query) || !isString(query.id) || !optional(query.data, isString)) {
      return 'callback_query: without an id, or data that is not text'
    }
    const problem = userProblem(query.from) ?? (query.message === undefined ? null : messageProblem(query.message))
    return problem ? `callback_query: ${problem}` : null
  }
  for (const kind of ['my_chat_member', 'chat_member'] as const) {
    if (kind in update) {
      const change = update[kind]
      if (!isObject(change) || !isObject(change.new_chat_member) || !isObject(change.old_chat_member)) {
        return `${kind}: without old and new member`
      }
      const problem = chatProblem(change.chat) ?? userProblem(change.from)
      return problem ? `${kind}: ${problem}` : null
    }
  }
  // Kinds the bot does not ask for pass: no handler reads them.
  return null
}
