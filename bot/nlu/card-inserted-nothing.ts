/**
 * The card put into the reader and nothing happens (folded): "kartı takınca hiçbir şey olmuyor",
 * "kartı taktım tepki yok", "kart takılı ama bilgisayar görmüyor", "when I insert the card nothing
 * happens", "plugged in the token, nothing shows up". The classifier read "kart" as the delivery or
 * the order. It is a fault with the card in hand: the troubleshooting steps (R10.1: reach the card
 * with its PIN in the card tool, then check the certificate's validity; R10.2).
 */

/** The card or token (folded). */
const cardNamed = /\b(?:kart\w*|token\w*|card|seal|eseal)\b/;

/** Put in (folded): "takınca", "taktım", "takılı", "insert", "plug". */
const insertedWords =
  /\b(?:tak(?:inca|tigimda|tigimizda|tim|tik|iyorum|iyoruz|ildi|ili|ilinca|arken|tiktan)\w*|okuyucuya (?:koy|yerlestir)\w*|insert\w*|plug\w*|put (?:it|the card|the token) in)\b/;

/** Nothing happening, not seen, no reaction (folded). */
const nothingHappens =
  /\b(?:hic ?bir sey olmuyor|hicbir sey olmuyor|bir sey olmuyor|tepki (?:yok|vermiyor)|gormuyor\w*|taniyor\w* m[iu]|tanimiyor\w*|algilamiyor\w*|okumuyor\w*|calismiyor\w*|acilmiyor\w*|isik yanmiyor|nothing (?:happens|happened|shows|appears)|not (?:recogni[sz]ed|detected|read|working|showing)|doesn t (?:work|show|respond|recogni[sz]e|detect)|no (?:reaction|response))\b/;

/**
 * The card not read or seen, told without the insertion (folded): "kart okumuyor", "abi kart
 * okumuyo", "bilgisayar kartı görmüyor", "kartı tanımıyor". The card reader itself named is
 * bot/nlu/card-reader.ts's.
 */
const notRead = /\b(?:okumuyo\w*|gormuyo\w*|tanimiyo\w*|algilamiyo\w*)\b/;
const readerNamed = /\b(?:okuyucu\w*|reader\w*)\b/;

/** Whether a folded message tells the inserted card does nothing, or is not read (a fault: R10.1). */
export function cardInsertedNothingTold(folded: string): boolean {
  if (!cardNamed.test(folded)) return false;
  if (insertedWords.test(folded) && nothingHappens.test(folded)) return true;
  return notRead.test(folded) && !readerNamed.test(folded);
}
