/**
 * The expiry reminders not received, told (folded): "hatırlatma maili gelmedi hiç", "süre bitiyor
 * diye bir uyarı almadık", "we never got the renewal reminder". The reminders go to the registered
 * e-mail address (R8.2); an address that changed is updated after identity verification (R5.1).
 * These got the renewal text alone, which says the reminders are sent and not why none came.
 */

/** A reminder or warning e-mail named (folded). */
const reminderNamed =
  /\b(?:hatirlatma\w*|hatirlatici\w*|uyari (?:maili|e?postasi|mesaji)\w*|bildirim (?:maili|e?postasi)\w*|reminders?|reminder e?mails?|expiry (?:e?mails?|notices?|warnings?)|renewal (?:e?mails?|notices?))\b/;

/** Not received (folded): "gelmedi", "gelmiyor", "almadık", "ulaşmadı", "didn't get", "never received". */
const notReceived =
  /\b(?:gelme\w*|gelmiyor\w*|almadi\w*|alamadi\w*|ulasma\w*|ulasmiyor\w*|dusme\w*|gormedi\w*|goremedi\w*)\b|\b(?:did ?n[o']?t|didnt|never|have ?n[o']?t|havent|not|no) (?:\S+ )?(?:get|got|gotten|receive\w*|see|seen|arrive\w*|come)\b/;

/** Whether a folded message says the expiry reminders did not come. */
export function reminderMissingTold(folded: string): boolean {
  return reminderNamed.test(folded) && notReceived.test(folded);
}
