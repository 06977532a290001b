/**
 * Whether someone other than the firm's authorised signatory may apply or be named, asked in the
 * application (folded): "muhasebeci başvurabilir mi", "mali müşavirimiz başvuru yapabilir mi",
 * "başvuruyu çalışanımız doldurabilir mi", "muhasebeciyi imza yetkilisi olarak yazsam olur mu",
 * "can our accountant apply for us?", "can someone else fill this in?". Before, at the signatory's
 * name it got "this is not a name". The answer (app.side.someone_else) says what the question asks
 * (the signatory of the imza sirküleri), to whom the card goes and who may receive it instead
 * (R3.3.1, R3.3.2), and that no rule is known on who types the form (the call centre is named).
 */
import { isQuestion } from "../../nlu/question-form.ts";

/** Someone other than the signatory (folded). */
const otherPerson =
  /\b(?:muhasebe\w*|mali musavir\w*|musavir\w*|smmm|calisan\w*|personel\w*|eleman\w*|sekreter\w*|asistan\w*|avukat\w*|vekil\w*|mudur yardimcis\w*|baska (?:biri\w*|kisi\w*|birisi\w*)|accountant\w*|bookkeeper\w*|employee\w*|staff|secretary|assistant|lawyer|someone else|somebody else|another person|a colleague|colleague)\b/;

/** Applying, filling in, or being named as the signatory (folded). */
const applying =
  /\b(?:basvur\w*|basvuru (?:yap|yapa)\w*|doldur\w*|imza yetkili\w*|yetkili (?:olarak|olabilir)\w*|(?:yaz|gir|ver)\w* (?:olur|yeter)\w* m[iu]|adina (?:yap|basvur)\w*|apply\w*|fill\w*|sign(?:atory| for| on behalf)?\b|on (?:our|my|the company s|the firm s) behalf|be (?:named|listed|the signatory))/;

/** Whether a folded message (the raw one for its "?") asks whether someone else may apply or be named. */
export function someoneElseAsked(raw: string, folded: string): boolean {
  return isQuestion(raw, folded) && otherPerson.test(folded) && applying.test(folded);
}
