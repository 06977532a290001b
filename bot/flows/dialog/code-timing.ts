/**
 * When the code comes, asked at a code question (folded): "kod ne zaman gelir", "kod kaç dakikada
 * gelir", "sms gelecek mi", "kodu bekliyorum", "when will the code arrive?", "how long does the code
 * take?". At the new contact's code question it was taken for the production's time and the update
 * was left. It is answered as the code not arriving is (where it went, a few minutes, "Yeniden dene"),
 * and the code question stays open (./code-entry.ts).
 */

/** The code or its message named (folded). */
const codeWord = String.raw`(?:kod\w*|sms\w*|mesaj\w*|dogrulama\w*)`;

const timing: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${codeWord}( \S+){0,3} (?:ne zaman|kac (?:dakika|saniye|dk|sn)\w*|ne kadar (?:sur\w*|sonra|icinde|zamanda))`,
  ),
  new RegExp(String.raw`\b(?:ne zaman|kac dakika\w*|ne kadar surede)( \S+){0,2} ${codeWord}`),
  new RegExp(
    String.raw`\b${codeWord} (?:gelecek|gelir|geliyor|gelcek|ulasir|ulasacak|dusecek|duser) ?m[iu]\b`,
  ),
  new RegExp(String.raw`\b${codeWord} bekli\w*`),
  /\b(?:when|how long|how soon)\b.*\b(?:code|sms|text)\b|\b(?:code|sms|text)\b.*\b(?:how long|when)\b/,
  /\bwaiting for (?:the|a|my|your) (?:code|sms|text)\b|\bis the (?:code|sms|text) (?:coming|on its way)\b/,
];

/** Whether a message typed at a code question asks when the code comes. */
export function asksWhenCodeComes(folded: string): boolean {
  return timing.some((pattern) => pattern.test(folded));
}
