import { createInterface } from 'node:readline'
import type { ConsoleChat } from './console-chat.js'
import { DIRECTIVES_HELP } from './console-chat.js'

/**
 * Runs the console chat on a stream of lines. On a terminal it prompts; otherwise it replays the
 * lines as a scenario and prints a plain transcript.
 */
export async function runConsole(
  chat: ConsoleChat,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  interactive: boolean,
): Promise<void> {
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive })
  if (interactive) {
    output.write(
      [
        'Trò chuyện thử với Đối thoại bot (không cần token). Gõ tin nhắn hoặc lệnh như trong Telegram.',
        'Chỉ thị của cửa sổ dòng lệnh:',
        ...DIRECTIVES_HELP.map((line) => `  ${line}`),
        '',
      ].join('\n'),
    )
    rl.setPrompt(`${chat.prompt}> `)
    rl.prompt()
  }
  for await (const line of rl) {
    if ((await chat.handleLine(line)) === 'quit') {
      break
    }
    if (interactive) {
      rl.setPrompt(`${chat.prompt}> `)
      rl.prompt()
    }
  }
  rl.close()
}
