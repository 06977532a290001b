/**
 * R9.1's firm types (cooperative, fund, collective company, ordinary partnership, organised
 * industrial zone) as the firm's TYPE, not as any occurrence of the word: "Fon Tekstil Ltd Şti"
 * and "Kolektif Tasarım Anonim Şirketi" are a limited and a joint-stock company whose names merely
 * contain the word. A type word counts when it stands as a legal form ("… Kooperatifi",
 * "… Yatırım Fonu", "… Kollektif Şirketi", "adi ortaklık", "OSB", "Organize Sanayi Bölgesi"), or
 * as what the customer says the firm is ("kooperatifiz", "fonlar başvurabilir mi"); it does not
 * count inside a name that ends in an ordinary legal form (Ltd, Limited, Anonim, A.Ş.), nor as a
 * place ("OSB'de fabrikamız var"). Works on folded text (fold.ts).
 */

/** A type word of R9.1; `bare` marks a form that is also an everyday name word. */
interface TypeWord {
  re: RegExp;
  /** Counts only at the end of the message or before a function word ("fon olarak"). */
  bare?: boolean;
  /** A place as much as a firm: not when a locative suffix follows ("osb de", "bolgesinde"). */
  place?: boolean;
  /** A legal form of its own, never part of a Ltd's or an A.Ş.'s name ("adi ortaklık"). */
  form?: boolean;
}

const typeWords: TypeWord[] = [
  { re: /\badi ortak\w*/g, form: true },
  { re: /\bis ortakligi\w*|\bortak girisim\w*|\bjoint ventures?\b|\bordinary partnerships?\b/g, form: true },
  { re: /\bkooperatif\w*|\bcooperatives?\b|\bkoop\b/g },
  { re: /\bfon(u|uz|uyuz|umuz|lar|lari|larin|lardan|lara)\b|\b(mutual |investment |pension )?funds?\b/g },
  { re: /\bfon\b/g, bare: true },
  { re: /\borganize sanayi( bolge\w*)?|\borgani[sz]ed industrial (zones?|estates?)\b/g, place: true },
  { re: /\bosb\w*/g, place: true },
  { re: /\bkoll?ektif (sirket|sti|ortaklik)\w*|\bcollective (company|companies|partnerships?)\b/g },
  { re: /\bkoll?ektif(iz|tir)?$/g },
];

/** Ordinary legal forms: a type word shortly before one of them is part of the firm's name. */
const ordinaryForm = /\b(ltd|limited|anonim|a s|sti|inc|llc|plc|gmbh|corp)\b/;

/**
 * An ordinary form the message denies ("…, not a limited company", "limited şirket değiliz"): no
 * part of the firm's name, so it does not make a type word before it a name word.
 */
const deniedOrdinaryForm =
  /\b(not|no|non)( an?| the)? (ltd|limited|anonim|a s|sti|inc|llc|plc|gmbh|corp)\b( \S+)?|\b(ltd|limited|anonim|a s)( sirket\w*| sti\w*)? (degil|deyil|deil)\w*/g;

/** Words a firm's name may have between a type word and its legal form ("Fon Tekstil Ltd Şti"). */
const nameWords = 6;

/** "we are a …" in Turkish: the word itself says what the firm is ("kooperatifiz", "fonuyuz"). */
const firstPerson = /(iz|uz|yiz|yuz)$/;

/** Words after a bare "fon" that keep it a type ("fon olarak", "fon mu", "bir fon icin"). */
const functionWords =
  /^(olarak|icin|ise|isek|iseniz|mi|mu|miyiz|musunuz|misiniz|de|da|ve|veya|ya|ile|basvur\w*|olan|var|yok)$/;

/**
 * A locative after a place word: "osb de", "osbde", "bolgesinde", "bolgesindeki", also with "we
 * are" after it ("bolgesindeyiz", "osb deyiz"), or a postposition ("OSB içindeki fabrikamız",
 * "OSB bünyesinde").
 */
const locative =
  /^(de|da|deki|daki|den|dan|te|ta|teki|taki|deyiz|dayiz|teyiz|tayiz|dedir|dadir|ic\w*|bunyesi\w*|sinirlari\w*)$/;
/**
 * An address after a place word: "Organize Sanayi Bölgesi 3. Cad No 4 Çorlu", "OSB 12. sokak": the
 * firm's address in the zone (an HSM or delivery address), not the zone applying.
 */
const addressWord = /^(\d+\w*|cad\w*|sok\w*|sk|no|mah\w*|blok\w*|ada|parsel|yolu|bulvar\w*|kat)$/;
const locativeSuffix = /(nde|nda|ndeki|ndaki|nden|ndan|de|da|deki|daki|den|dan)(y[iu]z|dir)?$/;
/** An English place before a place word: "in an organised industrial zone", "at the OSB". */
const placeBefore = /\b(in|at|inside|within|near)( (an?|the|our|\S+)){0,2} ?$/;

function countsAsType(folded: string, word: TypeWord, match: RegExpMatchArray): boolean {
  const end = (match.index ?? 0) + match[0].length;
  const rest = folded.slice(end).trim();
  const next = rest.split(" ")[0] ?? "";
  const last = match[0].split(" ").at(-1) ?? "";
  const before = folded.slice(0, match.index ?? 0);
  const located =
    locative.test(next) ||
    addressWord.test(next) ||
    (!/^(osb|bolgesi|sanayi)$/.test(last) && locativeSuffix.test(last)) ||
    placeBefore.test(before);
  if (word.place && located) return false;
  if (word.bare && rest !== "" && !functionWords.test(next)) return false;
  if (firstPerson.test(last) && !/(sti|osb)$/.test(last)) return true;
  const named = rest.replace(deniedOrdinaryForm, " ").trim();
  return word.form === true || !ordinaryForm.test(named.split(" ").slice(0, nameWords).join(" "));
}

/**
 * Whether a folded message has one of R9.1's type words at all ("OSB", "fon", "kooperatif" …),
 * as the firm's type or not: with {@link namesR9FirmType} false, the word is a place or a name.
 */
export function mentionsR9TypeWord(folded: string): boolean {
  return typeWords.some((word) => [...folded.matchAll(word.re)].length > 0);
}

/** Whether a folded message names a firm whose type is one of R9.1's (cooperative, fund, …). */
export function namesR9FirmType(folded: string): boolean {
  return typeWords.some((word) => [...folded.matchAll(word.re)].some((m) => countsAsType(folded, word, m)));
}
