import { callbackData } from './codec.js'

/** "Ghi ý kiến" under /ykien SỐ: start recording the session's opinions. */
export const recordOpinionData = callbackData('yk', ['committee', 'session'])
/** "Thông báo kết luận" under /ketluan SỐ: record the notice, or add items to it. */
export const noticeActionData = callbackData('kl', ['committee', 'session', 'action'])
/** "Báo cáo tiến độ" under /tiendo N. */
export const progressData = callbackData('tdo', ['number'])
