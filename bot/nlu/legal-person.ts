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
  if (legalNamed.test(folded) || firmFormTold(folded)) return true;
  return associationTold(folded);
}

/** Whether a folded message tells an association, foundation … as the applicant (it applies as a tüzel kişi). */
export function associationTold(folded: string): boolean {
  return associationWord.test(folded) && statement.test(folded);
}

/**
 * A company's legal form told of the firm itself (folded): "biz limited şirketiz", "limitediz",
 * "anonim şirketiyiz", "bir şirketiz", "firmayız", "we are a limited company", "we're a
 * corporation". Such a firm applies as a tüzel kişi (R3.1); not a sole proprietorship ("şahıs
 * şirketiyiz" applies as a gerçek kişi).
 */
const firmForm = new RegExp(
  [
    String.raw`\b(?:limited|ltd|anonim|a s|kollektif|komandit)(?: sti| sirket\w*| firma\w*)?(?:iz|yiz|uz|yuz|iyiz|tiz)\b`,
    String.raw`\b(?:limited|ltd|anonim|a s|kollektif|komandit) (?:sirket|firma|sti)\w*(?:iz|yiz|uz|yuz)\b`,
    String.raw`\b(?:biz )?(?:bir )?(?:sirket|firma|kurum)(?:iz|iyiz|yiz|uz)\b`,
    String.raw`\b(?:we are|we re|i am|i m|i represent|we represent) (?:an? |the )?(?:\S+ )?(?:company|firm|corporation|business|llc|ltd|enterprise)\b`,
  ].join("|"),
);

/** Whether a folded message tells the firm's legal form of itself (a tüzel kişi, R3.1). */
export function firmFormTold(folded: string): boolean {
  return firmForm.test(folded) && !otherType.test(folded);
}
