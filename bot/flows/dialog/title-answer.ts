/**
 * What a message typed at the unvan question (the applicant's and a group firm's) is, before it
 * could be stored: an unvan becomes the certificate's name, so a question, a non-answer, a single
 * word without a legal form, words of acknowledgement only ("tamamdır devam", "ok continue") or a
 * message carrying a VKN, phone or e-mail is never taken for one.
 * A firm's name with its legal form ("Ne Güzel Tekstil Ltd. Şti.") is an unvan whatever words it has.
 */
import { holdsContactData } from "../../../core/ra/application-fields.ts";
import { isFillerAnswer } from "../../../core/ra/filler-answer.ts";
import { tokensOf } from "../../nlu/fold.ts";
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
  if (isQuestion(raw, folded)) return "question";
  if (tokensOf(folded).length < 2) return "one_word";
  if (readsAsSentence(folded)) return "sentence";
  return undefined;
}
