import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types'

/**
 * Builders of Telegram-shaped updates. The console chat turns typed lines into these; tests use
 * them to feed the real bot. Shapes follow the Bot API, including command entities (grammY only
 * sees a command when the entity is there).
 */

export interface UpdatePerson {
  id: number
  firstName: string
  lastName?: string
  username?: string
}

export type UpdateChat = { kind: 'private'; id: number; firstName: string } | { kind: 'group' | 'supergroup'; id: number; title: string }

function toUser(person: UpdatePerson): User {
  return {
    id: person.id,
    is_bot: false,
    first_name: person.firstName,
    ...(person.lastName ? { last_name: person.lastName } : {}),
    ...(person.username ? { username: person.username } : {}),
  }
}

function toChat(chat: UpdateChat): Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat {
  switch (chat.kind) {
    case 'private':
      return { id: chat.id, type: 'private', first_name: chat.firstName }
    case 'group':
      return { id: chat.id, type: 'group', title: chat.title }
    case 'supergroup':
      return { id: chat.id, type: 'supergroup', title: chat.title }
  }
}

/** Entities for a leading /command (with or without @botname). */
export function commandEntities(text: string): MessageEntity[] {
  const match = /^\/[a-zA-Z0-9_]+(@[a-zA-Z0-9_]+)?/.exec(text)
  return match ? [{ type: 'bot_command', offset: 0, length: match[0].length }] : []
}

export interface MessageOptions {
  date: Date
  messageId: number
  /** Posted by an anonymous admin "as the group". */
  anonymousAdmin?: boolean
  document?: { fileId: string; fileName: string; mimeType: string; size: number }
  photo?: { fileId: string; size: number }
  caption?: string
  replyTo?: Message
}

export function messageUpdate(
  updateId: number,
  from: UpdatePerson,
  chat: UpdateChat,
  text: string | null,
  options: MessageOptions,
): Update {
  const base = {
    message_id: options.messageId,
    date: Math.floor(options.date.getTime() / 1000),
    chat: toChat(chat),
  }
  const sender = options.anonymousAdmin
    ? { from: { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' }, sender_chat: toChat(chat) }
    : { from: toUser(from) }
  const content: Record<string, unknown> = {}
  if (text !== null) {
    content.text = text
    const entities = commandEntities(text)
    if (entities.length > 0) {
      content.entities = entities
    }
  }
  if (options.document) {
    content.document = {
      file_id: options.document.fileId,
      file_unique_id: options.document.fileId,
      file_name: options.document.fileName,
      mime_type: options.document.mimeType,
      file_size: options.document.size,
    }
  }
  if (options.photo) {
    content.photo = [
      { file_id: options.photo.fileId, file_unique_id: options.photo.fileId, width: 1280, height: 960, file_size: options.photo.size },
    ]
  }
  if (options.caption) {
    content.caption = options.caption
  }
  if (options.replyTo) {
    content.reply_to_message = options.replyTo
  }
  return { update_id: updateId, message: { ...base, ...sender, ...content } }
}

export function callbackUpdate(updateId: number, from: UpdatePerson, message: Message, data: string): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: `cb-${updateId}`,
      from: toUser(from),
      chat_instance: `ci-${message.chat.id}`,
      message: message as never,
      data,
    },
  }
}

type MemberStatus = 'member' | 'administrator' | 'left' | 'kicked'

/** The bot's own membership changed (added to a group, removed, kicked, blocked). */
export function myChatMemberUpdate(
  updateId: number,
  by: UpdatePerson,
  chat: UpdateChat,
  bot: User,
  oldStatus: MemberStatus,
  newStatus: MemberStatus,
  date: Date,
): Update {
  const member = (status: MemberStatus) =>
    (status === 'kicked'
      ? { status, user: bot, until_date: 0 }
      : status === 'administrator'
        ? {
            status,
            user: bot,
            can_be_edited: false,
            is_anonymous: false,
            can_manage_chat: true,
            can_delete_messages: true,
            can_manage_video_chats: false,
            can_restrict_members: true,
            can_promote_members: false,
            can_change_info: false,
            can_invite_users: true,
            can_post_stories: false,
            can_edit_stories: false,
            can_delete_stories: false,
          }
        : { status, user: bot }) as never
  return {
    update_id: updateId,
    my_chat_member: {
      chat: toChat(chat),
      from: toUser(by),
      date: Math.floor(date.getTime() / 1000),
      old_chat_member: member(oldStatus),
      new_chat_member: member(newStatus),
    },
  }
}

/** The two service messages Telegram sends when a group becomes a supergroup. */
export function migrationUpdates(
  firstUpdateId: number,
  by: UpdatePerson,
  group: { id: number; title: string },
  supergroupId: number,
  date: Date,
  firstMessageId: number,
): [Update, Update] {
  const seconds = Math.floor(date.getTime() / 1000)
  return [
    {
      update_id: firstUpdateId,
      message: {
        message_id: firstMessageId,
        date: seconds,
        chat: { id: group.id, type: 'group', title: group.title },
        from: toUser(by),
        migrate_to_chat_id: supergroupId,
      },
    },
    {
      update_id: firstUpdateId + 1,
      message: {
        message_id: 1,
        date: seconds,
        chat: { id: supergroupId, type: 'supergroup', title: group.title },
        from: toUser(by),
        migrate_from_chat_id: group.id,
      },
    },
  ]
}
