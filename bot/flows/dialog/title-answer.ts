/**
 * What a message typed at the unvan question (the applicant's and a group firm's) is, before it
 * could be stored: an unvan becomes the certificate's name, so a question, a non-answer, a single
 * word without a legal form, words of acknowledgement only ("tamamdır devam", "ok continue") or a
 * message carrying a VKN, phone or e-mail is never taken for one.
 * A firm's name with its legal form ("Ne Güzel Tekstil Ltd. Şti.") is an unvan whatever words it has.
 */
import { holdsContactData } from "../../../core/ra/application-fields.ts";
import { isFillerAnswer } from "../../../core/ra/filler-answer.ts";
import { foldTurkish, tokensOf } from "../../nlu/fold.ts";
import { isQuestion } from "../../nlu/question-form.ts";

/** Why a typed text is no unvan. */
export type TitleProblem = "question" | "unknown" | "contact" | "one_word" | "sentence" | "filler";

/** Legal forms and the words of public bodies (folded): a text with one of them names a firm. */
const legalForm =
  /(^|[^a-z])(a\.? ?s\.?|anonim|sirket(i|leri)?|ltd\.?|limited|sti\.?|koop\w*|dernek\w*|vakif\w*|vakf\w*|belediye\w*|mudurlug\w*|baskanlig\w*|bakanlig\w*|universite\w*|odasi|birligi|holding|ticaret|tic\.?|sanayi|san\.?|inc\.?|llc|gmbh|corp\w*|company|co\.)([^a-z]|$)/;

/** Saying the customer does not know or asking what to write (folded, at the start). */
const nonAnswer =
  /^(bilmiyorum|bilmem|bilemiyorum|emin degilim|hatirlamiyorum|ne yaz\w*|neyi yaz\w*|nereden bul\w*|nerede yaz\w*|sonra|daha sonra|yok|i (do ?n.?t|dont) know|no idea|not sure|what should i (write|type)|later)\b/;

/**
 * Not knowing the unvan said anywhere in a message without a legal form (folded): "unvanımızı
 * bilmiyorum muhasebeciye sormam lazım", "tam unvanı hatırlamıyorum", "emin değilim, sorup yazarım",
 * "I need to ask our accountant". A firm's name has none of these words.
 */
const notKnown =
  /\b(?:bilmiyor\w*|bilmiyom|bilemiyor\w*|hatirlamiyor\w*|emin degil\w*|sor(?:mam|mamiz|mak|up|acag\w*|ayim|alim) (?:lazim|gerek\w*|yazar\w*|soyler\w*|donerim|donecegim)|sorup\b|ogrenip|ogrenince|(?:do ?n.?t|dont) know|not sure|no idea|(?:need|have) to ask|will ask|ask (?:my|our|the) accountant|check with)/;

/**
 * Words (folded) of a sentence about the firm rather than its name: pronouns and possessives ("kendi
 * adımıza", "şirketimizin"), answers ("aynı", "henüz belli değil", "evet olsun"). Checked only when
 * no legal form is present, so "Bizim Toptan A.Ş." or "Tamam Gıda Ltd. Şti." stay unvans.
 */
const sentenceWords = new Set(
  (
    "ben benim bana beni biz bizim bize bizi siz sizin kendi kendim kendimiz kendisi adima adina adimiza " +
    "sahsen sahsim firma firmamiz firmamizin firmanin firmasi sirketimiz sirketimizin sirketin isletmemiz " +
    "evet hayir tamam olur olsun henuz sonra belli belirsiz degil degilim ayni aynisi aynen lazim gerek yani " +
    "cunku ama fakat ise icin gibi de da unvan unvani unvanimiz adi adimiz ismi " +
    "i me my our we us you yes not same yet"
  ).split(" "),
);

/** A conjugated first-person Turkish verb, folded ("istiyorum", "yazacağız", "bilmiyoruz"). */
const firstPersonVerb = /([iu]yor(um|uz|sun|sunuz)?|(acag|eceg)(im|iz))$/;

/**
 * A statement's word, folded: "yok", "vardı", "yoktu", a negative past ("gelmedi", "yapmadık") or a
 * first-person plural possessive ("kartımızın", "zarfımızda"). A firm's name without a legal form
 * rarely has one; first-person pasts are left out ("-tık" ends "lojistik", "plastik", "optik").
 */
const statementWord = /^(yok|yoktu|yokmus|var|vardi|varmis|degildi)$|m[ae]d[iu]\w*$|[iu]m[iu]z\w*$/;

/** Whether a folded text without a legal form reads as a sentence, not a firm's name. */
function readsAsSentence(folded: string): boolean {
  return tokensOf(folded).some(
    (w) => sentenceWords.has(w) || firstPersonVerb.test(w) || statementWord.test(w),
  );
}

/** Why `raw` (folded `folded`) is no unvan, or undefined when it may be one. */
export function titleProblem(raw: string, folded: string): TitleProblem | undefined {
  if (holdsContactData(raw)) return "contact";
  // "tamamdır devam", "ok continue": acknowledging the question, not answering it
  if (isFillerAnswer(raw)) return "filler";
  if (nonAnswer.test(folded)) return "unknown";
  if (legalForm.test(folded)) return undefined;
  if (notKnown.test(folded)) return "unknown";
  if (isQuestion(raw, folded)) return "question";
  if (tokensOf(folded).length < 2) return "one_word";
  if (readsAsSentence(folded)) return "sentence";
  return undefined;
}

/** Words (folded) that open a sentence about the firm, never part of its name: "şirketimiz …". */
const ownFirmWords = new Set([
  "sirketimiz",
  "sirketimizin",
  "firmamiz",
  "firmamizin",
  "isletmemiz",
  "isletmemizin",
  "kurumumuz",
  "unvanimiz",
  "unvanimizin",
]);

/** A legal form word (folded, apostrophe and suffix cut): the unvan ends at the last one. */
const legalFormWord =
  /^(?:a\.?s\.?|as|anonim|sirket(?:i|leri)?|ltd\.?|limited|sti\.?|koop\w*|holding|inc\.?|llc|gmbh|corp\.?|co\.?)$/;

/** The copula or "we are" a Turkish speaker puts after the unvan (folded): "'dir", "'yiz", "dır". */
const copula = /^(?:y?[iu]z|d[iu]r|t[iu]r|y?[iu]zdir|dirler)$/;

/** Words (folded) after the unvan that only say where it is written or that it is so. */
const trailingWords = new Set(
  (
    "dir dur tir tur yiz yuz iz uz olarak diye seklinde geciyor gecer geciyoruz kayitli kayitliyiz yaziyor yazili " +
    "yazar yazan bu budur iste evet vergi levhasinda levhada levhasi sicilde sicilinde gazetede gazetesinde ticaret sicili"
  ).split(" "),
);

/** One word lower-cased and without diacritics, its punctuation and apostrophe kept ("şti'yiz" → "sti'yiz"). */
function foldWordText(word: string): string {
  return word.toLocaleLowerCase("tr").normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i");
}

/**
 * The unvan of a sentence that wraps one ending in its legal form: "Örnek Gıda ltd sti'yiz" →
 * "Örnek Gıda ltd sti", "biz Örnek Gıda Limited Şirketiyiz" → "Örnek Gıda Limited Şirketi",
 * "Örnek Yazılım A.Ş. dir", "Örnek Gıda Ltd. Şti. olarak geçiyor", "şirketimiz Örnek Turizm A.Ş.".
 * The unvan becomes the certificate's name: before, these were stored whole ("ÖRNEK GIDA LTD. ŞTİ.'YİZ").
 * Returns `raw` itself when nothing wraps it (a name without a legal form is left to the checks).
 */
export function titleWithoutSentence(raw: string): string {
  const words = raw.trim().split(/\s+/);
  const folded = words.map((w) => foldWordText(w));
  const base = (i: number) => folded[i]!.split(/['’]/)[0]!.replace(/[,;:!]+$/, "");
  let last = -1;
  let lastCopula = false;
  for (let i = 0; i < words.length; i += 1) {
    const stem = base(i);
    const attached = /^(sirketi|sirketleri)(y?[iu]z|d[iu]r|t[iu]r)$/.exec(stem);
    if (legalFormWord.test(stem) || attached) {
      last = i;
      lastCopula = attached !== null || copula.test(folded[i]!.split(/['’]/)[1] ?? "");
    }
  }
  if (last < 0) return raw;
  const rest = words.slice(last + 1).map((w) => foldTurkish(w));
  if (!rest.every((w) => w.split(" ").every((part) => part === "" || trailingWords.has(part)))) return raw;
  let end = words[last]!;
  const stem = base(last);
  const attached = /^(sirketi|sirketleri)(y?[iu]z|d[iu]r|t[iu]r)$/.exec(stem);
  if (attached) end = end.slice(0, attached[1]!.length);
  else if (lastCopula) end = end.split(/['’]/)[0]!;
  let first = 0;
  while (first < last && ownFirmWords.has(foldTurkish(words[first]!))) first += 1;
  // "biz … Şirketiyiz", "biz … A.Ş.'yiz": the "we" of the sentence, only when it ends in "we are"
  const weAre = lastCopula || rest.some((w) => /^(y?[iu]z|kayitliyiz|geciyoruz)$/.test(w));
  if (first < last && weAre && foldTurkish(words[first]!) === "biz") first += 1;
  const title = [...words.slice(first, last), end].join(" ");
  return title.split(/\s+/).length >= 2 ? title : raw;
}
