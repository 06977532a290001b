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
