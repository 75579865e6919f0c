## Zalo: what differs from Telegram (no buttons, no files in the chat)

# Under numbered choices: Zalo has no buttons, the number is typed instead.
zalo-choices-hint-private = Answer with the number of your choice, e.g. 1
zalo-choices-hint-group = To choose, mention @{ $bot } with the number of your choice, e.g. @{ $bot } 1

# Zalo withholds some content from bots (files, link previews, senders in protected groups).
zalo-unsupported = The bot did not receive this content through Zalo. Please send text or a photo; type /help for the commands. To hand in a report file, use the upload link the bot sends when you submit a report (/nop).
