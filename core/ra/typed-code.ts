/**
 * A one-time code as it is typed back (R5.1, `interfaces.md` §4): six digits, read out in groups
 * or not ("482913", "48 29 13", "482-913"), alone or among ordinary words ("kodum: 482 913", "my
 * code is 482913", "e-postaya gelen kod 482913", "482913 geldi, teşekkürler", "kod 482 913 doğru
 * mu?"). An answer gives a code when it holds exactly one group of digits, six of them, and no other
 * digit anywhere: a message with another number (a VKN, a phone number, an address with digits) is
 * no code, nor is one that says its number is a PIN, PUK or password (R4: the bot never takes a
 * secret for a code). Every code submission of the RA reads the typed text here first, so a typo
 * that is no 6-digit code is refused (`invalid_code_format`) before any challenge is read, and
 * spends no try; the channels only choose their words for it.
 *
 * {@link readTypedCode} is the narrower reading of a message that is a code and nothing else (a
 * label such as "kodum:" allowed): the hand-off relay withholds such a message whole and blanks a
 * code inside a sentence where it stands (bot/handoff/code-withholding.ts).
 */
import { ValidationError } from "../errors/domain-error.ts";
import { groupedDigits } from "../identity/typed-number.ts";
import { foldForLabel, splitLabel } from "../text/labelled-answer.ts";

/** Words that only introduce a code ("doğrulama kodum:", "işte kod", "the code is"), over folded text. */
const label =
  /^(?:(?:dogrulama|onay|sms|gelen|kod|kodu|kodum|kodumuz|numara|numaram|numarasi|iste|sudur|verification|code|my|the|is|it|here|number)\b[\s:=,.-]*)+/;

/** Punctuation around a code ("482913.", "\"482 913\""). */
const around = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The six digits of `text` when it is a code and nothing else. */
function bareCodeDigits(text: string): string | undefined {
  const digits = groupedDigits(text.replace(around, ""));
  return digits?.length === 6 ? digits : undefined;
}

/**
 * The six digits of a message that is a code and nothing else (grouped digits and a label before
 * them allowed: "482 913", "kodum: 482-913"), or undefined; "kod 482913 geldi" is a sentence.
 */
export function readTypedCode(typed: string): string | undefined {
  const answer = splitLabel(typed, label, (rest) => bareCodeDigits(rest.value) !== undefined);
  return bareCodeDigits(answer.value);
}

/**
 * Words that say a number is a secret, not a code (folded; the same words as bot/nlu/secrets.ts):
 * "pinim 482913", "PIN kodum", "puk", "şifrem", "parola", "password".
 */
const secretWord =
  /(?<![\p{L}\p{N}])(?:pin(?:im|imi|i|in|kodu|kodum|imiz)?|puk(?:um|u|umu)?|sifre\p{L}*|parola\p{L}*|password|passcode|passwd)(?![\p{L}\p{N}])/u;

/**
 * "şifre" said of the one-time code itself, as Turkish customers often call an SMS code ("sms
 * şifresi 482913", "gelen şifre 482913", "e-postaya gelen şifre"): no secret, as long as no PIN,
 * PUK, password or card word stands in the message (folded text).
 */
const oneTimeSifre =
  /(?<![\p{L}\p{N}])(?:sms|gelen|mesaj\p{L}*|tek kullanimlik|dogrulama|onay|e ?posta\p{L}*|mail\p{L}*)(?: \p{L}+)? sifre\p{L}*(?![\p{L}\p{N}])/u;
const secretOtherThanSifre =
  /(?<![\p{L}\p{N}])(?:pin\p{L}*|puk\p{L}*|parola\p{L}*|password|passcode|passwd|kart\p{L}*)(?![\p{L}\p{N}])/u;

/** Whether a folded message calls the one-time code "şifre" ("sms şifresi", "gelen şifre") and names no real secret. */
export function namesOneTimeSifre(folded: string): boolean {
  return oneTimeSifre.test(folded) && !secretOtherThanSifre.test(folded);
}

/** One word of the message: what stands before it, its letters or digits, and what stands after. */
interface Piece {
  lead: string;
  core: string;
  trail: string;
}

/**
 * A whitespace-separated word split into its core and the punctuation around it; a Turkish suffix
 * after an apostrophe ("482913'tür", "482913’dür") belongs to the trail.
 */
function pieceOf(word: string): Piece {
  const lead = /^[^\p{L}\p{N}]*/u.exec(word)?.[0] ?? "";
  const rest = word.slice(lead.length);
  const trail = /(?:['’`´]\p{L}+)?[^\p{L}\p{N}]*$/u.exec(rest)?.[0] ?? "";
  return { lead, core: rest.slice(0, rest.length - trail.length), trail };
}

/** Digits written together or in groups joined by a hyphen, dot or slash ("482913", "482-913", "482.913"). */
const digitWord = /^\d+(?:[./-]\d+)*$/;

/** The six digits of `text` when it holds one code and no other digit, else undefined. */
function codeAmongWords(text: string): string | undefined {
  const folded = foldForLabel(text);
  if (secretWord.test(folded) && !namesOneTimeSifre(folded)) return undefined;
  const pieces = text.split(/\s+/).filter(Boolean).map(pieceOf);
  const groups: string[] = [];
  let open = false;
  for (const piece of pieces) {
    if (!digitWord.test(piece.core)) {
      // a digit glued to letters or other signs ("MM2026000001", "ali.482913@ornek.com", "482,913")
      if (/\d/.test(piece.core)) return undefined;
      open = false;
      continue;
    }
    // groups read out with spaces ("48 29 13") are one number; punctuation between them parts them
    if (open && piece.lead === "") groups[groups.length - 1] += piece.core;
    else groups.push(piece.core);
    open = piece.trail === "";
  }
  if (groups.length !== 1) return undefined;
  const digits = groups[0]!.replace(/\D/g, "");
  return digits.length === 6 ? digits : undefined;
}

/**
 * The six digits of the code an answer to a code question gives: alone, grouped, after a label or
 * among ordinary words, as long as no other digit and no word of a secret stands in the message;
 * undefined otherwise.
 */
export function readCodeAnswer(typed: string): string | undefined {
  return codeAmongWords(String(typed ?? ""));
}

/**
 * The six digits of a typed code; anything else is refused with `invalid_code_format` (a
 * {@link ValidationError} on `code`), which callers answer without spending a try.
 */
export function typedCodeOf(typed: string): string {
  const code = readCodeAnswer(String(typed ?? ""));
  if (code === undefined)
    throw new ValidationError("invalid_code_format", "a one-time code is 6 digits", "code");
  return code;
}
