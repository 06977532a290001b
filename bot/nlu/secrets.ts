/**
 * Detects messages that look like a PIN, PUK or password (R4, KVKK): the bot never asks for one,
 * never stores or echoes one, and tells the user never to share it.
 */

const secretWord =
  /\b(pin(im|imi|i|in|kodu|kodum|imiz)?|puk(um|u|umu)?|sifre\w*|parola\w*|password|passcode|passwd)\b/;

/**
 * Whether a folded message looks like a secret: a secret word together with a 4+ character token
 * containing digits ("pinim 123456", "şifrem abc123"), a secret word followed by "is/:" or
 * a bare 4–8 digit number where the dialog asked for no number.
 */
export function looksLikeSecret(folded: string, numberExpected: boolean): boolean {
  const compact = folded.replace(/\s/g, "");
  if (!numberExpected && /^\d{4,8}$/.test(compact)) return true;
  const word = secretWord.exec(folded);
  if (!word) return false;
  const rest = folded.replace(secretWord, " ");
  const tokens = rest.split(" ").filter((t) => t.length >= 4 && /\d/.test(t) && !/^(19|20)\d\d$/.test(t));
  if (tokens.length > 0) return true;
  return (
    /\b(sifrem|parolam|my password|password is|pin is|pinim)\s+\S{4,}$/.test(folded) &&
    !/unuttum|forgot|bloke|kilit|locked/.test(folded)
  );
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
 * nothing was cut, when what is left still looks like a secret, or when it has fewer than two words
 * of its own ("pinim 123456 idi" asks nothing).
 */
export function withoutSecrets(raw: string, fold: (text: string) => string): string | undefined {
  const cut = raw
    .split(/(\s+)/)
    .map((token) => (token.length >= 4 && /\d/.test(token) && !/^(19|20)\d\d\W*$/.test(token) ? " " : token))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  if (cut === raw.trim()) return undefined;
  const folded = fold(cut);
  if (looksLikeSecret(folded, false)) return undefined;
  const words = folded
    .split(" ")
    .filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w) && !secretWord.test(w) && !fillerWords.has(w));
  return words.length >= 2 ? cut : undefined;
}
