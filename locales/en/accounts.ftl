## One person on Telegram and Zalo: /lienket, /caidat kenh

cmd-lienket = Link your Telegram and Zalo accounts

platform-name = { $platform ->
    [telegram] Telegram
    [zalo] Zalo
   *[other] the console
}

link-code =
    Your link code: { $code }
    Open the bot on the other platform (Telegram or Zalo) and send: /lienket { $code }
    The code works once and expires in { $minutes } minutes. Once linked, your roles and bodies are the same in both places.
link-done =
    Accounts linked. You use the bot on: { $platforms }. Your roles and bodies are the same in both places.
    Choose where private reminders and notices go: /caidat kenh telegram, /caidat kenh zalo or /caidat kenh ca-hai.
link-error-code = This link code is wrong, used or expired. Type /lienket on the other platform for a new one.
link-error-same-platform = Send this code to the bot on the other platform (Telegram ↔ Zalo), not here.
link-error-already = These two accounts are already linked.
link-error-taken = You are already linked to another { $platform ->
    [telegram] Telegram
    [zalo] Zalo
   *[other] other
} account. Each person links one account per platform.
link-error-not-private = Please use /lienket in your private chat with the bot, not in a group.

channel-every = every platform you use
channel-show =
    Private reminders and notices go to: { $channel }. You use the bot on: { $platforms }.
    Change: /caidat kenh telegram · /caidat kenh zalo · /caidat kenh ca-hai
channel-changed = Saved. Private reminders and notices will go to: { $channel }. The daily digest still goes to the registered groups.
channel-error-unreachable = The bot cannot write to you in private on { $platform ->
    [telegram] Telegram
    [zalo] Zalo
   *[other] that platform
} yet. Open the bot there, type /start, then link with /lienket.
channel-error-value = Choose one of: telegram, zalo or ca-hai (both).
channel-error-not-private = Where your notices go is your own setting: please type /caidat kenh in your private chat with the bot.
