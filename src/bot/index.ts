import { conversations, createConversation, type ConversationData, type VersionedStateStorage } from '@grammyjs/conversations'
import type { I18n } from '@grammyjs/i18n'
import { Bot, type BotConfig } from 'grammy'
import type { Platform } from '../db/repositories/index.js'
import type { Logger } from '../logger.js'
import type { Services } from '../services/index.js'
import { TELEGRAM_CAPABILITIES, type Capabilities } from './capabilities.js'
import { createConversationStorage } from './conversation-storage.js'
import type { BotContext, ConvContext } from './context.js'
import { CREATE_COMMITTEE_CONVERSATION, createCommitteeConversation } from './conversations/create-committee.js'
import { CREATE_INVITE_CONVERSATION, createInviteConversation } from './conversations/create-invite.js'
import { EDIT_BODY_CONVERSATION, editBodyConversation } from './conversations/edit-body.js'
import { CREATE_PLAN_CONVERSATION, createPlanConversation } from './conversations/create-plan.js'
import { CREATE_SESSION_CONVERSATION, createSessionConversation } from './conversations/create-session.js'
import {
  CANCEL_SESSION_CONVERSATION,
  cancelSessionConversation,
  RESCHEDULE_SESSION_CONVERSATION,
  rescheduleSessionConversation,
} from './conversations/session-change.js'
import { ASSIGN_TASK_CONVERSATION, assignTaskConversation } from './conversations/assign-task.js'
import { IMPORT_PLAN_CONVERSATION, importPlanConversation } from './conversations/import-plan.js'
import { importFeature } from './features/import.js'
import {
  EXTEND_TASK_CONVERSATION,
  extendTaskConversation,
  RETURN_SUBMISSION_CONVERSATION,
  returnSubmissionConversation,
  SUBMIT_TASK_CONVERSATION,
  submitTaskConversation,
} from './conversations/task-actions.js'
import {
  ADD_ITEMS_CONVERSATION,
  addItemsConversation,
  RECORD_HELD_CONVERSATION,
  RECORD_NOTICE_CONVERSATION,
  recordHeldConversation,
  recordNoticeConversation,
  REPORT_PROGRESS_CONVERSATION,
  reportProgressConversation,
} from './conversations/after-session.js'
import { BRIDGE_READY_CONVERSATION, bridgeReadyConversation } from './conversations/bridge-readiness.js'
import { RECORD_OPINION_CONVERSATION, recordOpinionConversation } from './conversations/record-opinion.js'
import { REGISTER_SPEAKER_CONVERSATION, registerSpeakerConversation } from './conversations/register-speaker.js'
import { createErrorHandler, type ErrorSink } from './errors.js'
import { accountsFeature } from './features/accounts.js'
import { bodiesFeature } from './features/bodies.js'
import { calendarFeature } from './features/calendar.js'
import { plansFeature } from './features/plans.js'
import { sessionsFeature } from './features/sessions.js'
import { tasksFeature } from './features/tasks.js'
import { digestFeature } from './features/digest.js'
import { settingsFeature } from './features/settings.js'
import { deliveryReportFeature } from './features/delivery-report.js'
import { personalDataFeature } from './features/personal-data.js'
import { cancelFeature } from './features/cancel.js'
import { chatLifecycleFeature } from './features/chat-lifecycle.js'
import { committeeFeature } from './features/committee.js'
import { helpFeature } from './features/help.js'
import { invitesFeature } from './features/invites.js'
import { languageFeature } from './features/language.js'
import { membersFeature } from './features/members.js'
import { registrationFeature } from './features/registration.js'
import { startFeature } from './features/start.js'
import { unhandledFeature } from './features/unhandled.js'
import { speakersFeature } from './features/speakers.js'
import { opinionsFeature } from './features/opinions.js'
import { conclusionsFeature } from './features/conclusions.js'
import { dashboardFeature } from './features/dashboard.js'
import { exportsFeature } from './features/exports.js'
import { attachRuntime } from './middlewares/attach-runtime.js'
import { dedupUpdates } from './middlewares/dedup.js'
import { identify } from './middlewares/identify.js'

export interface BotDeps {
  token: string
  services: Services
  platform: Platform
  /** What the transport can do (Telegram's full set when not given). */
  capabilities?: Capabilities
  logger: Logger
  i18n: I18n<ConvContext>
  /** How long a dialogue waits for the next answer. */
  conversationTimeoutMs: number
  /** Called for every unexpected error, besides logging (tests assert it stays silent). */
  onError?: ErrorSink
  /** Defaults to the database; tests may pass another JSON-round-tripping storage. */
  conversationStorage?: VersionedStateStorage<string, ConversationData>
  /** Updates the transport's journal claimed and will finish itself (see transports/update-inbox.ts). */
  preclaimed?: (update: object) => boolean
}

/**
 * Bumped whenever a dialogue's sequence of questions changes: stored dialogues of an older shape
 * are dropped instead of being replayed into the wrong question.
 */
export const CONVERSATION_VERSION = 3

/** Per chat and per person, so in a group each official has their own dialogue. */
function conversationKey(ctx: BotContext): string | undefined {
  return ctx.chat && ctx.from ? `${ctx.chat.id}:${ctx.from.id}` : undefined
}

/** Builds the bot. The only place where middleware order is decided. */
export function createBot(deps: BotDeps, botConfig?: BotConfig<BotContext>): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, botConfig)
  const capabilities = deps.capabilities ?? TELEGRAM_CAPABILITIES
  const fetchFile: typeof fetch = (botConfig?.client?.fetch as typeof fetch | undefined) ?? fetch
  const apiRoot = botConfig?.client?.apiRoot ?? 'https://api.telegram.org'
  bot.use(
    attachRuntime({
      services: deps.services,
      platform: deps.platform,
      capabilities,
      logger: deps.logger,
      translate: (locale, key, vars) => deps.i18n.t(locale, key, vars),
      ...(deps.preclaimed ? { preclaimed: deps.preclaimed } : {}),
      downloadFile: async (fileId) => {
        const file = await bot.api.getFile(fileId)
        const path = file.file_path ?? ''
        // Zalo's files are URLs of their own (its transport answers getFile with the URL as the path).
        const response = await fetchFile(/^https?:\/\//i.test(path) ? path : `${apiRoot}/file/bot${deps.token}/${path}`)
        if (!response.ok) {
          throw new Error(`file download failed: ${response.status}`)
        }
        return new Uint8Array(await response.arrayBuffer())
      },
    }),
  )
  const safe = bot.errorBoundary(createErrorHandler(deps.logger, deps.onError))

  safe.use(dedupUpdates)
  safe.use(deps.i18n)
  safe.use(identify)
  safe.use(chatLifecycleFeature)

  safe.use(
    conversations<BotContext, ConvContext>({
      storage: {
        type: 'key',
        version: CONVERSATION_VERSION,
        getStorageKey: conversationKey,
        adapter: deps.conversationStorage ?? createConversationStorage(deps.services.runtime),
      },
      // The transport's capabilities first: prompts (prompt.ts) and their wording (i18n.ts) read them.
      plugins: [
        (ctx, next) => {
          ctx.capabilities = capabilities
          return next()
        },
        deps.i18n,
      ],
    }),
  )
  // Before the dialogues, so /huy is heard while one of them waits.
  safe.use(cancelFeature)
  const dialogueOptions = { maxMillisecondsToWait: deps.conversationTimeoutMs }
  safe.use(createConversation(createCommitteeConversation, { id: CREATE_COMMITTEE_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(createInviteConversation, { id: CREATE_INVITE_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(editBodyConversation, { id: EDIT_BODY_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(createPlanConversation, { id: CREATE_PLAN_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(importPlanConversation, { id: IMPORT_PLAN_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(createSessionConversation, { id: CREATE_SESSION_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(rescheduleSessionConversation, { id: RESCHEDULE_SESSION_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(cancelSessionConversation, { id: CANCEL_SESSION_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(assignTaskConversation, { id: ASSIGN_TASK_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(submitTaskConversation, { id: SUBMIT_TASK_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(returnSubmissionConversation, { id: RETURN_SUBMISSION_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(extendTaskConversation, { id: EXTEND_TASK_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(registerSpeakerConversation, { id: REGISTER_SPEAKER_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(bridgeReadyConversation, { id: BRIDGE_READY_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(recordOpinionConversation, { id: RECORD_OPINION_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(recordHeldConversation, { id: RECORD_HELD_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(recordNoticeConversation, { id: RECORD_NOTICE_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(addItemsConversation, { id: ADD_ITEMS_CONVERSATION, ...dialogueOptions }))
  safe.use(createConversation(reportProgressConversation, { id: REPORT_PROGRESS_CONVERSATION, ...dialogueOptions }))

  // Before /start: a start link carrying a registration code opens the speaker registration.
  safe.use(speakersFeature)
  // Before /start too: the start link of the dashboard's button.
  safe.use(dashboardFeature)
  safe.use(startFeature)
  safe.use(helpFeature)
  safe.use(languageFeature)
  safe.use(registrationFeature)
  safe.use(committeeFeature)
  safe.use(invitesFeature)
  safe.use(bodiesFeature)
  safe.use(membersFeature)
  safe.use(plansFeature)
  safe.use(sessionsFeature)
  safe.use(calendarFeature)
  safe.use(tasksFeature)
  safe.use(digestFeature)
  safe.use(importFeature)
  // Before settings: it takes /caidat kenh (a person's own setting) and passes the rest on.
  safe.use(accountsFeature)
  safe.use(settingsFeature)
  safe.use(deliveryReportFeature)
  safe.use(personalDataFeature)
  safe.use(opinionsFeature)
  safe.use(conclusionsFeature)
  safe.use(exportsFeature)
  // must be the last handler
  safe.use(unhandledFeature)

  bot.catch((error) => {
    deps.logger.error({ err: error.error, update_id: error.ctx.update.update_id }, 'error outside the error boundary')
    deps.onError?.(error.error, error.ctx.update.update_id)
  })
  return bot
}
