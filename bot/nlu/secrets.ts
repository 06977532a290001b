/**
 * Detects messages that look like a PIN, PUK or password (R4, KVKK): the bot never asks for one,
 * never stores or echoes one, and tells the user never to share it.
 */

const secretWord =
  /\b(pin(im|imi|i|in|kodu|kodum|imiz)?|puk(um|u|umu)?|sifre\w*|parola\w*|password|passcode|passwd)\b/;

/**
 * 4 to 8 digits written apart ("1 2 3 4", "12-34", "9.8.7.6"), not part of a longer number (a phone
 * number's groups are not a PIN's) nor of a word ("abc12345" is a token of its own).
 */
const spacedDigits = /(?<![\p{L}\p{N}])(?<!\d[\s.\-/])\d(?:[\s.\-/]?\d){3,7}(?![\p{L}\p{N}])(?![\s.\-/]\d)/gu;
/** A Turkish mobile number as typed ("0532 123 45 67", "+90 532 1234567"). */
const phoneNumber = /(?:\+?\s*90[\s.-]*)?\(?0?\s*5\d{2}\)?[\s.-]*\d{3}[\s.-]*\d{2}[\s.-]*\d{2}(?!\d)/g;
/** A secret word with its digits glued on ("pin1234", "sifrem4711"). */
const gluedSecret = /\b(?:pin|puk|sifre|parola|password|passcode)\w{0,4}?\d{4,8}\b/g;
/** Digits spelled out, four or more in a row ("dört beş altı yedi", "one three five seven"). */
const spelledDigits =
  /\b(?:(?:sifir|bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz|zero|one|two|three|four|five|six|seven|eight|nine)\b\s*){4,8}/g;

/** A program's or card's error code written as hex ("0x6983", "0X80090016") or with an "h" ("6983h"). */
const hexErrorCode = /(?<![\p{L}\p{N}])(?:0x[0-9a-f]{2,8}|[0-9a-f]{4}h)(?![\p{L}\p{N}])/gu;
/** An ISO 7816 status word: SW1 61–6F or 90–9F, then SW2 ("6983" PIN blocked, "6a82", "63c2"). */
const statusWord = "(?:6[1-9a-f]|9[0-9a-f])[0-9a-f]{2}";
/**
 * A status word named as an error: after "hata", "error", "SW", "durum" ("hata 6a82", "hata: 6983",
 * "SW=63C2") or before "hatası", "hata kodu", "error" ("6983 hatası"). A bare "hata" after the number
 * ("pinim 6983 hata veriyor") keeps it a possible PIN.
 */
const namedStatusWord = new RegExp(
  `(?:\\b(?:hata(?:si)?|error|err|sw(?:1sw2)?|status|durum)\\s*(?:kodu|code)?\\s*[:=#]?\\s*${statusWord}(?![\\p{L}\\p{N}])` +
    `|(?<![\\p{L}\\p{N}])${statusWord}\\s*(?:hatasi|hata kodu|error|kodu hatasi)\\b)`,
  "gu",
);
/** Any number or hex after an explicit error-code label ("hata kodu 1001", "error code: 80090016"). */
const labelledErrorCode =
  /\b(?:hata kodu|hata no|error code|status word|durum kodu)\s*[:=#]?\s*[0-9a-f]{2,10}(?![\p{L}\p{N}])/gu;

/**
 * The card's "PIN blocked" status words as an error code (folded; brackets are gone by then): 6983
 * (the PIN's verification blocked) and 63C0 (no tries left), bare, as hex ("0x6983", "6983h") or
 * after "SW" ("sw 63c0"). A card tool shows these when the PIN was entered wrong too often (R4.2).
 */
const pinBlockedStatusWord = /(?<![\p{L}\p{N}])(?:0x)?(?:6983|63c0)h?(?![\p{L}\p{N}])/u;

/**
 * Whether a folded message holds a card's "PIN blocked" status word ("pin girerken hata (0x6983)
 * alıyorum", "PIN error [63C0]"): R4.2's Kilit Çözme is the answer. Only for a message that is no
 * secret (looksLikeSecret), so "pinim 6983" stays a PIN.
 */
export function namesPinBlockedCode(folded: string): boolean {
  return pinBlockedStatusWord.test(folded);
}

/** The message without the error codes and status words in it, which are no secret. */
function withoutErrorCodes(folded: string): string {
  return folded.replace(hexErrorCode, " ").replace(namedStatusWord, " ").replace(labelledErrorCode, " ");
}

/**
 * A PIN or password said not to work, be refused, wrong or locked ("şifrem çalışmıyor", "pinim
 * olmuyor", "PIN kabul edilmiyor", "my PIN doesn't work"): R4.2's Kilit Çözme is the help asked for.
 */
const secretFails =
  /\b(calismiyor|calismiyo|calismadi|olmuyor|olmadi|kabul (?:etmiyor|edilmiyor|etmedi|edilmedi)|yanlis|hatali|gecersiz|kilitl\w*|bloke|acmiyor|acilmiyor|not work\w*|does ?n'?t work|did ?n'?t work|does not work|wrong|incorrect|invalid|locked|blocked|rejected|not accepted)\b/;

/** Whether a folded message (its secret cut out) says the PIN or password does not work (R4.2). */
export function saysSecretFails(folded: string): boolean {
  return (
    /\b(pin\w*|sifre\w*|parola\w*|password)\b/.test(folded) &&
    !/\bpuk/.test(folded) &&
    secretFails.test(folded)
  );
}

/**
 * Whether a folded message looks like a secret: a secret word together with a 4+ character token
 * containing digits ("pinim 123456", "şifrem abc123"), with 4–8 digits written apart or spelled
 * out ("pinim 1 2 3 4", "PIN: 12-34", "pin kodum dört beş altı yedi"), glued to it ("pin1234"), a
 * secret word followed by "is/:" or a bare 4–8 digit number where the dialog asked for no number.
 */
export function looksLikeSecret(folded: string, numberExpected: boolean): boolean {
  const compact = folded.replace(/\s/g, "");
  if (!numberExpected && /^\d{4,8}$/.test(compact)) return true;
  if (matches(gluedSecret, folded)) return true;
  const word = secretWord.exec(folded);
  if (!word) return false;
  // a phone number, VKN or TCKN beside the word is no PIN (4–8 digits; a PUK 8), nor is an error
  // code or a card's status word ("pin girerken hata 0x6983", "6983 hatası")
  const rest = withoutErrorCodes(folded)
    .replace(secretWord, " ")
    .replace(phoneNumber, " ")
    .replace(/\d{9,}/g, " ");
  if (digitsApart(rest) || matches(spelledDigits, rest)) return true;
  const tokens = rest.split(" ").filter((t) => t.length >= 4 && /\d/.test(t) && !/^(19|20)\d\d$/.test(t));
  if (tokens.length > 0) return true;
  return (
    /\b(sifrem|parolam|my password|password is|pin is|pinim)\s+\S{4,}$/.test(folded) &&
    !/unuttum|forgot|bloke|kilit|locked|lost|missing|kaybol|kaybet|kayip|hatirlami/.test(folded) &&
    !secretFails.test(folded)
  );
}

/** Whether a text holds 4–8 digits written apart that are not a year ("2014 öncesi kartlar"). */
function digitsApart(text: string): boolean {
  return [...text.matchAll(spacedDigits)].some((m) => !/^(19|20)\d\d$/.test(m[0]));
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Words that carry no question of their own beside a secret ("pinim 123456 idi"). */
const fillerWords = new Set([
  "idi",
  "ydi",
  "ama",
  "fakat",
  "ve",
  "bu",
  "su",
  "benim",
  "olan",
  "ile",
  "my",
  "is",
  "was",
  "the",
  "and",
  "but",
  "code",
  "kod",
  "kodu",
  "kodum",
]);

/**
 * The message with its secrets cut out, when what is left still asks something: every token of four
 * or more characters with a digit in it (years kept) is removed from the raw text. Undefined when
 * nothing was cut, when what is left still looks like a secret, or when it has no two words, one of
 * them its own ("pinim 123456 idi" asks nothing; "I locked my PIN, my PIN was 5566" does).
 */
export function withoutSecrets(raw: string, fold: (text: string) => string): string | undefined {
  const cut = raw
    .replace(spacedDigits, (digits) => (/^(19|20)\d\d$/.test(digits) ? digits : " "))
    .split(/(\s+)/)
    .map((token) => (token.length >= 4 && /\d/.test(token) && !/^(19|20)\d\d\W*$/.test(token) ? " " : token))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  if (cut === raw.trim()) return undefined;
  const folded = fold(cut);
  if (looksLikeSecret(folded, false)) return undefined;
  // "I locked my PIN, my PIN was 5566": "locked" with the PIN it is about asks something
  const words = new Set(
    folded
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w) && !fillerWords.has(w)),
  );
  const own = [...words].filter((w) => !secretWord.test(w));
  return own.length >= 2 || (own.length === 1 && words.size >= 2) ? cut : undefined;
}
