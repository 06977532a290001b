/**
 * "Where did the code go?" typed at a code question ("kodu nereye gönderdiniz", "kod hangi maile
 * gitti", "kodu kime yolladınız", "which number did you send it to?", "kod eski maile mi gelecek", "will
 * the code go to my old e-mail?"): part of the code question,
 * never another topic (the classifier read the delivery, the HSM advice, the contact answer or the
 * payment channels in it, and the verification was left). The answer is the dialog's own reminder of
 * where the code went: the registered contacts, named masked when it was sent (decoys alike for an
 * unknown VKN, so nothing more is told), or the new contact of a contact update.
 */

/** Where, to whom, which contact (folded). */
const whereWord =
  /\b(?:nereye|nerey[ae]|kime|hangi (?:numara|telefon|tel|cep|hat|gsm|mail|e ?posta|adres)\w*|where|to whom|which (?:number|phone|mobile|e ?mail|address))\b/;

/** The code, or its sending (folded): "kod", "sms", "gönderdiniz", "yolladınız", "gitti", "sent", "go". */
const codeOrSent =
  /\b(?:kod\w*|sms|mesaj\w*|gonder\w*|yolla\w*|atti\w*|atil\w*|git(?:ti|mis|ti mi)\w*|geldi\w*|gelecek\w*|code|sms|text|message|sent|send|go|went|gone)\b/;

/**
 * A contact asked about with a question particle ("eski maile mi", "telefona mı", "kayıtlı adrese
 * mi") or, in English, the code going to one ("to my old e-mail", "to the registered number").
 */
const contactQuestioned =
  /\b(?:mail|e ?posta|numara|telefon|tel|cep|hat|gsm|adres)\w* m[iu]\b|\bto (?:my|the|our) (?:old |new |previous |registered |current )?(?:e ?mail|number|phone|mobile|address)\b/;

/** Whether a message typed at a code question asks where the code was sent. */
export function asksWhereCodeWent(folded: string): boolean {
  return (whereWord.test(folded) || contactQuestioned.test(folded)) && codeOrSent.test(folded);
}
