/**
 * The customer saying the applicant is a tüzel kişi (R3.1), on folded text: "tüzel kişiyiz",
 * "tüzel kişi başvurusu", "tuzel kisi olarak basvuru", "we are a legal entity", "apply as a
 * company"; and an association, foundation, union, chamber or municipality told ("dernek olarak
 * başvurabilir miyiz", "biz bir derneğiz", "vakfıyız", "we are an association"). Such bodies have
 * their own VKN and apply online as a tüzel kişi (locales/tr/bot.json: a tüzel kişi includes
 * "dernekler, vakıflar gibi VKN'si olan kuruluşlar"); R9.1 does not name them. Not when R9.1's own
 * cases are named (bot/nlu/r9.ts decides first), not when both types are named ("tüzel kişi mi
 * gerçek kişi mi").
 */

/** An association, foundation, union, chamber, bar or municipality (folded); not Vakıfbank, not "birlikte". */
export const associationWord =
  /\b(derne[kg]\w*|vakf\w*|vakif(?!bank|lar bank)\w*|birlik(?!te)\w*|sendika\w*|belediye\w*|baro\w*|(ticaret|sanayi|esnaf|meslek|muhendis\w*|mimar\w*|tabip|eczaci|muhasebeci\w*) odasi\w*|associations?|foundations?|trade unions?|unions?|chambers? of \w+|municipalit\w*|ngos?|non ?profits?|charit\w*)\b/;

/** The tüzel kişi named (folded). */
const legalNamed =
  /\btuzel(?: kisi\w*)?\b|\blegal (?:person|persons|entity|entities)\b|\b(?:as|for) (?:a|our|the) (?:company|firm|business)\b/;

/** The other type or a question between the two. */
const otherType = /\bgercek kisi\w*|\b(?:natural|real|private) person\b|\bindividual\b|\bsahis\w*/;

/** Words that make an association's message a statement or an application (folded). */
const statement =
  /\b(basvur\w*|apply\w*|application\w*|olarak|adina|icin|biz|we are|we re|as an?)\b|(iz|uz|yiz|yuz)\b/;

/** Whether a folded message says the applicant is a tüzel kişi (the type or an association). */
export function legalPersonTold(folded: string): boolean {
  if (otherType.test(folded)) return false;
  if (legalNamed.test(folded)) return true;
  return associationTold(folded);
}

/** Whether a folded message tells an association, foundation … as the applicant (it applies as a tüzel kişi). */
export function associationTold(folded: string): boolean {
  return associationWord.test(folded) && statement.test(folded);
}
