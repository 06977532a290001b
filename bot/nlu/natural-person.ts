import { isQuestion } from "./question-form.ts";

/**
 * The customer saying they are a natural person (R3.1: the application is for a tüzel kişi or a
 * gerçek kişi): "gerçek kişiyim", "gercek kisiyiz", "şahsım", "şahıs olarak başvuracağım", "kendi
 * şahsım adına", a sole proprietorship told ("şahıs şirketiyim"), "I am a natural person". Not
 * talking to a real person ("gerçek bir kişiyle görüşmek istiyorum", "gerçek kişi ile konuşmak":
 * a hand-off), not a question about the type ("gerçek kişi mi tüzel kişi mi?"), and not when the
 * tüzel kişi is named beside it.
 */

/** The statement (folded). "gerçek kişi" alone is one: the answer of question 1, typed early. */
const told = new RegExp(
  [
    String.raw`\bgercek kisi(?:yim|yiz|yimdir|yizdir|dir|yim ben|yiz biz)?\b(?! ?(?:ile|yle|le)\b)`,
    String.raw`\bsahs(?:im|imiz|imla|ima|imiz adina)\b`,
    String.raw`\bsahis olarak\b`,
    // "şahıs şirketi olarak başvuru", "sahis firmasi icin": a sole proprietorship applies as a gerçek kişi
    String.raw`\bsahis (?:sirket|firma|isletme)\w* (?:olarak|icin|adina)\b`,
    // "gerçek kişi olarak", "gerçek kişi başvurusu"
    String.raw`\bgercek kisi (?:olarak|adina|icin|basvuru\w*)\b`,
    String.raw`\bsahis (?:sirket|firma|isletme)\w*(?:im|iz|yim|yiz|um|uz|yum|yuz)\b`,
    String.raw`\b(?:i am|i m|we are|we re|as|applying as|apply as) (?:an? )?(?:natural|private|real) (?:person|persons|individual|individuals)\b`,
    String.raw`\b(?:as|for) (?:an? |myself as an? )?(?:individual|individuals|private person|real person)\b`,
    String.raw`\b(?:i am|i m|we are|we re) (?:an? )?(?:sole (?:proprietor\w*|trader))\b`,
  ].join("|"),
);

/** Words that make the message about talking to someone, the type asked, or the other type. */
const notTheStatement =
  /\b(?:gorus|konus|yazis|bagla|baglan|aktar|ilet|temsilci|insan|talk|speak|chat|connect|transfer|agent|human)\w*|\b(?:tuzel|legal person|legal entity|company)\b/;

/** A change told ("şahıs şirketinden limited şirkete geçtik" is R5.2, not this). */
const changeTold = /\b(?:gec|degis|donus|chang|convert|switch|became|become)\w*/;

/** Whether a folded message (the raw one for its "?") says the customer is a gerçek kişi. */
export function naturalPersonTold(folded: string, raw = folded): boolean {
  return (
    told.test(folded) && !notTheStatement.test(folded) && !changeTold.test(folded) && !isQuestion(raw, folded)
  );
}

/** The same said of oneself ("gerçek kişiyim", "ben şahsım", "we are natural persons"), not of someone else. */
const ofSelf =
  /\b(?:kisiyim|kisiyiz|kisiyimdir|kisiyizdir|sahsim|sahsimiz|ben|biz|i am|i m|we are|we re)\b|\bsahis (?:sirket|firma|isletme)\w*(?:im|iz|yim|yiz|um|uz|yum|yuz)\b/;

/** Whether a folded message says, of the customer, that they are a gerçek kişi. */
export function naturalPersonToldOfSelf(folded: string, raw = folded): boolean {
  return naturalPersonTold(folded, raw) && ofSelf.test(folded);
}
