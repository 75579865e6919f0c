## One-time upload links (platforms without files in the chat: Zalo)

submit-ask-file-upload =
    Upload the document at this link (PDF, Word, Excel or a photo, up to 20 MB; one use within { $minutes } minutes):
    { $url }
    Or paste a link to the file elsewhere; choose “Skip” to send none.

file-upload-offer =
    Upload the file at this link (PDF, Word, Excel or a photo, up to 20 MB; one use within { $minutes } minutes):
    { $url }

upload-page-title = Upload a report file
upload-page-intro = Hello { $name }. Choose one file (PDF, Word, Excel or a photo, up to 20 MB) and press “Upload”. The link works once, until { $until }.
upload-page-choose = Choose a file
upload-page-send = Upload
upload-page-done = File “{ $name }” received. Go back to your chat with the bot to finish the report.
upload-page-back = You may close this page.
upload-error-unknown = This upload link is not valid. Please use the link the bot just sent.
upload-error-used = This link has been used. Each link takes one file; type /nop again in your chat with the bot for a new one.
upload-error-expired = This link has expired. Type /nop again in your chat with the bot for a new one.
upload-error-empty = No file was chosen, or it is empty. Please choose again.
upload-error-too-large = The file is larger than { $max } MB. Choose a smaller one, or paste a link in your chat with the bot.
upload-error-kind = “{ $name }” is not a kind of file we accept (PDF, Word, Excel, JPG or PNG photo).
