/**
 * How to write the unvan, asked at the unvan question (the applicant's and a group firm's): whether
 * it may be shortened or a short form is enough ("ltd şti diye kısa yazsam olur mu", "A.Ş. yazsam
 * yeterli mi", "kısaltma kullanabilir miyim", "can I just write Ltd?", "is an abbreviation ok?"),
 * how it will appear on the certificate ("unvan sertifikada nasıl görünecek", "how will the title
 * appear on the certificate?"), or in which letters ("büyük harfle mi yazayım", "Türkçe karakter
 * olur mu", "should I type it in capitals?"). Before, a question holding a legal form ("ltd şti …
 * olur mu") passed as the unvan and was stored, and the others got "this looks like a question".
 * The certificate names the firm by its full unvan in Turkish capitals (domain.md, the certificate
 * profile: CN=<full unvan>). Works on folded text (bot/nlu/fold.ts).
 */
import { isQuestion } from "../../nlu/question-form.ts";
import { shorteningAsked } from "../../nlu/title-shortening.ts";

/** What is asked about writing the unvan: its full form (shortening, appearance) or its letters. */
export type TitleWriting = "full" | "letters";

/** The certificate named (folded). */
const certificateNamed = /\b(?:sertifika\w*|mali muhur\w*|muhur\w*|kart\w*|certificate\w*|seal|card)\b/;

/** How it looks, asked (folded): "nasıl görünecek", "nasıl yazılacak", "how will it appear". */
const appearanceAsked =
  /\b(?:nasil|ne sekilde|hangi sekilde|nasil bir)\b(?: \S+){0,3} (?:gorun\w*|yaz\w*|gec\w*|cik\w*|ol\w*|yer al\w*)|\b(?:gorun\w*|gozuk\w*)\b|\bhow (?:will|does|would|is|do)\b.*\b(?:appear\w*|look\w*|shown|show|written|displayed|printed)\b|\b(?:appear\w*|look like|shown|displayed)\b/;

/** Letters asked (folded): capitals, small letters, Turkish letters. */
const lettersAsked =
  /\b(?:buyuk harf\w*|kucuk harf\w*|turkce (?:karakter|harf)\w*|capital\w*|upper ?case|lower ?case|small letters|turkish (?:letters|characters))\b/;

/**
 * A form of the unvan offered as a question (folded): "… yazsam olur mu", "yeterli mi", "… mi
 * yazayım", "can I just write …", "is … enough".
 */
const formOffered =
  /\b\w+(?:sam|sem|sak|sek) (?:olur|yeter\w*|uygun|sorun)\w*\b|\b(?:yeterli|yeter|olur|uygun) m[iu]\b|\bm[iu] (?:yaz(?:ayim|alim|sam|sak|mali\w*|acag\w*|iyim)|gir(?:eyim|elim|sem|sek|meli\w*)|koy(?:ayim|alim|sam|sak))\b|\b(?:can|could|may|should) (?:i|we) (?:just |only |simply )?(?:write|put|type|use|enter)\b|\b(?:is|would) (?:that|it|this|\S+(?: \S+)?) (?:be )?(?:ok|okay|enough|fine|sufficient)\b/;

/** Later or skipped (folded): "unvanı sonra yazsam olur mu" is the field question's "later" (field-question.ts). */
const laterAsked = /\b(?:sonra\w*|sonradan|ileride|yarin|birazdan|atla\w*|later|tomorrow|skip\w*)\b/;

/** What a message typed at the unvan question asks about writing it, or undefined (an answer, another question). */
export function titleWritingAsked(raw: string, folded: string): TitleWriting | undefined {
  if (!isQuestion(raw, folded) || laterAsked.test(folded)) return undefined;
  if (lettersAsked.test(folded)) return "letters";
  if (shorteningAsked(folded) || formOffered.test(folded)) return "full";
  if (certificateNamed.test(folded) && appearanceAsked.test(folded)) return "full";
  return undefined;
}
