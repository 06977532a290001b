/**
 * Whether the data given is safe, or what becomes of it, asked (folded): "bu bilgiler güvende mi",
 * "verdiğim bilgiler nereye gidiyor", "kvkk ne olacak", "kvkk?", "bilgilerim kimlerle paylaşılıyor",
 * "is my data safe?", "what do you do with my details?". Without a request word the KVKK reader
 * (bot/dispatch/privacy-request.ts) let them pass, and a dialog's question refused them as a number
 * ("VKN 10 haneli bir sayıdır"). The answer is the privacy notice (app.kvkk), which says what the
 * data is processed for and where the law's rights are exercised.
 */

/** The data given (folded): "bilgiler", "verilerim", "bilgilerimiz", KVKK, "my data", "details". */
const dataNamed =
  /\b(?:bilgiler\w*|bilgilerim\w*|verdigim\w*|verdigimiz\w*|veri(?:ler\w*|m|miz|niz)?|kvkk|kisisel\w*|my (?:data|details|information|info)|our (?:data|details|information)|personal (?:data|details|information)|the (?:data|details|information) i (?:give|gave|enter\w*))\b/;

/** Safe, where it goes, who sees it, what is done with it (folded). */
const safetyAsked =
  /\b(?:guvende\w*|guvenli\w*|guvenlik\w*|korun\w*|nereye gid\w*|nerde sakla\w*|nerede sakla\w*|kim(?:ler)?(?:le)? (?:paylas\w*|gor\w*)|paylasil\w*|ne olacak|ne yapiyorsunuz|ne yapacaksiniz|safe\w*|secure\w*|protect\w*|who (?:sees|can see|has access)|shared with|what (?:do|will) you do with)\b/;

/** A change of the data (folded): its own answer (R5.1, the field questions). */
const changeNamed = /\b(?:degis\w*|guncel\w*|duzelt\w*|chang\w*|updat\w*|correct\w*)\b/;

/** Whether a folded message asks whether the data given is safe or what becomes of it. */
export function dataSafetyAsked(folded: string): boolean {
  if (/^kvkk\s*$/.test(folded.trim())) return true;
  return dataNamed.test(folded) && safetyAsked.test(folded) && !changeNamed.test(folded);
}
