/**
 * A foreign phone number or e-mail address asked or offered at the application's contact questions,
 * without the number itself (folded): "yabancı numara olur mu", "yurt dışı hattı yazabilir miyim",
 * "can I give a foreign mobile number?", "yabancı mail adresi olur mu". Before, "yabancı" there was
 * read as a foreign signatory (the TCKN just given could not be his): the application went back to
 * the signatory's name and refused the number typed next as a name. It is about the contact: the
 * mobile question takes a Turkish mobile (interfaces §4, question 7: +905XXXXXXXXX), said with the
 * call centre for other cases; an e-mail address is judged by its own check.
 */

/** Foreign, abroad (folded). */
const foreign = String.raw`(?:yabanci|yurt ?disi\w*|yurtdisi\w*|uluslararasi|foreign|abroad|international|overseas|non turkish)`;
/** A contact's noun (folded): a number, a line, a phone, an e-mail address. */
const contactNoun = String.raw`(?:numara\w*|no|hat\w*|telefon\w*|gsm|cep\w*|sim\w*|mail\w*|e ?posta\w*|number\w*|phone\w*|mobile\w*|line\w*|e ?mail\w*|address\w*)`;

const foreignContact = new RegExp(
  String.raw`\b${foreign}(?: \S+)? ${contactNoun}\b|\b${contactNoun}(?: \S+)? ${foreign}\b`,
);

/** The identity number, whose lack is the foreign signatory's ("TC kimlik numarası yok"). */
const identityNumber = /\b(?:kimlik|tc|tckn|id number|identity)\b/;

/** Whether a folded message asks about (or offers) a foreign phone number or e-mail, no number typed. */
export function foreignContactAsked(folded: string): boolean {
  if (/\d{3}/.test(folded) || identityNumber.test(folded)) return false;
  return foreignContact.test(folded);
}

/** Whether that contact is a phone (folded), not an e-mail. */
export function foreignPhoneAsked(folded: string): boolean {
  return foreignContactAsked(folded) && !/\b(?:mail\w*|e ?posta\w*|e ?mail\w*)\b/.test(folded);
}
