/**
 * The old contact and the code, said at a contact update's new-value question (folded): "eski numara
 * artık kullanılmıyor kod oraya gitti mi", "eski mailime erişimim yok", "kod eski numaraya mı
 * gidecek", "where will the code go?", "my old number is no longer in use". Part of the question,
 * never another topic: the update's code goes to the new contact, the old one is only told of the
 * change. A message holding an address or a number is the value itself, judged by its check.
 */

/** The old or registered contact named. */
const oldContact =
  /\b(?:eski|onceki|mevcut|kayitli|simdiki)\w* (?:numara|telefon|tel|hat|gsm|cep|mail|e ?posta|adres)\w*|\b(?:old|previous|current|registered) (?:number|phone|mobile|line|e ?mail|address)\b/;

/** It is out of use or out of reach. */
const outOfUse =
  /\b(?:kullanilmiyor|kullanmiyorum|kullanmiyoruz|kapandi|kapattik|kapali|iptal|yok|erisim\w*|ulasam\w*|elimde degil|gecersiz|calismiyor|no longer|not (?:in use|used|working|active)|lost access|no access|can t access|cannot access|closed|disconnected|don t (?:use|have))\b/;

/** The code, or where it goes. */
const codeWhere =
  /\b(?:kod\w*|sms|code|text)\b.*\b(?:nereye|oraya|eskiye|eski\w*|hangi\w*|where|old|which)\b|\b(?:nereye|oraya|eskiye|where|which)\b.*\b(?:kod\w*|sms|code|text)\b/;

/** Whether a message at the new-value question asks about the old contact or where the code goes. */
export function oldContactOrCodeAsked(folded: string): boolean {
  if (/@|\d{3}/.test(folded)) return false;
  return (
    (oldContact.test(folded) && (outOfUse.test(folded) || /\b(?:kod\w*|sms|code)\b/.test(folded))) ||
    codeWhere.test(folded)
  );
}
