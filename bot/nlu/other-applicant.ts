/**
 * Whether someone other than the firm's own people may apply for it, asked outside the application
 * (folded): "muhasebeci başvurabilir mi", "mali müşavirimiz başvuru yapabilir mi", "başvuruyu
 * çalışanımız doldurabilir mi", "sekreterimiz başvuru yapsa olur mu", "muhasebecimiz basvuru
 * yapabilirmi", "can our accountant apply for us?", "could an employee fill in the application?".
 * At the menu such a question started the application (or, "doldurabilir mi", was taken for
 * cancelling one) without an answer; the answer is who the application names (the signatory of the
 * imza sirküleri) and who receives the card (R3.3.1, R3.3.2), with the application offered
 * (bot/intent-router.ts). A done application told ("muhasebecimiz başvuru yaptı") is no such question.
 */

/** Someone other than the signatory (folded). */
const otherPerson =
  /\b(?:muhasebe\w*|mali musavir\w*|musavir\w*|smmm|calisan\w*|personel\w*|eleman\w*|sekreter\w*|asistan\w*|avukat\w*|vekil\w*|baska (?:biri\w*|kisi\w*|birisi\w*)|accountant\w*|bookkeeper\w*|employee\w*|staff|secretary|assistant|lawyer|someone else|somebody else|another person|colleague\w*)\b/;

/** The application named (folded). */
const applicationNamed = /\b(?:basvur\w*|form\w*|doldur\w*|apply\w*|application\w*|fill\w*|submit\w*)\b/;

/**
 * Ability or permission asked (folded): a verb in "-abilir/-ebilir" ("başvurabilir mi",
 * "yapabilirmi"), a condition with "olur mu" ("yapsa olur mu"), "mümkün mü", or an English modal
 * before applying ("can our accountant apply", "is he allowed to fill in").
 */
const permissionAsked =
  /\b\w+(?:abil|ebil)\w*|\b\w+(?:sa|se)(?:k|m|n|niz|lar)? ?(?:olur|yeter|sorun olur)\w*|\bmumkun ?m[iu]\b|\b(?:can|could|may|allowed|able|ok for|okay for)\b.*\b(?:apply\w*|fill\w*|submit\w*|application)\b/;

/** An application already made by them, told (folded): a question about it is no permission asked. */
const appliedAlready =
  /\bbasvuru(?:yu|muzu)? (?:yapti|yapmis|yaptik|yapmisti|doldurdu|doldurmus)\w*|\bbasvur(?:du|mus)\w*|\b(?:applied|has applied|filled (?:it|in|out) already)\b/;

/** Whether a folded message asks whether someone else (the accountant, an employee) may apply. */
export function otherApplicantAsked(folded: string): boolean {
  return (
    otherPerson.test(folded) &&
    applicationNamed.test(folded) &&
    permissionAsked.test(folded) &&
    !appliedAlready.test(folded)
  );
}
